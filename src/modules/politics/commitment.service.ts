import type { Context, UserError } from '../../kit';
import { actorOf, findForUpdate, fromGlobalId, userError, UserErrorCode, withTransaction } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { Commitment, CommitmentChange, CommitmentStage, STAGE_ORDER } from './commitment.entity';
import type { ChangeCommitmentStageInput, EvidenceInput, RecordCommitmentInput } from './commitment.inputs';
import { futureDayError } from './days';
import { Election } from './election.entity';
import { Party } from './party.entity';

const hasEvidence = (evidence: EvidenceInput | null | undefined) =>
  Boolean(evidence?.quote?.trim() || evidence?.url || evidence?.document?.trim());

/**
 * Whether a commitment may go from `from` (null: it is new) to `to`: one stage forward always, further
 * forward only with evidence (EVIDENCE_REQUIRED), DROPPED from any stage, back or from DROPPED never
 * (INVALID_TRANSITION). Null when it may.
 */
export function stageError(
  from: CommitmentStage | null,
  to: CommitmentStage,
  evidence: EvidenceInput | null | undefined,
): UserError | null {
  const refused = () =>
    userError(
      UserErrorCode.INVALID_TRANSITION,
      from ? `A commitment that is ${from} cannot become ${to}` : `A new commitment cannot start as ${to}`,
      ['input', 'stage'],
    );
  if (from === CommitmentStage.DROPPED) return refused();
  if (to === CommitmentStage.DROPPED) return from === null ? refused() : null;
  const step = STAGE_ORDER.indexOf(to) - (from === null ? -1 : STAGE_ORDER.indexOf(from));
  if (step <= 0) return refused();
  if (step > 1 && !hasEvidence(evidence)) {
    return userError(
      UserErrorCode.EVIDENCE_REQUIRED,
      `Skipping to ${to} needs evidence: a quote, a link or a document`,
      ['input', 'evidence'],
    );
  }
  return null;
}

/**
 * The coalition rule (docs/politics.md): a commitment reaches IN_COALITION_AGREEMENT only for a party of a
 * coalition agreement of its municipality on that day (from its signing to its last day), and always with
 * evidence, also as a single step: the passage of the agreement, its link or its page. Null when it may.
 */
async function coalitionError(
  tx: Context,
  party: Party,
  input: { stage: CommitmentStage; on: string; evidence?: EvidenceInput | null },
): Promise<UserError | null> {
  if (input.stage !== CommitmentStage.IN_COALITION_AGREEMENT) return null;
  const inCoalition = await tx.em
    .createQueryBuilder(CoalitionAgreement, 'agreement')
    .innerJoin('coalition_party', 'cp', 'cp.agreement_id = agreement.id AND cp.party_id = :partyId', {
      partyId: party.id,
    })
    .where('agreement.municipalityId = :municipalityId', { municipalityId: party.municipalityId })
    .andWhere('agreement.signedOn <= :on', { on: input.on })
    .andWhere('(agreement.until IS NULL OR agreement.until >= :on)')
    .getExists();
  if (!inCoalition) {
    return userError(
      UserErrorCode.NOT_IN_COALITION,
      `${party.abbreviation} is not in a coalition agreement of its municipality on ${input.on}`,
      ['input', 'stage'],
    );
  }
  if (!hasEvidence(input.evidence)) {
    return userError(
      UserErrorCode.EVIDENCE_REQUIRED,
      'IN_COALITION_AGREEMENT needs evidence from the agreement: a quote, a link or a document',
      ['input', 'evidence'],
    );
  }
  return null;
}

function dayError(on: string, since: string | null): UserError | null {
  const future = futureDayError(on, 'on');
  if (future) return future;
  if (since && on < since) {
    return userError(
      UserErrorCode.INVALID,
      `The day must not lie before the current stage’s day (${since})`,
      ['input', 'on'],
    );
  }
  return null;
}

async function recordChange(
  tx: Context,
  commitment: Commitment,
  from: CommitmentStage | null,
  input: { stage: CommitmentStage; on: string; evidence?: EvidenceInput | null },
): Promise<void> {
  const actor = actorOf(tx.viewer);
  await tx.em.insert(CommitmentChange, {
    commitmentId: commitment.id,
    fromStage: from,
    toStage: input.stage,
    changedOn: input.on,
    evidenceQuote: input.evidence?.quote?.trim() || null,
    evidenceUrl: input.evidence?.url || null,
    evidenceDocument: input.evidence?.document?.trim() || null,
    actorSubject: actor.subject,
    actorName: actor.name,
  });
}

const failed = (error: UserError) => ({ commitment: null, userErrors: [error] });

/** A party's new commitment to an agenda point of an election it stood in. */
export function recordCommitment(ctx: Context, input: RecordCommitmentInput) {
  return withTransaction(ctx, async (tx) => {
    // The party's row is locked, so two boards recording the same commitment at once take turns.
    const party = await findForUpdate(tx, Party, input.partyId);
    if (!party) return failed(userError(UserErrorCode.NOT_FOUND, 'No such party', ['input', 'partyId']));
    const point = await tx.em.findOneBy(AgendaPoint, {
      id: fromGlobalId(input.agendaPointId, 'AgendaPoint').id,
    });
    if (!point)
      return failed(userError(UserErrorCode.NOT_FOUND, 'No such agenda point', ['input', 'agendaPointId']));
    const election = await tx.em.findOneByOrFail(Election, { id: point.electionId });
    if (election.municipalityId !== null && election.municipalityId !== party.municipalityId) {
      return failed(
        userError(UserErrorCode.INVALID, 'The agenda point is for an election in another municipality', [
          'input',
          'agendaPointId',
        ]),
      );
    }
    if (await tx.em.existsBy(Commitment, { partyId: party.id, agendaPointId: point.id })) {
      return failed(
        userError(UserErrorCode.TAKEN, 'The party has a commitment to this point already: change its stage', [
          'input',
          'agendaPointId',
        ]),
      );
    }
    const error =
      stageError(null, input.stage, input.evidence) ??
      dayError(input.on, null) ??
      (await coalitionError(tx, party, input));
    if (error) return failed(error);
    const { identifiers } = await tx.em.insert(Commitment, {
      partyId: party.id,
      agendaPointId: point.id,
      stage: input.stage,
      stageSince: input.on,
    });
    const commitment = await tx.em.findOneByOrFail(Commitment, { id: identifiers[0].id as string });
    await recordChange(tx, commitment, null, input);
    return { commitment, userErrors: [] };
  });
}

/** Moves a commitment to its next stage (or a later one with evidence, or DROPPED), under a row lock. */
export function changeCommitmentStage(ctx: Context, input: ChangeCommitmentStageInput) {
  return withTransaction(ctx, async (tx) => {
    const commitment = await findForUpdate(tx, Commitment, input.id);
    if (!commitment) return failed(userError(UserErrorCode.NOT_FOUND, 'No such commitment', ['input', 'id']));
    const error =
      stageError(commitment.stage, input.stage, input.evidence) ??
      dayError(input.on, commitment.stageSince) ??
      (await coalitionError(tx, await tx.em.findOneByOrFail(Party, { id: commitment.partyId }), input));
    if (error) return failed(error);
    const from = commitment.stage;
    commitment.stage = input.stage;
    commitment.stageSince = input.on;
    const saved = await tx.em.save(commitment);
    await recordChange(tx, saved, from, input);
    return { commitment: saved, userErrors: [] };
  });
}
