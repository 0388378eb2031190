import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Role } from '../../kit';
import { nameForBuyers } from './procurement-request.service';
import { ProcurementQuestion } from './question.entity';
import { AnswerProcurementQuestionInput, AskProcurementQuestionInput } from './question.inputs';
import { AnswerProcurementQuestionPayload, AskProcurementQuestionPayload } from './question.payloads';
import { answerQuestion, askedByViewer, askQuestion } from './question.service';

@Resolver(() => ProcurementQuestion)
export class ProcurementQuestionResolver {
  @Authorized(Role.MEMBER)
  @Mutation(() => AskProcurementQuestionPayload, {
    description:
      'A member of an invited business asks about a request until its question deadline; who asked is never shown.',
  })
  askProcurementQuestion(
    @Ctx() ctx: Context,
    @Arg('input', () => AskProcurementQuestionInput, { description: 'The request and the question.' })
    input: AskProcurementQuestionInput,
  ) {
    return askQuestion(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.CIVIL_SERVANT)
  @Mutation(() => AnswerProcurementQuestionPayload, {
    description:
      'Answers a question before the deadline; the answer is published to every invitee at once. Buyers of the request.',
  })
  answerProcurementQuestion(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerProcurementQuestionInput, { description: 'The question and the answer.' })
    input: AnswerProcurementQuestionInput,
  ) {
    return answerQuestion(ctx, input);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether your business asked it: the only trace of who asked that anyone sees.',
  })
  askedByYou(@Ctx() ctx: Context, @Root() question: ProcurementQuestion) {
    return askedByViewer(ctx, question);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The civil servant who answered (name from their token): for admins and civil servants of the buying ' +
      'municipality; null for everyone else.',
  })
  answeredByName(@Ctx() ctx: Context, @Root() question: ProcurementQuestion) {
    return nameForBuyers(ctx, question.requestId, question.answeredByName);
  }
}
