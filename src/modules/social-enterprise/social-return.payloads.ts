import { Field, ID, ObjectType } from 'type-graphql';
import { EuroCentsScalar, UserError } from '../../kit';
import { SocialReturnCredit } from './social-return.entity';

@ObjectType({ description: 'The result of `creditSocialReturn`.' })
export class CreditSocialReturnPayload {
  @Field(() => SocialReturnCredit, { nullable: true, description: 'The credit; null on errors.' })
  credit!: SocialReturnCredit | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'How far an award’s social-return obligation is met.' })
export class SocialReturnStatus {
  @Field(() => ID, { description: 'The award.' })
  awardId!: string;

  @Field(() => EuroCentsScalar, { description: 'Social return owed: the award’s percentage of its value.' })
  obligated!: number;

  @Field(() => EuroCentsScalar, {
    description: 'Value of the placements credited so far (never more than obligated; see `surplus`).',
  })
  credited!: number;

  @Field(() => EuroCentsScalar, { description: 'The part of `credited` the buyer has confirmed.' })
  confirmed!: number;

  @Field(() => EuroCentsScalar, {
    description: 'The part of `credited` that awaits the buyer’s confirmation.',
  })
  awaitingConfirmation!: number;

  @Field(() => EuroCentsScalar, {
    description: 'Value of credited placements beyond the obligation: recorded, not counted.',
  })
  surplus!: number;

  @Field(() => EuroCentsScalar, { description: 'What is still owed (never below zero).' })
  remaining!: number;

  @Field(() => [SocialReturnCredit], {
    nullable: true,
    description:
      'The credits, oldest first: coaches and admins only; null for the buyers and the supplier, who get the ' +
      'totals (one credit’s value against the public rates would tell a placed candidate’s target group).',
  })
  credits!: SocialReturnCredit[] | null;
}

@ObjectType({ description: 'The result of `confirmSocialReturnCredits`.' })
export class ConfirmSocialReturnCreditsPayload {
  @Field(() => SocialReturnStatus, {
    nullable: true,
    description: 'The award’s status after; null on errors.',
  })
  status!: SocialReturnStatus | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
