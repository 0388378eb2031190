import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode, NotNull } from '../../kit';
import { FollowUpStatus } from './stakeholder-meeting.entity';

@InputType({
  description: 'An organisation and/or a person; at least one of organisation, name and municipality.',
})
export class StakeholderParticipantInput {
  @Field(() => ID, { nullable: true, description: 'Id of the organisation the participant came for.' })
  @IsOptional()
  organisation?: string;

  @Field(() => String, { nullable: true, description: 'Name of the person, if any.' })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'e.g. `Wethouder`.' })
  @IsOptional()
  @Length(1, 100)
  role?: string;

  @Field(() => String, { nullable: true, description: 'CBS code of an alderman’s municipality.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string;

  @Field(() => String, { nullable: true, description: 'An alderman’s portfolio, e.g. `Economische Zaken`.' })
  @IsOptional()
  @Length(1, 200)
  portfolio?: string;
}

@InputType({ description: 'An action agreed at a meeting.' })
export class FollowUpActionInput {
  @Field(() => String, { description: 'What is to be done, 1 to 1000 characters.' })
  @Length(1, 1000)
  description!: string;

  @Field(() => String, { description: 'Who will do it.' })
  @Length(1, 200)
  owner!: string;

  @Field(() => DateScalar, { nullable: true, description: 'When it should be done (`YYYY-MM-DD`).' })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => FollowUpStatus, { defaultValue: FollowUpStatus.OPEN, description: 'Progress; default OPEN.' })
  status!: FollowUpStatus;
}

@InputType({ description: 'A meeting to record.' })
export class CreateStakeholderMeetingInput {
  @Field(() => DateScalar, { description: 'Day of the meeting (`YYYY-MM-DD`).' })
  date!: string;

  @Field(() => String, { description: 'Title, 1 to 200 characters.' })
  @Length(1, 200)
  title!: string;

  @Field(() => [StakeholderParticipantInput], { description: 'Who took part, at most 50.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  participants!: StakeholderParticipantInput[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Topics discussed, at most 50 of up to 500 characters.',
  })
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  topics!: string[];

  @Field(() => [String], { defaultValue: [], description: 'Outcomes, at most 50 of up to 1000 characters.' })
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  outcomes!: string[];

  @Field(() => String, {
    nullable: true,
    description:
      'What came of it, in words fit to publish (up to 1000 characters); shown in the annual review.',
  })
  @IsOptional()
  @Length(1, 1000)
  publicSummary?: string | null;

  @Field(() => [FollowUpActionInput], { defaultValue: [], description: 'Actions agreed, at most 50.' })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  actions!: FollowUpActionInput[];
}

@InputType({ description: 'Fields left out stay as they are; lists given replace the old ones.' })
export class UpdateStakeholderMeetingInput {
  @Field(() => ID, { description: 'Id of the meeting to change.' })
  id!: string;

  @Field(() => DateScalar, { nullable: true, description: 'New day.' })
  @NotNull()
  date?: string;

  @Field(() => String, { nullable: true, description: 'New title.' })
  @NotNull()
  @Length(1, 200)
  title?: string;

  @Field(() => [StakeholderParticipantInput], { nullable: true, description: 'Replaces the participants.' })
  @NotNull()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  participants?: StakeholderParticipantInput[];

  @Field(() => [String], { nullable: true, description: 'Replaces the topics.' })
  @NotNull()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  topics?: string[];

  @Field(() => [String], { nullable: true, description: 'Replaces the outcomes.' })
  @NotNull()
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  outcomes?: string[];

  @Field(() => String, { nullable: true, description: 'New public summary; null removes it.' })
  @IsOptional()
  @Length(1, 1000)
  publicSummary?: string | null;

  @Field(() => [FollowUpActionInput], { nullable: true, description: 'Replaces the actions.' })
  @NotNull()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  actions?: FollowUpActionInput[];
}

@InputType({ description: 'A follow-up action and the fields to change; fields left out stay as they are.' })
export class UpdateFollowUpActionInput {
  @Field(() => ID, { description: 'Id of the action.' })
  id!: string;

  @Field(() => FollowUpStatus, { nullable: true, description: 'New status.' })
  @NotNull()
  status?: FollowUpStatus;

  @Field(() => String, { nullable: true, description: 'New owner.' })
  @NotNull()
  @Length(1, 200)
  owner?: string;

  @Field(() => DateScalar, { nullable: true, description: 'New due date; null removes it.' })
  @IsOptional()
  dueDate?: string | null;
}
