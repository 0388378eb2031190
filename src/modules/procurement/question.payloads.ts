import { Field, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { ProcurementQuestion } from './question.entity';

@ObjectType()
abstract class ProcurementQuestionResult {
  @Field(() => ProcurementQuestion, {
    nullable: true,
    description: 'The question as it is now; null on errors.',
  })
  question!: ProcurementQuestion | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The result of `askProcurementQuestion`.' })
export class AskProcurementQuestionPayload extends ProcurementQuestionResult {}

@ObjectType({ description: 'The result of `answerProcurementQuestion`.' })
export class AnswerProcurementQuestionPayload extends ProcurementQuestionResult {}
