import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../core';
import { FollowUpAction, StakeholderMeeting } from './stakeholder-meeting.entity';

@ObjectType()
abstract class StakeholderMeetingResult {
  @Field(() => StakeholderMeeting, { nullable: true })
  meeting!: StakeholderMeeting | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateStakeholderMeetingPayload extends StakeholderMeetingResult {}

@ObjectType()
export class UpdateStakeholderMeetingPayload extends StakeholderMeetingResult {}

@ObjectType()
export class UpdateFollowUpActionPayload {
  @Field(() => FollowUpAction, { nullable: true })
  action!: FollowUpAction | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}
