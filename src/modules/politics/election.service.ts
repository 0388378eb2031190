import type { FindOptionsWhere } from 'typeorm';
import { IsNull } from 'typeorm';
import type { Context, UserError } from '../../kit';
import { fromGlobalId, userError, UserErrorCode, withTransaction } from '../../kit';
import { inputMunicipality } from '../core';
import { Election, ElectionResult } from './election.entity';
import type { RecordElectionInput, RecordElectionResultInput } from './election.inputs';
import { Party } from './party.entity';

/**
 * A new election. One that is already recorded for the same day, kind and municipality is TAKEN; an
 * election in all municipalities counts as one in each, so it clashes with a local one on that day too.
 */
export function recordElection(ctx: Context, input: RecordElectionInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = input.municipality ? await inputMunicipality(tx, input.municipality, errors) : null;
    if (errors.length > 0) return { election: null, userErrors: errors };
    // No row stands for an election day to lock: a lock on the day and kind makes two boards recording
    // the same election at once take turns, so the second one sees the first.
    await tx.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`election:${input.date}:${input.kind}`]);
    const day = { date: input.date, kind: input.kind };
    const clashes: FindOptionsWhere<Election>[] = municipality
      ? [
          { ...day, municipalityId: IsNull() },
          { ...day, municipalityId: municipality.id },
        ]
      : [day];
    if (await tx.em.existsBy(Election, clashes)) {
      const error = userError(
        UserErrorCode.TAKEN,
        `A ${input.kind} election on ${input.date} is recorded for this municipality already`,
        ['input', 'date'],
      );
      return { election: null, userErrors: [error] };
    }
    const { identifiers } = await tx.em.insert(Election, {
      date: input.date,
      kind: input.kind,
      municipalityId: municipality?.id ?? null,
    });
    return {
      election: await tx.em.findOneByOrFail(Election, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}

/**
 * The seats a party won in an election: a party of the election's municipality (any party when it was
 * held in all). Given again, the seats are replaced.
 */
export function recordElectionResult(ctx: Context, input: RecordElectionResultInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const election = await tx.em.findOneBy(Election, { id: fromGlobalId(input.electionId, 'Election').id });
    if (!election)
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such election', ['input', 'electionId']));
    const party = await tx.em.findOneBy(Party, { id: fromGlobalId(input.partyId, 'Party').id });
    if (!party) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such party', ['input', 'partyId']));
    if (election?.municipalityId && party && party.municipalityId !== election.municipalityId) {
      errors.push(
        userError(UserErrorCode.INVALID, 'The party stands in another municipality than the election', [
          'input',
          'partyId',
        ]),
      );
    }
    if (errors.length > 0) return { electionResult: null, userErrors: errors };
    const key = { electionId: election!.id, partyId: party!.id };
    // One statement on the (election, party) unique key: a second board setting the seats at the same time
    // replaces them instead of failing on the key.
    await tx.em.upsert(ElectionResult, { ...key, seats: input.seats }, ['electionId', 'partyId']);
    return { electionResult: await tx.em.findOneByOrFail(ElectionResult, key), userErrors: [] };
  });
}
