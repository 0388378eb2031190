import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar, USER_ERRORS, UserError } from '../../kit';
import { Municipality } from '../core';
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

/**
 * One stakeholder in a year's regional contacts: an organisation, or the aldermen of the municipalities
 * (`organisation` null). Public: how often the board met them and the published summaries, nothing more.
 */
@ObjectType({ description: 'A stakeholder the board met in a year, with what came of it (public).' })
export class StakeholderContact {
  /** The organisation's database id; null for the aldermen. */
  organisationId!: string | null;

  @Field(() => [Municipality], {
    description: 'For the aldermen: the municipalities whose aldermen took part; empty for an organisation.',
  })
  aldermenOf!: Municipality[];

  @Field(() => Int, { description: 'Meetings with this stakeholder in the year.' })
  meetings!: number;

  @Field(() => DateScalar, { description: 'Day of the first meeting of the year.' })
  firstMetOn!: string;

  @Field(() => [String], {
    description: 'What came of the meetings, as published (`StakeholderMeeting.publicSummary`), by date.',
  })
  summaries!: string[];
}

@ObjectType({ description: 'The board’s meetings with regional stakeholders in a year.' })
export class RegionalContactsFigures {
  @Field(() => Int, { description: 'Meetings with stakeholders in the year.' })
  meetings!: number;

  @Field(() => [StakeholderContact], {
    description: 'Each stakeholder met, by first meeting of the year (organisations, then the aldermen).',
  })
  stakeholders!: StakeholderContact[];

  @Field(() => [StakeholderMeeting], {
    nullable: true,
    description:
      'The meetings themselves, by date, with participants, outcomes and actions (admins; null for others).',
  })
  details!: StakeholderMeeting[] | null;
}
