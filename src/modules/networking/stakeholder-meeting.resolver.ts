import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../core';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  listComplexity,
  Municipality,
  Organisation,
  Role,
} from '../core';
import { FollowUpAction, StakeholderMeeting, StakeholderParticipant } from './stakeholder-meeting.entity';
import {
  CreateStakeholderMeetingInput,
  UpdateFollowUpActionInput,
  UpdateStakeholderMeetingInput,
} from './stakeholder-meeting.inputs';
import {
  CreateStakeholderMeetingPayload,
  UpdateFollowUpActionPayload,
  UpdateStakeholderMeetingPayload,
} from './stakeholder-meeting.payloads';
import * as meetings from './stakeholder-meeting.service';

const StakeholderMeetingConnection = ConnectionType(StakeholderMeeting);

// Board only: every field of this resolver needs ADMIN (the types are reachable from nowhere else).
@Authorized(Role.ADMIN)
@Resolver(() => StakeholderMeeting)
export class StakeholderMeetingResolver {
  @Query(() => StakeholderMeetingConnection, {
    complexity: connectionComplexity,
    description: 'Meetings with regional stakeholders, newest first (admins).',
  })
  stakeholderMeetings(@Ctx() ctx: Context, @Args() page: ConnectionArgs) {
    return meetings.listStakeholderMeetings(ctx, page);
  }

  @FieldResolver(() => [StakeholderParticipant], { complexity: listComplexity(10) })
  participants(@Ctx() ctx: Context, @Root() meeting: StakeholderMeeting) {
    return ctx.loaders.networking.participantsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [FollowUpAction], { complexity: listComplexity(10) })
  actions(@Ctx() ctx: Context, @Root() meeting: StakeholderMeeting) {
    return ctx.loaders.networking.actionsByMeetingId.load(meeting.id);
  }

  @Mutation(() => CreateStakeholderMeetingPayload)
  createStakeholderMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateStakeholderMeetingInput) input: CreateStakeholderMeetingInput,
  ) {
    return meetings.createStakeholderMeeting(ctx, input);
  }

  @Mutation(() => UpdateStakeholderMeetingPayload)
  updateStakeholderMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateStakeholderMeetingInput) input: UpdateStakeholderMeetingInput,
  ) {
    return meetings.updateStakeholderMeeting(ctx, input);
  }

  @Mutation(() => UpdateFollowUpActionPayload)
  updateFollowUpAction(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFollowUpActionInput) input: UpdateFollowUpActionInput,
  ) {
    return meetings.updateFollowUpAction(ctx, input);
  }
}

@Resolver(() => StakeholderParticipant)
export class StakeholderParticipantResolver {
  @FieldResolver(() => Organisation, { nullable: true })
  organisation(@Ctx() ctx: Context, @Root() participant: StakeholderParticipant) {
    return participant.organisationId
      ? ctx.loaders.core.organisationById.load(participant.organisationId)
      : null;
  }

  @FieldResolver(() => Municipality, { nullable: true })
  municipality(@Ctx() ctx: Context, @Root() participant: StakeholderParticipant) {
    return participant.municipalityId
      ? ctx.loaders.core.municipalityById.load(participant.municipalityId)
      : null;
  }
}

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver {
  @FieldResolver(() => StakeholderMeeting)
  meeting(@Ctx() ctx: Context, @Root() action: FollowUpAction) {
    return ctx.loaders.networking.stakeholderMeetingById.load(action.meetingId);
  }
}
