import type { Context, UserError } from '../../kit';
import { fromGlobalId, lockRow, periodIncludes, userError, UserErrorCode, withTransaction } from '../../kit';
import { inputMunicipality, Municipality } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CoalitionAgendaPoint, CoalitionAgreement, CoalitionParty } from './coalition-agreement.entity';
import type { RecordCoalitionAgreementInput } from './coalition-agreement.inputs';
import { Election } from './election.entity';
import { Party } from './party.entity';

/** The agreement in force on a day in a municipality, or null. */
export async function coalitionAgreementOn(
  ctx: Context,
  municipalityId: string,
  day: string,
): Promise<CoalitionAgreement | null> {
  const agreements = await ctx.loaders.politics.agreementsByMunicipalityId.load(municipalityId);
  return agreements.findLast((agreement) => periodIncludes(agreement, day)) ?? null;
}

/**
 * A new coalition agreement. Its parties must be of the municipality, its points of an election there, and
 * its period must not overlap another agreement's (the municipality's agreements are locked meanwhile).
 */
export function recordCoalitionAgreement(ctx: Context, input: RecordCoalitionAgreementInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    if (!municipality) return { coalitionAgreement: null, userErrors: errors };
    await lockRow(tx, Municipality, { id: municipality.id });
    const partyIds = input.partyIds.map((id) => fromGlobalId(id, 'Party').id);
    const pointIds = input.agendaPointIds.map((id) => fromGlobalId(id, 'AgendaPoint').id);
    const parties = await tx.em.findBy(
      Party,
      partyIds.map((id) => ({ id })),
    );
    partyIds.forEach((id, index) => {
      const party = parties.find((p) => p.id === id);
      if (!party || party.municipalityId !== municipality.id) {
        errors.push(
          userError(UserErrorCode.NOT_FOUND, 'No such party in this municipality', [
            'input',
            'partyIds',
            String(index),
          ]),
        );
      }
    });
    const points = pointIds.length
      ? await tx.em.findBy(
          AgendaPoint,
          pointIds.map((id) => ({ id })),
        )
      : [];
    const elections = points.length
      ? await tx.em.findBy(
          Election,
          [...new Set(points.map((p) => p.electionId))].map((id) => ({ id })),
        )
      : [];
    pointIds.forEach((id, index) => {
      const point = points.find((p) => p.id === id);
      const election = elections.find((e) => e.id === point?.electionId);
      if (!point || (election?.municipalityId ?? municipality.id) !== municipality.id) {
        errors.push(
          userError(UserErrorCode.NOT_FOUND, 'No such agenda point for this municipality', [
            'input',
            'agendaPointIds',
            String(index),
          ]),
        );
      }
    });
    if (input.until && input.until < input.since) {
      errors.push(
        userError(UserErrorCode.INVALID, 'The period must end on or after its first day', ['input', 'until']),
      );
    }
    const existing = await tx.em.findBy(CoalitionAgreement, { municipalityId: municipality.id });
    const overlapping = existing.find(
      (other) =>
        (other.until === null || other.until >= input.since) &&
        (input.until == null || input.until >= other.since),
    );
    if (overlapping) {
      errors.push(
        userError(
          UserErrorCode.INVALID,
          `The period overlaps “${overlapping.title}” (from ${overlapping.since})`,
          ['input', 'since'],
        ),
      );
    }
    if (errors.length > 0) return { coalitionAgreement: null, userErrors: errors };
    const { identifiers } = await tx.em.insert(CoalitionAgreement, {
      municipalityId: municipality.id,
      title: input.title.trim(),
      since: input.since,
      until: input.until ?? null,
      signedOn: input.signedOn,
      url: input.url ?? null,
    });
    const agreementId = identifiers[0].id as string;
    await tx.em.insert(
      CoalitionParty,
      [...new Set(partyIds)].map((partyId) => ({ agreementId, partyId })),
    );
    if (pointIds.length > 0) {
      await tx.em.insert(
        CoalitionAgendaPoint,
        [...new Set(pointIds)].map((agendaPointId) => ({ agreementId, agendaPointId })),
      );
    }
    return {
      coalitionAgreement: await tx.em.findOneByOrFail(CoalitionAgreement, { id: agreementId }),
      userErrors: [],
    };
  });
}
