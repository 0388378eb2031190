import { IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { EuroCentsScalar } from '../../kit';

@InputType({ description: 'Credits a placement to an award’s social-return obligation.' })
export class CreditSocialReturnInput {
  @Field(() => ID, { description: 'The award (procurement).' })
  awardId!: string;

  @Field(() => ID, {
    description: 'A PLACED or COMPLETED placement on an opportunity of the awarded supplier.',
  })
  placementId!: string;

  @Field(() => Int, { description: 'Duration of the placement in months, 1 to 120.' })
  @IsInt()
  @Min(1)
  @Max(120)
  months!: number;
}

@InputType({ description: 'The buyer confirms the credits of an award that await confirmation.' })
export class ConfirmSocialReturnCreditsInput {
  @Field(() => ID, { description: 'The award (procurement) of the caller’s municipality.' })
  awardId!: string;

  @Field(() => EuroCentsScalar, {
    description:
      '`SocialReturnStatus.awaitingConfirmation` as the buyer checked it; a different amount confirms nothing.',
  })
  awaitingConfirmation!: number;
}
