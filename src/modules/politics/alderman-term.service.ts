import type { Context, UserError } from '../../kit';
import { findForUpdate, fromGlobalId, userError, UserErrorCode, withTransaction } from '../../kit';
import { inputMunicipality, Person } from '../core';
import { AldermanTerm } from './alderman-term.entity';
import type { EndAldermanTermInput, RecordAldermanTermInput } from './alderman-term.inputs';
import { Party } from './party.entity';

const endsBeforeStart = (until: string, since: string) =>
  userError(UserErrorCode.INVALID, `The term must end on or after its first day (${since})`, [
    'input',
    'until',
  ]);

/**
 * A new term as alderman. The person is an existing `Person` (by id) or a new one (by name: a namesake
 * is not assumed to be the same person); the party, if any, stands in the term's municipality.
 */
export function recordAldermanTerm(ctx: Context, input: RecordAldermanTermInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    let person: Person | null = null;
    if ((input.personId == null) === (input.personName == null)) {
      errors.push(
        userError(UserErrorCode.INVALID, 'Give either personId (a known person) or personName (a new one)', [
          'input',
          'personId',
        ]),
      );
    } else if (input.personId != null) {
      person = await tx.em.findOneBy(Person, { id: fromGlobalId(input.personId, 'Person').id });
      if (!person) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such person', ['input', 'personId']));
    }
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    let party: Party | null = null;
    if (input.partyId != null) {
      party = await tx.em.findOneBy(Party, { id: fromGlobalId(input.partyId, 'Party').id });
      if (!party) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such party', ['input', 'partyId']));
      } else if (municipality && party.municipalityId !== municipality.id) {
        errors.push(
          userError(UserErrorCode.INVALID, 'The party stands in another municipality', ['input', 'partyId']),
        );
      }
    }
    if (input.until != null && input.until < input.since)
      errors.push(endsBeforeStart(input.until, input.since));
    if (errors.length > 0) return { aldermanTerm: null, userErrors: errors };
    if (!person) {
      person = await tx.em.save(tx.em.create(Person, { name: input.personName!.trim(), email: null }));
    }
    const { identifiers } = await tx.em.insert(AldermanTerm, {
      personId: person.id,
      municipalityId: municipality!.id,
      partyId: party?.id ?? null,
      portfolio: input.portfolio.trim(),
      since: input.since,
      until: input.until ?? null,
    });
    return {
      aldermanTerm: await tx.em.findOneByOrFail(AldermanTerm, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}

/** Ends a term in office (under a row lock); an ended term keeps its day (NOT_ALLOWED). */
export function endAldermanTerm(ctx: Context, input: EndAldermanTermInput) {
  return withTransaction(ctx, async (tx) => {
    const failed = (error: UserError) => ({ aldermanTerm: null, userErrors: [error] });
    const term = await findForUpdate(tx, AldermanTerm, input.id);
    if (!term) return failed(userError(UserErrorCode.NOT_FOUND, 'No such alderman term', ['input', 'id']));
    if (term.until !== null) {
      return failed(
        userError(UserErrorCode.NOT_ALLOWED, `The term ended on ${term.until} already`, ['input', 'id']),
      );
    }
    if (input.until < term.since) return failed(endsBeforeStart(input.until, term.since));
    term.until = input.until;
    return { aldermanTerm: await tx.em.save(term), userErrors: [] };
  });
}
