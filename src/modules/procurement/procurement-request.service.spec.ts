import { ProcurementRequest, ProcurementRequestStatus } from './procurement-request.entity';
import { givenReason, needsFourEyes, quotesUnsealed, transitionError } from './procurement-request.service';
import { ProcurementProcedure } from './threshold.entity';

const { DRAFT, INVITING, EVALUATING, AWARDED, CANCELLED } = ProcurementRequestStatus;
const ALLOWED: [ProcurementRequestStatus, ProcurementRequestStatus][] = [
  [DRAFT, INVITING],
  [DRAFT, CANCELLED],
  [INVITING, EVALUATING],
  [INVITING, CANCELLED],
  [EVALUATING, AWARDED],
  [EVALUATING, CANCELLED],
];
const request = (status: ProcurementRequestStatus) => Object.assign(new ProcurementRequest(), { status });

describe('transitionError', () => {
  test('DRAFT → INVITING → EVALUATING → AWARDED, or CANCELLED before the award; nothing else', () => {
    const statuses = Object.values(ProcurementRequestStatus);
    for (const from of statuses) {
      for (const to of statuses) {
        const allowed = ALLOWED.some(([a, b]) => a === from && b === to);
        expect([from, to, transitionError(request(from), to)]).toEqual([
          from,
          to,
          allowed
            ? null
            : {
                code: 'INVALID_TRANSITION',
                message: `A request that is ${from} cannot become ${to}`,
                field: ['input', 'id'],
              },
        ]);
      }
    }
  });
});

describe('sealed quotes', () => {
  const at = new Date('2026-03-01T12:00:00Z');
  const request = (procedure: ProcurementProcedure, opened: Date | null, confirmed: Date | null = null) => ({
    procedure,
    quotesOpenedAt: opened,
    quotesOpeningConfirmedAt: confirmed,
  });
  test('four eyes from the multiple-quote procedure up', () => {
    expect(needsFourEyes(ProcurementProcedure.SINGLE_QUOTE)).toBe(false);
    expect(needsFourEyes(ProcurementProcedure.MULTIPLE_QUOTE)).toBe(true);
    expect(needsFourEyes(ProcurementProcedure.NATIONAL)).toBe(true);
    expect(needsFourEyes(ProcurementProcedure.EUROPEAN)).toBe(true);
  });
  test('a single quote is unsealed by its opening, the others by the confirmation', () => {
    expect(quotesUnsealed(request(ProcurementProcedure.SINGLE_QUOTE, null))).toBe(false);
    expect(quotesUnsealed(request(ProcurementProcedure.SINGLE_QUOTE, at))).toBe(true);
    expect(quotesUnsealed(request(ProcurementProcedure.MULTIPLE_QUOTE, at))).toBe(false);
    expect(quotesUnsealed(request(ProcurementProcedure.MULTIPLE_QUOTE, at, at))).toBe(true);
  });
  test('a reason is more than blanks', () => {
    expect(givenReason(undefined)).toBeNull();
    expect(givenReason('   ')).toBeNull();
    expect(givenReason('  Budget ingetrokken ')).toBe('Budget ingetrokken');
  });
});
