import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { Municipality } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { Election, ElectionResult } from './election.entity';
import { RecordElectionInput, RecordElectionResultInput } from './election.inputs';
import { RecordElectionPayload, RecordElectionResultPayload } from './election.payloads';
import { recordElection, recordElectionResult } from './election.service';
import { Party } from './party.entity';

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
