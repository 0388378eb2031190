import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, listComplexity, Role } from '../../kit';
import { Municipality, Organisation } from '../core';
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

  @FieldResolver(() => [StakeholderParticipant], {
    complexity: listComplexity(10),
    description: 'Who took part, in the order recorded.',
  })
  participants(@Ctx() ctx: Context, @Root() meeting: StakeholderMeeting) {
    return ctx.loaders.networking.participantsByMeetingId.load(meeting.id);
  }

  @FieldResolver(() => [FollowUpAction], {
    complexity: listComplexity(10),
    description: 'Actions agreed at the meeting, in the order recorded.',
  })
  actions(@Ctx() ctx: Context, @Root() meeting: StakeholderMeeting) {
    return ctx.loaders.networking.actionsByMeetingId.load(meeting.id);
  }

  @Mutation(() => CreateStakeholderMeetingPayload, {
    description: 'Records a meeting with its participants, topics, outcomes and actions (admins).',
  })
  createStakeholderMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateStakeholderMeetingInput, { description: 'The meeting to record.' })
    input: CreateStakeholderMeetingInput,
  ) {
    return meetings.createStakeholderMeeting(ctx, input);
  }

  @Mutation(() => UpdateStakeholderMeetingPayload, {
    description: 'Changes a meeting; lists given replace the old ones (admins).',
  })
  updateStakeholderMeeting(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateStakeholderMeetingInput, {
      description: 'The meeting and the fields to change.',
    })
    input: UpdateStakeholderMeetingInput,
  ) {
    return meetings.updateStakeholderMeeting(ctx, input);
  }

  @Mutation(() => UpdateFollowUpActionPayload, {
    description: 'Changes the status, owner or due date of a follow-up action (admins).',
  })
  updateFollowUpAction(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateFollowUpActionInput, { description: 'The action and the fields to change.' })
    input: UpdateFollowUpActionInput,
  ) {
    return meetings.updateFollowUpAction(ctx, input);
  }
}

@Resolver(() => StakeholderParticipant)
export class StakeholderParticipantResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation the participant came for; null for a person alone.',
  })
  organisation(@Ctx() ctx: Context, @Root() participant: StakeholderParticipant) {
    return participant.organisationId
      ? ctx.loaders.core.organisationById.load(participant.organisationId)
      : null;
  }

  @FieldResolver(() => Municipality, {
    nullable: true,
    description: 'An alderman’s municipality; null otherwise.',
  })
  municipality(@Ctx() ctx: Context, @Root() participant: StakeholderParticipant) {
    return participant.municipalityId
      ? ctx.loaders.core.municipalityById.load(participant.municipalityId)
      : null;
  }
}

@Resolver(() => FollowUpAction)
export class FollowUpActionResolver {
  @FieldResolver(() => StakeholderMeeting, { description: 'The meeting where it was agreed.' })
  meeting(@Ctx() ctx: Context, @Root() action: FollowUpAction) {
    return ctx.loaders.networking.stakeholderMeetingById.load(action.meetingId);
  }
}
