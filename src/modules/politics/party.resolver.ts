import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { Commitment } from './commitment.entity';
import { ElectionResult } from './election.entity';
import { Outreach } from './outreach.entity';
import { canSeeOutreach } from './outreach.service';
import { Party } from './party.entity';
import { RecordPartyInput, UpdatePartyInput } from './party.inputs';
import { RecordPartyPayload, UpdatePartyPayload } from './party.payloads';
import { recordParty, updateParty } from './party.service';

@Resolver(() => Party)
export class PartyResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality it stands in.' })
  async municipality(@Ctx() ctx: Context, @Root() party: Party) {
    return ctx.loaders.core.municipalityById.load(party.municipalityId);
  }

  @FieldResolver(() => [ElectionResult], { description: 'Seats won per election.' })
  results(@Ctx() ctx: Context, @Root() party: Party) {
    return ctx.loaders.politics.resultsByPartyId.load(party.id);
  }

  @FieldResolver(() => [Commitment], {
    complexity: listComplexity(10),
    description: 'Its commitments (public).',
  })
  commitments(@Ctx() ctx: Context, @Root() party: Party) {
    return ctx.loaders.politics.commitmentsByPartyId.load(party.id);
  }

  @FieldResolver(() => [Outreach], {
    nullable: true,
    complexity: listComplexity(10),
    description: 'The association’s contacts with the party, the first first: admins; null for others.',
  })
  async outreach(@Ctx() ctx: Context, @Root() party: Party) {
    return canSeeOutreach(ctx) ? ctx.loaders.politics.outreachByPartyId.load(party.id) : null;
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordPartyPayload, {
    description: 'Records a party in a municipality (admins); its name is unique there (else TAKEN).',
  })
  recordParty(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPartyInput, { description: 'The party.' }) input: RecordPartyInput,
  ) {
    return recordParty(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UpdatePartyPayload, {
    description: 'Changes a party’s name, abbreviation or scope (admins); it stays in its municipality.',
  })
  updateParty(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePartyInput, { description: 'The party and its changes.' })
    input: UpdatePartyInput,
  ) {
    return updateParty(ctx, input);
  }
}
