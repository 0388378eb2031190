import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { listComplexity, Role } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import { CreateAgendaPointInput } from './agenda-point.inputs';
import { CreateAgendaPointPayload } from './agenda-point.payloads';
import { createAgendaPoint } from './agenda-point.service';
import { Commitment } from './commitment.entity';
import { Election } from './election.entity';

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
