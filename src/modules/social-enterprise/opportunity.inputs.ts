import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, IsCbsCode, NotNull } from '../../kit';
import { ProcurementRequestTerms } from '../procurement';
import { TargetGroup } from './candidate.enum';
import { OpportunityKind, OpportunityStatus } from './opportunity.enum';

@InputType({
  description:
    'A new opportunity. A member posts for the business of their `kvk` claim, a civil servant for their ' +
    'municipality, a coach or admin for an institution (`organisationId`).',
})
export class PostOpportunityInput {
  @Field(() => OpportunityKind, { description: 'What kind of work it is.' })
  kind!: OpportunityKind;

  @Field(() => String, { description: 'Short title, 3 to 200 characters.' })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What the work is, plain text.' })
  @MaxLength(10_000)
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'CBS code of where the work is; by default the business’s or institution’s municipality. A civil ' +
      'servant’s is always their own.',
  })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The institution posting it (coaches and admins): a school, Werk bij Duurstede.',
  })
  @IsOptional()
  organisationId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Hours per week, 1 to 60; null when it varies.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => Int, { defaultValue: 1, description: 'How many candidates can be placed, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  places!: number;

  @Field(() => [TargetGroup], { defaultValue: [], description: 'Who it is for; empty means anyone.' })
  @ArrayMaxSize(4)
  targetGroups!: TargetGroup[];

  @Field(() => DateScalar, { nullable: true, description: 'When the work starts; null when by agreement.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day to respond: today or later, not after the start.',
  })
  @IsOptional()
  closingDate?: string | null;
}

@InputType({
  description:
    'Corrects an OPEN or FILLED opportunity (its poster, or an admin): fields left out stay as they are; null ' +
    'clears a field that may be empty.',
})
export class UpdateOpportunityInput {
  @Field(() => ID, { description: 'The opportunity.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Short title, 3 to 200 characters.' })
  @NotNull()
  @Length(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'What the work is, plain text.' })
  @NotNull()
  @MaxLength(10_000)
  description?: string;

  @Field(() => Int, { nullable: true, description: 'Hours per week, 1 to 60; null when it varies.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  hoursPerWeek?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many candidates can be placed, 1 to 100, not fewer than are placed. A FILLED opportunity that ' +
      'gets more places is OPEN again; an OPEN one whose places are all taken becomes FILLED.',
  })
  @NotNull()
  @IsInt()
  @Min(1)
  @Max(100)
  places?: number;

  @Field(() => [TargetGroup], { nullable: true, description: 'Who it is for; empty means anyone.' })
  @NotNull()
  @ArrayMaxSize(4)
  targetGroups?: TargetGroup[];

  @Field(() => DateScalar, { nullable: true, description: 'When the work starts; null when by agreement.' })
  @IsOptional()
  startDate?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day to respond: today or later, not after the start; null when open-ended.',
  })
  @IsOptional()
  closingDate?: string | null;
}

@InputType({ description: 'Withdraws an opportunity: OPEN or FILLED → CLOSED. Its poster, coaches, admins.' })
export class CloseOpportunityInput {
  @Field(() => ID, { description: 'The opportunity.' })
  id!: string;
}

/** The request's terms are procurement's own, so they are validated as in `createProcurementRequest`. */
@InputType({ description: 'Turns a municipal PROJECT opportunity into a procurement request (a DRAFT).' })
export class ConvertProjectToProcurementRequestInput extends ProcurementRequestTerms {
  @Field(() => ID, { description: 'The PROJECT opportunity, posted by the municipality.' })
  opportunityId!: string;
}

@InputType({ description: 'Narrows `opportunities`; all given conditions must hold.' })
export class OpportunityFilter {
  @Field(() => String, { nullable: true, description: 'Words in the title or description.' })
  @IsOptional()
  @Length(1, 100)
  search?: string | null;

  @Field(() => [OpportunityKind], { nullable: true, description: 'Only these kinds.' })
  @IsOptional()
  @ArrayMaxSize(7)
  kinds?: OpportunityKind[] | null;

  @Field(() => [TargetGroup], { nullable: true, description: 'Only opportunities for one of these groups.' })
  @IsOptional()
  @ArrayMaxSize(4)
  targetGroups?: TargetGroup[] | null;

  @Field(() => String, { nullable: true, description: 'CBS code of where the work is.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;

  @Field(() => OpportunityStatus, {
    nullable: true,
    description: 'Status; by default OPEN. Others show only what you may see (your own, or all for coaches).',
  })
  @IsOptional()
  status?: OpportunityStatus | null;
}

@InputType({
  description:
    'A member firm answers an OPEN municipal PROJECT: it would like to do the work. Firms established in ' +
    'the region with an active supplier profile may; a second answer replaces the note.',
})
export class ExpressProjectInterestInput {
  @Field(() => ID, { description: 'The PROJECT opportunity, posted by a municipality.' })
  opportunityId!: string;

  @Field(() => String, { description: 'A short note to the municipality, 3 to 1000 characters, plain text.' })
  @Length(3, 1000)
  note!: string;
}

@InputType({
  description:
    'The poster of a municipal PROJECT puts firms that answered it on the shortlist of the procurement ' +
    'request the project became, with a reason.',
})
export class TakeInterestedFirmsIntoRequestInput {
  @Field(() => ID, { description: 'The PROJECT opportunity (it must have become a procurement request).' })
  opportunityId!: string;

  @Field(() => [ID], { description: 'Businesses that expressed interest in the project, 1 to 20.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  businessIds!: string[];

  @Field(() => String, {
    description: 'Why they are on the shortlist, shown with each of them (3 to 500 characters).',
  })
  @Length(3, 500)
  reason!: string;
}
