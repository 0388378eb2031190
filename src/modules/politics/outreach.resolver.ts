import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, Role, shownActor } from '../../kit';
import { Person } from '../core';
import { Election } from './election.entity';
import { Outreach, PartyResponse } from './outreach.entity';
import { PoliticalOutreachFilter, RecordOutreachInput, RecordPartyResponseInput } from './outreach.inputs';
import { RecordOutreachPayload, RecordPartyResponsePayload } from './outreach.payloads';
import * as outreach from './outreach.service';
import { Party } from './party.entity';

export const OutreachConnection = ConnectionType(Outreach);

@Resolver(() => Outreach)
export class OutreachResolver {
  @Authorized(Role.ADMIN)
  @Query(() => OutreachConnection, {
    complexity: connectionComplexity,
    description: 'The association’s contacts with parties, the latest first (admins).',
  })
  politicalOutreach(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => PoliticalOutreachFilter, {
      nullable: true,
      description: 'Conditions that all must hold.',
    })
    filter?: PoliticalOutreachFilter,
  ) {
    return outreach.listOutreach(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => Party, { description: 'The party contacted.' })
  async party(@Ctx() ctx: Context, @Root() row: Outreach) {
    return ctx.loaders.politics.partyById.load(row.partyId);
  }

  @FieldResolver(() => Election, { description: 'The election the agenda is for.' })
  async election(@Ctx() ctx: Context, @Root() row: Outreach) {
    return ctx.loaders.politics.electionById.load(row.electionId);
  }

  @FieldResolver(() => Person, { description: 'The board member who made the contact.' })
  async boardMember(@Ctx() ctx: Context, @Root() row: Outreach) {
    return ctx.loaders.core.personById.load(row.boardMemberId);
  }

  @FieldResolver(() => String, { description: 'Who recorded it: the subject of their token.' })
  recordedBy(@Root() row: Outreach) {
    return shownActor(row.recordedBy);
  }

  @FieldResolver(() => PartyResponse, {
    nullable: true,
    description: 'The party’s response; null before one.',
  })
  async response(@Ctx() ctx: Context, @Root() row: Outreach) {
    return ctx.loaders.politics.responseByOutreachId.load(row.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordOutreachPayload, { description: 'Records a contact with a party (admins).' })
  recordOutreach(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordOutreachInput, { description: 'The contact.' }) input: RecordOutreachInput,
  ) {
    return outreach.recordOutreach(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordPartyResponsePayload, {
    description: 'Records a party’s response to an outreach, one per outreach (admins).',
  })
  recordPartyResponse(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPartyResponseInput, { description: 'The response.' })
    input: RecordPartyResponseInput,
  ) {
    return outreach.recordPartyResponse(ctx, input);
  }
}

@Resolver(() => PartyResponse)
export class PartyResponseResolver {
  @FieldResolver(() => String, { description: 'Who recorded it: the subject of their token.' })
  recordedBy(@Root() response: PartyResponse) {
    return shownActor(response.recordedBy);
  }

  @FieldResolver(() => Outreach, { description: 'The outreach responded to.' })
  async outreach(@Ctx() ctx: Context, @Root() response: PartyResponse) {
    return ctx.loaders.politics.outreachById.load(response.outreachId);
  }
}
