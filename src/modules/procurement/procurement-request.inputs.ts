import { IsInt, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EuroCentsScalar, IsCbsCode, IsCpvCode, NotNull } from '../../kit';
import { ProcurementRequestStatus } from './procurement-request.entity';
import { ProcurementProcedure } from './threshold.entity';

/**
 * The fields every input that makes a request shares (`createProcurementRequest`, and social enterprise's
 * `convertProjectToProcurementRequest`), declared once so that their validation stays the same.
 */
@InputType()
export abstract class ProcurementRequestTerms {
  @Field(() => String, { description: 'CPV code of what is bought (8 digits, check digit optional).' })
  @IsCpvCode()
  cpvCode!: string;

  @Field(() => EuroCentsScalar, { description: 'Estimated value excluding VAT, in cents.' })
  estimatedValue!: number;

  @Field(() => Date, { description: 'Quotes are accepted until this instant; must lie in the future.' })
  deadline!: Date;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'Social-return percentage of the awarded value, 0 to 100.',
  })
  @IsInt()
  @Min(0)
  @Max(100)
  socialReturnPercentage!: number;
}

@InputType({ description: 'A new procurement request of the caller’s municipality (a DRAFT).' })
export class CreateProcurementRequestInput extends ProcurementRequestTerms {
  @Field(() => String, { description: 'Short title, 3 to 200 characters.' })
  @Length(3, 200)
  title!: string;

  @Field(() => String, { defaultValue: '', description: 'What is to be bought, plain text.' })
  @MaxLength(10_000)
  description!: string;

  @Field(() => ProcurementProcedure, {
    nullable: true,
    description: 'The procedure to follow; the required one when left out. A lighter one is refused.',
  })
  @IsOptional()
  procedure?: ProcurementProcedure | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why a heavier procedure than required is chosen; needed exactly then.',
  })
  @IsOptional()
  @Length(3, 1000)
  procedureReason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Invitees may ask questions until this instant, before the deadline; left out: until the deadline.',
  })
  @IsOptional()
  questionDeadline?: Date | null;
}

@InputType({
  description: 'Corrects a DRAFT request: the fields given change, the others stay as they are.',
})
export class UpdateProcurementRequestInput {
  @Field(() => ID, { description: 'The request (a DRAFT).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New title, 3 to 200 characters.' })
  @NotNull()
  @Length(3, 200)
  title?: string;

  @Field(() => String, { nullable: true, description: 'New description, plain text.' })
  @NotNull()
  @MaxLength(10_000)
  description?: string;

  @Field(() => String, { nullable: true, description: 'New CPV code (8 digits, check digit optional).' })
  @NotNull()
  @IsCpvCode()
  cpvCode?: string;

  @Field(() => EuroCentsScalar, {
    nullable: true,
    description: 'New estimated value excluding VAT, in cents.',
  })
  @NotNull()
  estimatedValue?: number;

  @Field(() => Date, { nullable: true, description: 'New deadline; must lie in the future.' })
  @NotNull()
  deadline?: Date;

  @Field(() => Int, { nullable: true, description: 'New social-return percentage, 0 to 100.' })
  @NotNull()
  @IsInt()
  @Min(0)
  @Max(100)
  socialReturnPercentage?: number;

  @Field(() => ProcurementProcedure, {
    nullable: true,
    description:
      'The procedure to follow. Left out: the heavier one chosen before while it is still heavier than ' +
      'required, else the required one. A lighter one than required is refused.',
  })
  @NotNull()
  procedure?: ProcurementProcedure;

  @Field(() => String, {
    nullable: true,
    description: 'Why a heavier procedure than required is chosen; null removes it.',
  })
  @IsOptional()
  @Length(3, 1000)
  procedureReason?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'New question deadline, before the deadline; null: questions until the deadline.',
  })
  @IsOptional()
  questionDeadline?: Date | null;
}

@InputType({ description: 'Closes a request for quotes: INVITING → EVALUATING.' })
export class CloseProcurementRequestInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why quoting closes before the deadline: needed exactly then (REASON_REQUIRED), kept on the request.',
  })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@InputType({ description: 'Opens the sealed quotes of a request after its deadline.' })
export class OpenProcurementQuotesInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;
}

@InputType({ description: 'A second civil servant confirms the opening of a request’s quotes (four eyes).' })
export class ConfirmQuoteOpeningInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;
}

@InputType({ description: 'Cancels a request that is not awarded yet.' })
export class CancelProcurementRequestInput {
  @Field(() => ID, { description: 'The request.' })
  id!: string;

  @Field(() => String, {
    description:
      'Why it is cancelled (kept on the request, shown to the invitees); blanks are REASON_REQUIRED.',
  })
  @MaxLength(1000)
  reason!: string;
}

@InputType({ description: 'Narrows `procurementRequests`; all given conditions must hold.' })
export class ProcurementRequestFilter {
  @Field(() => ProcurementRequestStatus, { nullable: true, description: 'Only requests in this status.' })
  @IsOptional()
  status?: ProcurementRequestStatus;

  @Field(() => String, { nullable: true, description: 'CBS code of the buying municipality (admins).' })
  @IsOptional()
  @IsCbsCode()
  municipality?: string;
}
