import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { FollowUpAction, StakeholderMeeting } from './stakeholder-meeting.entity';

@ObjectType()
abstract class StakeholderMeetingResult {
  @Field(() => StakeholderMeeting, {
    nullable: true,
    description: 'The meeting as it is now; null when userErrors is not empty.',
  })
  meeting!: StakeholderMeeting | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createStakeholderMeeting`.' })
export class CreateStakeholderMeetingPayload extends StakeholderMeetingResult {}

@ObjectType({ description: 'Result of `updateStakeholderMeeting`.' })
export class UpdateStakeholderMeetingPayload extends StakeholderMeetingResult {}

@ObjectType({ description: 'Result of `updateFollowUpAction`.' })
export class UpdateFollowUpActionPayload {
  @Field(() => FollowUpAction, {
    nullable: true,
    description: 'The action as it is now; null when userErrors is not empty.',
  })
  action!: FollowUpAction | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}
