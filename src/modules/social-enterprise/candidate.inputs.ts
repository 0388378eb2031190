import {
  ArrayMaxSize,
  ArrayMinSize,
  IsEmail,
  IsInt,
  IsOptional,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar, IsCbsCode, NotNull } from '../../kit';
import { TargetGroup } from './candidate.enum';

@InputType({ description: 'A new candidate, registered by a coach (who becomes their coach) or an admin.' })
export class CreateCandidateInput {
  @Field(() => String, { description: 'Full name, 2 to 200 characters.' })
  @Length(2, 200)
  name!: string;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number.' })
  @IsOptional()
  @Length(6, 40)
  phone?: string | null;

  @Field(() => Int, { description: 'Year of birth, 1940 to this year.' })
  @IsInt()
  @Min(1940)
  @Max(2100)
  birthYear!: number;

  @Field(() => String, { description: 'CBS code of where the candidate lives.' })
  @IsCbsCode()
  municipality!: string;

  @Field(() => TargetGroup, { description: 'The target group the candidate belongs to.' })
  targetGroup!: TargetGroup;

  @Field(() => String, { nullable: true, description: 'School (pupils and interns).' })
  @IsOptional()
  @Length(2, 200)
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Interests, free text.' })
  @IsOptional()
  @MaxLength(2000)
  interests?: string | null;

  @Field(() => [String], { defaultValue: [], description: 'Skills, shown to employers without a name.' })
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  skills!: string[];

  @Field(() => String, { defaultValue: '', description: 'When the candidate can work.' })
  @MaxLength(200)
  availability!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Support needs, free text (the most sensitive field).',
  })
  @IsOptional()
  @MaxLength(5000)
  supportNeeds?: string | null;

  @Field(() => DateScalar, { description: 'When the candidate consented.' })
  consentGivenOn!: string;

  @Field(() => [String], { description: 'What the candidate consented to, at least one purpose.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(1, 100, { each: true })
  consentPurposes!: string[];
}

@InputType({
  description:
    'Corrects a candidate (coaches and admins): fields left out stay as they are; null clears a field that ' +
    'may be empty. Name, birth year and consent stay set: only `eraseCandidate` removes them.',
})
export class UpdateCandidateInput {
  @Field(() => ID, { description: 'The candidate.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Full name, 2 to 200 characters.' })
  @NotNull()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true, description: 'E-mail address; null clears it.' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number; null clears it.' })
  @IsOptional()
  @Length(6, 40)
  phone?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year of birth, 1940 to this year.' })
  @NotNull()
  @IsInt()
  @Min(1940)
  @Max(2100)
  birthYear?: number;

  @Field(() => String, { nullable: true, description: 'CBS code of where the candidate lives.' })
  @NotNull()
  @IsCbsCode()
  municipality?: string;

  @Field(() => TargetGroup, { nullable: true, description: 'The target group the candidate belongs to.' })
  @NotNull()
  targetGroup?: TargetGroup;

  @Field(() => String, { nullable: true, description: 'School (pupils and interns); null clears it.' })
  @IsOptional()
  @Length(2, 200)
  school?: string | null;

  @Field(() => String, { nullable: true, description: 'Interests, free text; null clears it.' })
  @IsOptional()
  @MaxLength(2000)
  interests?: string | null;

  @Field(() => [String], { nullable: true, description: 'Skills; replaces the list.' })
  @NotNull()
  @ArrayMaxSize(20)
  @Length(1, 100, { each: true })
  skills?: string[];

  @Field(() => String, { nullable: true, description: 'When the candidate can work.' })
  @NotNull()
  @MaxLength(200)
  availability?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Support needs, free text (the most sensitive field); null clears it.',
  })
  @IsOptional()
  @MaxLength(5000)
  supportNeeds?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When the candidate consented (again).' })
  @NotNull()
  consentGivenOn?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'What the candidate consented to, at least one purpose; replaces the list.',
  })
  @NotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @Length(1, 100, { each: true })
  consentPurposes?: string[];
}

@InputType({ description: 'Erases a candidate’s personal data for good.' })
export class EraseCandidateInput {
  @Field(() => ID, { description: 'The candidate.' })
  id!: string;
}

@InputType({ description: 'Narrows `candidates`; all given conditions must hold.' })
export class CandidateFilter {
  @Field(() => TargetGroup, { nullable: true, description: 'Only this target group.' })
  @IsOptional()
  targetGroup?: TargetGroup | null;

  @Field(() => String, { nullable: true, description: 'CBS code of where the candidates live.' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Include erased candidates.' })
  includeErased!: boolean;
}
