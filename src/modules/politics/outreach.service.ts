import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  actorOf,
  findForUpdate,
  fromGlobalId,
  hasRole,
  paginate,
  Role,
  SortDirection,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { Person } from '../core';
import { futureDayError } from './days';
import { Election } from './election.entity';
import { Outreach, PartyResponse } from './outreach.entity';
import type {
  PoliticalOutreachFilter,
  RecordOutreachInput,
  RecordPartyResponseInput,
} from './outreach.inputs';
import { Party } from './party.entity';

/** Outreach and responses are the board's own record: admins see them, everyone else gets null. */
export const canSeeOutreach = (ctx: Context) => hasRole(ctx.viewer, Role.ADMIN);

export async function findOutreach(ctx: Context, id: string): Promise<Outreach | null> {
  return canSeeOutreach(ctx) ? ctx.loaders.politics.outreachById.load(id) : null;
}

export async function findResponse(ctx: Context, id: string): Promise<PartyResponse | null> {
  return canSeeOutreach(ctx) ? ctx.loaders.politics.responseById.load(id) : null;
}

/** Every outreach, the latest contact first (admins). */
export async function listOutreach(
  ctx: Context,
  filter: PoliticalOutreachFilter,
  args: ConnectionArgs,
): Promise<Connection<Outreach>> {
  const query = ctx.em.createQueryBuilder(Outreach, 'outreach');
  if (filter.municipality) {
    // A filter: an unknown municipality matches no outreach (an empty page), as it always has.
    const municipality = await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality);
    query.andWhere(
      'outreach.partyId IN (SELECT p.id FROM party p WHERE p.municipality_id = :municipalityId)',
      {
        municipalityId: municipality?.id ?? null,
      },
    );
  }
  if (filter.election) {
    query.andWhere('outreach.electionId = :electionId', {
      electionId: fromGlobalId(filter.election, 'Election').id,
    });
  }
  return paginate(query, args, {
    column: 'outreach.contactedOn',
    type: 'date',
    direction: SortDirection.DESC,
    value: (outreach) => outreach.contactedOn,
  });
}

export function recordOutreach(ctx: Context, input: RecordOutreachInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    const party = await tx.em.findOneBy(Party, { id: fromGlobalId(input.partyId, 'Party').id });
    if (!party) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such party', ['input', 'partyId']));
    const election = await tx.em.findOneBy(Election, { id: fromGlobalId(input.electionId, 'Election').id });
    if (!election)
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such election', ['input', 'electionId']));
    const member = await tx.em.findOneBy(Person, { id: fromGlobalId(input.boardMemberId, 'Person').id });
    if (!member)
      errors.push(userError(UserErrorCode.NOT_FOUND, 'No such person', ['input', 'boardMemberId']));
    if (
      party &&
      election &&
      election.municipalityId !== null &&
      election.municipalityId !== party.municipalityId
    ) {
      errors.push(
        userError(UserErrorCode.INVALID, 'The party does not stand in this election', [
          'input',
          'electionId',
        ]),
      );
    }
    const day = futureDayError(input.contactedOn, 'contactedOn');
    if (day) errors.push(day);
    if (errors.length > 0) return { outreach: null, userErrors: errors };
    const { identifiers } = await tx.em.insert(Outreach, {
      partyId: party!.id,
      electionId: election!.id,
      contactedOn: input.contactedOn,
      channel: input.channel,
      boardMemberId: member!.id,
      notes: input.notes.trim(),
      recordedBy: actorOf(tx.viewer).subject,
    });
    return {
      outreach: await tx.em.findOneByOrFail(Outreach, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}

export function recordPartyResponse(ctx: Context, input: RecordPartyResponseInput) {
  return withTransaction(ctx, async (tx) => {
    // Locking the outreach makes a second response for it wait for the first and then see it.
    const outreach = await findForUpdate(tx, Outreach, input.outreachId);
    const failed = (error: UserError) => ({ partyResponse: null, userErrors: [error] });
    if (!outreach)
      return failed(userError(UserErrorCode.NOT_FOUND, 'No such outreach', ['input', 'outreachId']));
    if (await tx.em.existsBy(PartyResponse, { outreachId: outreach.id })) {
      return failed(
        userError(UserErrorCode.TAKEN, 'This outreach has a response already', ['input', 'outreachId']),
      );
    }
    if (input.respondedOn < outreach.contactedOn) {
      return failed(
        userError(UserErrorCode.INVALID, 'The response must not lie before the contact', [
          'input',
          'respondedOn',
        ]),
      );
    }
    const day = futureDayError(input.respondedOn, 'respondedOn');
    if (day) return failed(day);
    const { identifiers } = await tx.em.insert(PartyResponse, {
      outreachId: outreach.id,
      sentiment: input.sentiment,
      summary: input.summary.trim(),
      respondedOn: input.respondedOn,
      recordedBy: actorOf(tx.viewer).subject,
    });
    return {
      partyResponse: await tx.em.findOneByOrFail(PartyResponse, { id: identifiers[0].id as string }),
      userErrors: [],
    };
  });
}
