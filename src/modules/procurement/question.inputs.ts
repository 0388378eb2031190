import { Length } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'An invitee’s question about a request, before its question deadline.' })
export class AskProcurementQuestionInput {
  @Field(() => ID, { description: 'The request the caller’s business was invited to.' })
  requestId!: string;

  @Field(() => String, { description: 'The question, 3 to 2,000 characters.' })
  @Length(3, 2000)
  question!: string;
}

@InputType({ description: 'The buyer’s answer to a question, published to every invitee.' })
export class AnswerProcurementQuestionInput {
  @Field(() => ID, { description: 'The question.' })
  questionId!: string;

  @Field(() => String, { description: 'The answer, 3 to 5,000 characters.' })
  @Length(3, 5000)
  answer!: string;
}
