import type { MiddlewareFn } from 'type-graphql';
import { UseMiddleware } from 'type-graphql';
import type { Context } from '../../kit';
import { assertAllowed, hasRole, Role } from '../../kit';

/** Who may read who a candidate is: coaches (one pool) and admins. Nobody else, API keys included. */
export const CANDIDATE_READERS = [Role.COACH, Role.ADMIN] as const;

/** The candidate a guarded value belongs to: the candidate itself, or a row (or profile) that names it. */
function candidateIdOf(root: unknown): string | null {
  const row = root as { constructor?: { name?: string }; id?: string; candidateId?: string } | null;
  if (!row) return null;
  if (row.constructor?.name === 'Candidate') return row.id ?? null;
  return row.candidateId ?? null;
}

/**
 * Coaches work as one pool, so each of their reads is recorded (candidate, subject, time: nothing else),
 * once per candidate per request. Admins' reads are not.
 */
const logCoachRead: MiddlewareFn<Context> = async ({ context, root }, next) => {
  const candidateId = candidateIdOf(root);
  if (candidateId && hasRole(context.viewer, Role.COACH) && !hasRole(context.viewer, Role.ADMIN)) {
    await context.loaders.socialEnterprise.recordCandidateRead.load(candidateId);
  }
  return next();
};

const guard: MiddlewareFn<Context> = async ({ context }, next) => {
  assertAllowed(context.viewer, CANDIDATE_READERS);
  return next();
};

/**
 * Marks a field that tells who a candidate is (or holds their free text): it refuses every caller but
 * coaches and admins on the field itself, whatever path led there, and logs coaches' reads. The queries
 * that reach candidates are guarded too; this is the second lock, and the one a new field must carry.
 */
export const Identifying = (): MethodDecorator & PropertyDecorator => UseMiddleware(guard, logCoachRead);

/**
 * Marks a field of the pseudonymous profile an employer sees (`CandidateProfile`): open to whoever sees the
 * placement, but a coach's read is logged like a read of an identifying field, whatever path led there.
 */
export const CoachReadLogged = (): MethodDecorator & PropertyDecorator => UseMiddleware(logCoachRead);
