import type { Context, UserError } from '../../kit';
import { actorOf, findForUpdate, fromGlobalId, userError, UserErrorCode, withTransaction } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
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
    const error = stageError(null, input.stage, input.evidence) ?? dayError(input.on, null);
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
      stageError(commitment.stage, input.stage, input.evidence) ?? dayError(input.on, commitment.stageSince);
    if (error) return failed(error);
    const from = commitment.stage;
    commitment.stage = input.stage;
    commitment.stageSince = input.on;
    const saved = await tx.em.save(commitment);
    await recordChange(tx, saved, from, input);
    return { commitment: saved, userErrors: [] };
  });
}
