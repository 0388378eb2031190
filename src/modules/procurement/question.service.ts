import type { Context } from '../../kit';
import {
  actorOf,
  findForUpdate,
  fromGlobalId,
  notify,
  lockRow,
  toGlobalId,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { viewerBusinessId } from '../core';
import { InvitationOutcome } from './invitation.entity';
import { ProcurementRequest, ProcurementRequestStatus } from './procurement-request.entity';
import { isBuyer, lockRequestForBuyer } from './procurement-request.service';
import { answerPublished } from './procurement.notifications';
import { ProcurementQuestion } from './question.entity';

/** The caller's supplier profile when its business was invited to quote for the request; null otherwise. */
async function invitedProfileId(ctx: Context, requestId: string): Promise<string | null> {
  const businessId = await viewerBusinessId(ctx);
  if (!businessId) return null;
  const profile = await ctx.loaders.procurement.profileByBusinessId.load(businessId);
  if (!profile) return null;
  const invitations = await ctx.loaders.procurement.invitationsByRequestId.load(requestId);
  return invitations.some((i) => i.outcome === InvitationOutcome.INVITED && i.profileId === profile.id)
    ? profile.id
    : null;
}

/** Until when a request takes questions: its question deadline, or else its deadline. */
export const questionsCloseAt = (request: ProcurementRequest): Date =>
  request.questionDeadline ?? request.deadline;

/**
 * The questions of a request, oldest first: every one for its buyers; for an invitee the answered ones (the
 * nota van inlichtingen, the same for every invitee) and its own open ones; nothing for anyone else.
 */
export async function questionsOf(ctx: Context, request: ProcurementRequest): Promise<ProcurementQuestion[]> {
  const questions = await ctx.loaders.procurement.questionsByRequestId.load(request.id);
  if (await isBuyer(ctx, request)) return questions;
  const own = await invitedProfileId(ctx, request.id);
  if (!own) return [];
  return questions.filter((q) => q.answeredAt != null || q.profileId === own);
}

/** Whether the viewer's business asked the question (the only trace of who asked that anyone sees). */
export async function askedByViewer(ctx: Context, question: ProcurementQuestion): Promise<boolean> {
  const businessId = await viewerBusinessId(ctx);
  if (!businessId) return false;
  return (await ctx.loaders.procurement.profileByBusinessId.load(businessId))?.id === question.profileId;
}

/** A question visible to the caller (see `questionsOf`), for `node(id:)`; null otherwise. */
export async function findQuestion(ctx: Context, id: string): Promise<ProcurementQuestion | null> {
  const question = await ctx.loaders.procurement.questionById.load(id);
  if (!question) return null;
  const request = await ctx.loaders.procurement.requestById.load(question.requestId);
  if (!request) return null;
  return (await questionsOf(ctx, request)).some((q) => q.id === id) ? question : null;
}

/**
 * A member of an invited business asks a question while the request is INVITING and its question deadline
 * has not passed. The request row is share-locked, as for a quote.
 */
export function askQuestion(ctx: Context, input: { requestId: string; question: string }, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const field = ['input', 'requestId'];
    const { id: requestId } = fromGlobalId(input.requestId, 'ProcurementRequest');
    const profileId = await invitedProfileId(tx, requestId);
    const request = profileId ? await lockRow(tx, ProcurementRequest, { id: requestId }, 'share') : null;
    if (!profileId || !request) {
      return {
        question: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such request for your business', field)],
      };
    }
    if (request.status !== ProcurementRequestStatus.INVITING) {
      return {
        question: null,
        userErrors: [
          userError(
            UserErrorCode.INVALID_TRANSITION,
            `The request is ${request.status}: questions are closed`,
            field,
          ),
        ],
      };
    }
    const closes = questionsCloseAt(request);
    if (now.getTime() > closes.getTime()) {
      return {
        question: null,
        userErrors: [
          userError(UserErrorCode.DEADLINE_PASSED, `Questions were due by ${closes.toISOString()}`, field),
        ],
      };
    }
    const { identifiers } = await tx.em.insert(ProcurementQuestion, {
      requestId,
      profileId,
      question: input.question.trim(),
      askedAt: now,
      askedBySubject: actorOf(tx.viewer).subject,
    });
    const question = await tx.em.findOneByOrFail(ProcurementQuestion, { id: identifiers[0].id as string });
    return { question, userErrors: [] };
  });
}

/**
 * A buyer answers a question while the request is INVITING and its deadline has not passed; the answer is
 * published at once to every invitee (without who asked). An answer is final: a correction is a new answer
 * to a new question, so every invitee reads the same nota.
 */
export function answerQuestion(
  ctx: Context,
  input: { questionId: string; answer: string },
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const field = ['input', 'questionId'];
    const notFound = {
      question: null,
      userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such question', field)],
    };
    const question = await findForUpdate(tx, ProcurementQuestion, input.questionId);
    if (!question) return notFound;
    const request = await lockRequestForBuyer(tx, toGlobalId('ProcurementRequest', question.requestId));
    if (!request) return notFound;
    const refuse = (code: UserErrorCode, message: string) => ({
      question: null,
      userErrors: [userError(code, message, field)],
    });
    if (question.answeredAt)
      return refuse(UserErrorCode.INVALID_TRANSITION, 'The question is already answered');
    if (request.status !== ProcurementRequestStatus.INVITING) {
      return refuse(UserErrorCode.INVALID_TRANSITION, `The request is ${request.status}: answers are closed`);
    }
    if (now.getTime() > request.deadline.getTime()) {
      return refuse(UserErrorCode.DEADLINE_PASSED, 'The deadline has passed: answers would come too late');
    }
    const actor = actorOf(tx.viewer);
    question.answer = input.answer.trim();
    question.answeredAt = now;
    question.answeredBySubject = actor.subject;
    question.answeredByName = actor.name;
    const saved = await tx.em.save(question);
    await notify(tx, answerPublished, question.id, { questionId: question.id });
    return { question: saved, userErrors: [] };
  });
}
