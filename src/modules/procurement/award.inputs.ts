import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { EuroCentsScalar } from '../../kit';

@InputType({ description: 'A quote for a request the caller’s business was invited to.' })
export class SubmitQuoteInput {
  @Field(() => ID, { description: 'The invitation (from `Business.procurementInvitations`).' })
  invitationId!: string;

  @Field(() => EuroCentsScalar, { description: 'The price, excluding VAT, in cents.' })
  amount!: number;

  @Field(() => String, {
    defaultValue: '',
    description: 'Explanation for the buyer, at most 5,000 characters.',
  })
  @MaxLength(5000)
  note!: string;
}

@InputType({ description: 'Awards an EVALUATING request to one of its quotes.' })
export class AwardProcurementRequestInput {
  @Field(() => ID, { description: 'The request.' })
  requestId!: string;

  @Field(() => ID, { description: 'The winning quote of that request.' })
  quoteId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why another quote than the lowest wins (motiveringsplicht): needed exactly then (REASON_REQUIRED); public.',
  })
  @IsOptional()
  @MaxLength(2000)
  rationale?: string | null;
}
