import { ArrayMaxSize, IsEmail, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsCbsCode, IsCpvCode } from '../../kit';
import { BusinessIdentityInput } from '../core';
import { ApplicationStatus } from './application.entity';

@InputType({ description: 'A firm applying to join the register (anonymous).' })
export class ApplyAsBusinessInput extends BusinessIdentityInput {
  @Field(() => String, { description: 'Name of the contact person, 1 to 200 characters.' })
  @Length(1, 200)
  contactName!: string;

  @Field(() => String, { description: 'E-mail address of the contact; the confirmation link goes there.' })
  @IsEmail({}, { message: '$property must be an e-mail address' })
  @MaxLength(254)
  contactEmail!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The association to join; its secretary decides. Without one, Regio Q4 decides.',
  })
  @IsOptional()
  association?: string | null;

  @Field(() => String, {
    defaultValue: '',
    description: 'Supplier profile: what the firm offers (Dutch), at most 2,000 characters.',
  })
  @MaxLength(2000)
  description!: string;

  @Field(() => [String], { defaultValue: [], description: 'Supplier profile: CPV codes, at most 20.' })
  @ArrayMaxSize(20)
  @IsCpvCode({ each: true })
  cpvCodes!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Supplier profile: CBS codes of municipalities served besides its own, at most 20.',
  })
  @ArrayMaxSize(20)
  @IsCbsCode({ each: true })
  municipalitiesServed!: string[];
}

@InputType({ description: 'The token of the confirmation link.' })
export class ConfirmBusinessApplicationInput {
  @Field(() => String, { description: 'The `token` parameter of the link in the confirmation mail.' })
  @Length(20, 100)
  token!: string;
}

@InputType({ description: 'An application to decide on or to confirm.' })
export class BusinessApplicationRef {
  @Field(() => ID, { description: 'The application.' })
  id!: string;
}

@InputType({ description: 'An application to reject, and why.' })
export class RejectBusinessApplicationInput {
  @Field(() => ID, { description: 'The application.' })
  id!: string;

  @Field(() => String, { description: 'Why, for the firm (Dutch), 3 to 1,000 characters.' })
  @Length(3, 1000)
  reason!: string;
}

@InputType({ description: 'Narrows `businessApplications`.' })
export class BusinessApplicationFilter {
  @Field(() => ApplicationStatus, { nullable: true, description: 'Only applications in this status.' })
  @IsOptional()
  status?: ApplicationStatus;
}
