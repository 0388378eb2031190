import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { Municipality, Person } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CreateAgendaPointInput } from './agenda-point.inputs';
import { CreateAgendaPointPayload } from './agenda-point.payloads';
import { createAgendaPoint } from './agenda-point.service';
import { AldermanTerm } from './alderman-term.entity';
import { EndAldermanTermInput, RecordAldermanTermInput } from './alderman-term.inputs';
import { EndAldermanTermPayload, RecordAldermanTermPayload } from './alderman-term.payloads';
import { endAldermanTerm, recordAldermanTerm } from './alderman-term.service';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { RecordCoalitionAgreementInput } from './coalition-agreement.inputs';
import { RecordCoalitionAgreementPayload } from './coalition-agreement.payloads';
import { recordCoalitionAgreement } from './coalition-agreement.service';
import { Commitment } from './commitment.entity';
import { Election, ElectionResult } from './election.entity';
import { RecordElectionInput, RecordElectionResultInput } from './election.inputs';
import { RecordElectionPayload, RecordElectionResultPayload } from './election.payloads';
import { recordElection, recordElectionResult } from './election.service';
import { Outreach } from './outreach.entity';
import { canSeeOutreach } from './outreach.service';
import { Party } from './party.entity';
import { RecordPartyInput, UpdatePartyInput } from './party.inputs';
import { RecordPartyPayload, UpdatePartyPayload } from './party.payloads';
import { recordParty, updateParty } from './party.service';

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

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordElectionPayload, {
    description: 'Records an election (admins); the same day, kind and municipality twice is TAKEN.',
  })
  recordElection(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordElectionInput, { description: 'The election.' }) input: RecordElectionInput,
  ) {
    return recordElection(ctx, input);
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

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordElectionResultPayload, {
    description:
      'Records the seats a party won in an election (admins); the party stands in the election’s ' +
      'municipality. Given again, the seats are replaced.',
  })
  recordElectionResult(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordElectionResultInput, { description: 'The party, the election and the seats.' })
    input: RecordElectionResultInput,
  ) {
    return recordElectionResult(ctx, input);
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

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordAldermanTermPayload, {
    description:
      'Records a term as alderman (admins): a known person by id or a new one by name, a party of the ' +
      'municipality or none, and until on or after since.',
  })
  recordAldermanTerm(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordAldermanTermInput, { description: 'The term.' }) input: RecordAldermanTermInput,
  ) {
    return recordAldermanTerm(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => EndAldermanTermPayload, {
    description: 'Ends a term in office (admins): sets its last day, on or after its first.',
  })
  endAldermanTerm(
    @Ctx() ctx: Context,
    @Arg('input', () => EndAldermanTermInput, { description: 'The term and its last day.' })
    input: EndAldermanTermInput,
  ) {
    return endAldermanTerm(ctx, input);
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
