import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core';
import { listComplexity, Municipality, Person, Role } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CreateAgendaPointInput } from './agenda-point.inputs';
import { CreateAgendaPointPayload } from './agenda-point.payloads';
import { createAgendaPoint } from './agenda-point.service';
import { AldermanTerm } from './alderman-term.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { RecordCoalitionAgreementInput } from './coalition-agreement.inputs';
import { RecordCoalitionAgreementPayload } from './coalition-agreement.payloads';
import { recordCoalitionAgreement } from './coalition-agreement.service';
import { Commitment } from './commitment.entity';
import { Election, ElectionResult } from './election.entity';
import { Outreach } from './outreach.entity';
import { canSeeOutreach } from './outreach.service';
import { Party } from './party.entity';

// The public types of the politics module: elections, parties, aldermen, agenda points, coalition agreements.

@Resolver(() => Election)
export class ElectionResolver {
  @Query(() => [Election], {
    complexity: listComplexity(20),
    description: 'Every election, the latest first.',
  })
  elections(@Ctx() ctx: Context) {
    return ctx.em.find(Election, { order: { date: 'DESC', id: 'ASC' } });
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'The municipality; null when it was held in all.',
  })
  async municipality(@Ctx() ctx: Context, @Root() election: Election) {
    return election.municipalityId ? ctx.loaders.core.municipalityById.load(election.municipalityId) : null;
  }

  @FieldResolver(() => [AgendaPoint], {
    description: 'The association’s agenda for this election, in order.',
  })
  agendaPoints(@Ctx() ctx: Context, @Root() election: Election) {
    return ctx.loaders.politics.agendaPointsByElectionId.load(election.id);
  }

  @FieldResolver(() => [ElectionResult], {
    complexity: listComplexity(50),
    description: 'Seats per party, the most first.',
  })
  results(@Ctx() ctx: Context, @Root() election: Election) {
    return ctx.loaders.politics.resultsByElectionId.load(election.id);
  }
}

@Resolver(() => ElectionResult)
export class ElectionResultResolver {
  @FieldResolver(() => Election, { description: 'The election.' })
  async election(@Ctx() ctx: Context, @Root() result: ElectionResult) {
    return ctx.loaders.politics.electionById.load(result.electionId);
  }

  @FieldResolver(() => Party, { description: 'The party.' })
  async party(@Ctx() ctx: Context, @Root() result: ElectionResult) {
    return ctx.loaders.politics.partyById.load(result.partyId);
  }
}

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
}

@Resolver(() => AgendaPoint)
export class AgendaPointResolver {
  @FieldResolver(() => Election, { description: 'The election it was written for.' })
  async election(@Ctx() ctx: Context, @Root() point: AgendaPoint) {
    return ctx.loaders.politics.electionById.load(point.electionId);
  }

  @FieldResolver(() => [Commitment], {
    complexity: listComplexity(20),
    description: 'Parties’ commitments to it (public).',
  })
  commitments(@Ctx() ctx: Context, @Root() point: AgendaPoint) {
    return ctx.loaders.politics.commitmentsByAgendaPointId.load(point.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => CreateAgendaPointPayload, {
    description: 'Adds a point to the agenda for an election (admins).',
  })
  createAgendaPoint(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateAgendaPointInput, { description: 'The point.' }) input: CreateAgendaPointInput,
  ) {
    return createAgendaPoint(ctx, input);
  }
}

@Resolver(() => AldermanTerm)
export class AldermanTermResolver {
  @FieldResolver(() => Person, { description: 'The alderman (name public, e-mail for admins).' })
  async person(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return ctx.loaders.core.personById.load(term.personId);
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return ctx.loaders.core.municipalityById.load(term.municipalityId);
  }

  @FieldResolver(() => Party, { nullable: true, description: 'The party; null for a non-party alderman.' })
  async party(@Ctx() ctx: Context, @Root() term: AldermanTerm) {
    return term.partyId ? ctx.loaders.politics.partyById.load(term.partyId) : null;
  }
}

@Resolver(() => CoalitionAgreement)
export class CoalitionAgreementResolver {
  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    return ctx.loaders.core.municipalityById.load(agreement.municipalityId);
  }

  @FieldResolver(() => [Party], { description: 'The coalition’s parties, by name.' })
  parties(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    return ctx.loaders.politics.partiesByAgreementId.load(agreement.id);
  }

  @FieldResolver(() => [AgendaPoint], {
    complexity: listComplexity(20),
    description: 'The association’s agenda points it covers, in agenda order.',
  })
  async agendaPoints(@Ctx() ctx: Context, @Root() agreement: CoalitionAgreement) {
    const ids = await ctx.loaders.politics.agendaPointIdsByAgreementId.load(agreement.id);
    return (await ctx.loaders.politics.agendaPointById.loadMany(ids)).filter(
      (point): point is AgendaPoint => point instanceof AgendaPoint,
    );
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordCoalitionAgreementPayload, {
    description: 'Records a coalition agreement (admins); periods of one municipality do not overlap.',
  })
  recordCoalitionAgreement(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCoalitionAgreementInput, { description: 'The agreement.' })
    input: RecordCoalitionAgreementInput,
  ) {
    return recordCoalitionAgreement(ctx, input);
  }
}
