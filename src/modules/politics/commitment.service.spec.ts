import { UserErrorCode } from '../../kit';
import { CommitmentStage } from './commitment.entity';
import { stageError } from './commitment.service';

// The commitment stage machine: PROMISED → IN_PARTY_PROGRAMME → IN_COALITION_AGREEMENT → IMPLEMENTED, or
// DROPPED from any stage. No database: the rule is a pure function.

const { PROMISED, IN_PARTY_PROGRAMME, IN_COALITION_AGREEMENT, IMPLEMENTED, DROPPED } = CommitmentStage;
const codeOf = (...args: Parameters<typeof stageError>) => stageError(...args)?.code ?? null;

describe('stageError', () => {
  test('one stage forward is always allowed, a new commitment starting as PROMISED too', () => {
    expect(stageError(null, PROMISED, null)).toBeNull();
    expect(stageError(PROMISED, IN_PARTY_PROGRAMME, undefined)).toBeNull();
    expect(stageError(IN_PARTY_PROGRAMME, IN_COALITION_AGREEMENT, null)).toBeNull();
    expect(stageError(IN_COALITION_AGREEMENT, IMPLEMENTED, null)).toBeNull();
  });

  test('skipping a stage needs evidence: a quote, a link or a document', () => {
    expect(stageError(null, IN_PARTY_PROGRAMME, null)).toEqual({
      code: UserErrorCode.EVIDENCE_REQUIRED,
      message: 'Skipping to IN_PARTY_PROGRAMME needs evidence: a quote, a link or a document',
      field: ['input', 'evidence'],
    });
    expect(codeOf(PROMISED, IMPLEMENTED, {})).toBe(UserErrorCode.EVIDENCE_REQUIRED);
    // Blank text is no evidence.
    expect(codeOf(PROMISED, IMPLEMENTED, { quote: '   ', document: ' ' })).toBe(
      UserErrorCode.EVIDENCE_REQUIRED,
    );
    expect(stageError(PROMISED, IMPLEMENTED, { quote: 'Wij zetten ons in voor ...' })).toBeNull();
    expect(stageError(PROMISED, IN_COALITION_AGREEMENT, { url: 'https://example.nl/akkoord' })).toBeNull();
    expect(stageError(null, IMPLEMENTED, { document: 'Coalitieakkoord 2022, p. 4' })).toBeNull();
  });

  test('DROPPED is reachable from every stage, with or without evidence', () => {
    for (const from of [PROMISED, IN_PARTY_PROGRAMME, IN_COALITION_AGREEMENT, IMPLEMENTED]) {
      expect(stageError(from, DROPPED, null)).toBeNull();
    }
  });

  test('back, the same stage, out of DROPPED or starting as DROPPED is an invalid transition', () => {
    expect(stageError(IN_PARTY_PROGRAMME, PROMISED, { quote: 'evidence does not help' })).toEqual({
      code: UserErrorCode.INVALID_TRANSITION,
      message: 'A commitment that is IN_PARTY_PROGRAMME cannot become PROMISED',
      field: ['input', 'stage'],
    });
    expect(codeOf(IMPLEMENTED, IMPLEMENTED, null)).toBe(UserErrorCode.INVALID_TRANSITION);
    for (const to of [PROMISED, IN_PARTY_PROGRAMME, IMPLEMENTED, DROPPED]) {
      expect(codeOf(DROPPED, to, { quote: 'x' })).toBe(UserErrorCode.INVALID_TRANSITION);
    }
    expect(stageError(null, DROPPED, null)).toEqual({
      code: UserErrorCode.INVALID_TRANSITION,
      message: 'A new commitment cannot start as DROPPED',
      field: ['input', 'stage'],
    });
  });
});
