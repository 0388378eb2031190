import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../kit';
import { Award } from './award.entity';
import { Quote } from './quote.entity';

@ObjectType({ description: 'The result of `submitQuote`.' })
export class SubmitQuotePayload {
  @Field(() => Quote, { nullable: true, description: 'The quote as submitted; null on errors.' })
  quote!: Quote | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `awardProcurementRequest`.' })
export class AwardProcurementRequestPayload {
  @Field(() => Award, { nullable: true, description: 'The award; null on errors.' })
  award!: Award | null;

  @Field(() => [UserError], { description: 'Why nothing changed; empty on success.' })
  userErrors!: UserError[];
}
