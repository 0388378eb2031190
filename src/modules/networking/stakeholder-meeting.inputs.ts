import { ArrayMaxSize, IsOptional, Length, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { DateScalar, IsCbsCode, NotNull } from '../core';
import { FollowUpStatus } from './stakeholder-meeting.entity';

@InputType({
  description: 'An organisation and/or a person; at least one of organisation, name and municipality.',
})
export class StakeholderParticipantInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  organisation?: string;

  @Field(() => String, { nullable: true })
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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  portfolio?: string;
}

@InputType()
export class FollowUpActionInput {
  @Field(() => String)
  @Length(1, 1000)
  description!: string;

  @Field(() => String)
  @Length(1, 200)
  owner!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dueDate?: string | null;

  @Field(() => FollowUpStatus, { defaultValue: FollowUpStatus.OPEN })
  status!: FollowUpStatus;
}

@InputType()
export class CreateStakeholderMeetingInput {
  @Field(() => DateScalar)
  date!: string;

  @Field(() => String)
  @Length(1, 200)
  title!: string;

  @Field(() => [StakeholderParticipantInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  participants!: StakeholderParticipantInput[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  topics!: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  outcomes!: string[];

  @Field(() => [FollowUpActionInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  actions!: FollowUpActionInput[];
}

@InputType({ description: 'Fields left out stay as they are; lists given replace the old ones.' })
export class UpdateStakeholderMeetingInput {
  @Field(() => ID)
  id!: string;

  @Field(() => DateScalar, { nullable: true })
  @NotNull()
  date?: string;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 200)
  title?: string;

  @Field(() => [StakeholderParticipantInput], { nullable: true })
  @NotNull()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  participants?: StakeholderParticipantInput[];

  @Field(() => [String], { nullable: true })
  @NotNull()
  @ArrayMaxSize(50)
  @MaxLength(500, { each: true })
  topics?: string[];

  @Field(() => [String], { nullable: true })
  @NotNull()
  @ArrayMaxSize(50)
  @MaxLength(1000, { each: true })
  outcomes?: string[];

  @Field(() => [FollowUpActionInput], { nullable: true })
  @NotNull()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  actions?: FollowUpActionInput[];
}

@InputType()
export class UpdateFollowUpActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => FollowUpStatus, { nullable: true })
  @NotNull()
  status?: FollowUpStatus;

  @Field(() => String, { nullable: true })
  @NotNull()
  @Length(1, 200)
  owner?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  dueDate?: string | null;
}
