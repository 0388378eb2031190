import type { Context, UserError } from '../../kit';
import { findForUpdate, lockRow, userError, UserErrorCode, withTransaction } from '../../kit';
import { inputMunicipality, Municipality } from '../core';
import { Party } from './party.entity';
import type { RecordPartyInput, UpdatePartyInput } from './party.inputs';

const failed = (error: UserError) => ({ party: null, userErrors: [error] });

/**
 * Locks the municipality's row, so names are checked and written by one board at a time, and tells
 * whether another party of it has the name (in any case: `cda` and `CDA` are one party).
 */
async function nameTaken(tx: Context, municipalityId: string, name: string, exceptId?: string) {
  await lockRow(tx, Municipality, { id: municipalityId });
  const holder = await tx.em
    .createQueryBuilder(Party, 'party')
    .where('party.municipalityId = :municipalityId AND lower(party.name) = lower(:name)', {
      municipalityId,
      name,
    })
    .getOne();
  return holder !== null && holder.id !== exceptId;
}

const taken = (name: string) =>
  failed(
    userError(UserErrorCode.TAKEN, `A party named ${name} stands in this municipality`, ['input', 'name']),
  );

/** A new party in a municipality; its name is unique there. */
export function recordParty(ctx: Context, input: RecordPartyInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    if (!municipality) return { party: null, userErrors: errors };
    const name = input.name.trim();
    if (await nameTaken(tx, municipality.id, name)) return taken(name);
    const { identifiers } = await tx.em.insert(Party, {
      municipalityId: municipality.id,
      name,
      abbreviation: input.abbreviation.trim(),
      scope: input.scope,
    });
    return { party: await tx.em.findOneByOrFail(Party, { id: identifiers[0].id as string }), userErrors: [] };
  });
}

/** Changes a party's name, abbreviation or scope; it stays in its municipality. */
export function updateParty(ctx: Context, input: UpdatePartyInput) {
  return withTransaction(ctx, async (tx) => {
    const party = await findForUpdate(tx, Party, input.id);
    if (!party) return failed(userError(UserErrorCode.NOT_FOUND, 'No such party', ['input', 'id']));
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (await nameTaken(tx, party.municipalityId, name, party.id)) return taken(name);
      party.name = name;
    }
    if (input.abbreviation !== undefined) party.abbreviation = input.abbreviation.trim();
    if (input.scope !== undefined) party.scope = input.scope;
    return { party: await tx.em.save(party), userErrors: [] };
  });
}
