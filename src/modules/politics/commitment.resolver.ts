import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Role, shownActor } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import { Commitment, CommitmentChange } from './commitment.entity';
import { ChangeCommitmentStageInput, RecordCommitmentInput } from './commitment.inputs';
import { ChangeCommitmentStagePayload, RecordCommitmentPayload } from './commitment.payloads';
import * as commitments from './commitment.service';
import { Party } from './party.entity';

@Resolver(() => Commitment)
export class CommitmentResolver {
  @FieldResolver(() => Party, { description: 'The party that committed.' })
  async party(@Ctx() ctx: Context, @Root() commitment: Commitment) {
    return ctx.loaders.politics.partyById.load(commitment.partyId);
  }

  @FieldResolver(() => AgendaPoint, { description: 'The agenda point.' })
  async agendaPoint(@Ctx() ctx: Context, @Root() commitment: Commitment) {
    return ctx.loaders.politics.agendaPointById.load(commitment.agendaPointId);
  }

  @FieldResolver(() => [CommitmentChange], { description: 'Every step, the first first, with its evidence.' })
  history(@Ctx() ctx: Context, @Root() commitment: Commitment) {
    return ctx.loaders.politics.changesByCommitmentId.load(commitment.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => RecordCommitmentPayload, {
    description: 'Records a party’s commitment to an agenda point (admins); one per party and point.',
  })
  recordCommitment(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCommitmentInput, { description: 'The commitment.' })
    input: RecordCommitmentInput,
  ) {
    return commitments.recordCommitment(ctx, input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ChangeCommitmentStagePayload, {
    description:
      'Moves a commitment on (admins): to the next stage, to a later one with evidence (else EVIDENCE_REQUIRED), ' +
      'or to DROPPED; never back (INVALID_TRANSITION).',
  })
  changeCommitmentStage(
    @Ctx() ctx: Context,
    @Arg('input', () => ChangeCommitmentStageInput, { description: 'The commitment and its new stage.' })
    input: ChangeCommitmentStageInput,
  ) {
    return commitments.changeCommitmentStage(ctx, input);
  }
}

@Resolver(() => CommitmentChange)
export class CommitmentChangeResolver {
  @FieldResolver(() => String, { description: 'Who recorded the step (name from their token).' })
  actorName(@Root() change: CommitmentChange) {
    return shownActor(change.actorName);
  }
}
