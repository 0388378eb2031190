import type { EntityManager } from 'typeorm';
import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  actorOf,
  findForUpdate,
  forbidden,
  fromGlobalId,
  hashSecret,
  hasRole,
  lockRow,
  newSecret,
  normalizePostcode,
  paginate,
  Role,
  SortDirection,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { admitBusiness, assertManagesAssociation, inputMunicipality, startMembership } from '../core';
import { addProfileOfApprovedBusiness, unknownCpvCodes } from '../procurement';
import { ApplicationStatus, BusinessApplication } from './application.entity';
import type {
  ApplyAsBusinessInput,
  BusinessApplicationFilter,
  ConfirmBusinessApplicationInput,
  RejectBusinessApplicationInput,
} from './application.inputs';

const DAY_MS = 24 * 3600 * 1000;

/**
 * How long an application is kept without a confirmed e-mail address, which is also how long its link works:
 * a week covers a weekend and a holiday; after it nobody waits for it any more.
 */
export const UNCONFIRMED_DAYS = 7;
/** How long a rejected application is kept after the decision: a month to ask about the reason. */
export const REJECTED_DAYS = 30;

/**
 * Deletes unconfirmed applications older than UNCONFIRMED_DAYS and rejected ones decided more than
 * REJECTED_DAYS ago; the number deleted. Runs with every new application and every list of applications, so
 * no stale one is ever shown or kept for long without a scheduler.
 */
export async function deleteStaleApplications(em: EntityManager, now = new Date()): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .delete()
    .from(BusinessApplication)
    .where(`(status = :unconfirmed AND created_at < :unconfirmedBefore)`, {
      unconfirmed: ApplicationStatus.UNCONFIRMED,
      unconfirmedBefore: new Date(now.getTime() - UNCONFIRMED_DAYS * DAY_MS),
    })
    .orWhere(`(status = :rejected AND decided_at < :rejectedBefore)`, {
      rejected: ApplicationStatus.REJECTED,
      rejectedBefore: new Date(now.getTime() - REJECTED_DAYS * DAY_MS),
    })
    .execute();
  return result.affected ?? 0;
}

/** Admins decide on every application; a secretary on those naming their association. */
export function canDecide(ctx: Context, application: BusinessApplication): boolean {
  if (hasRole(ctx.viewer, Role.ADMIN)) return true;
  return (
    hasRole(ctx.viewer, Role.SECRETARY) &&
    application.associationId !== null &&
    ctx.viewer.associationId === application.associationId
  );
}

/** A member of the business that already holds the application's KvK number (who must confirm it). */
export function isOwner(ctx: Context, application: BusinessApplication): boolean {
  return hasRole(ctx.viewer, Role.MEMBER) && ctx.viewer.kvkNumber === application.kvkNumber;
}

export const canSeeApplication = (ctx: Context, application: BusinessApplication) =>
  canDecide(ctx, application) || isOwner(ctx, application);

export async function findApplication(ctx: Context, id: string): Promise<BusinessApplication | null> {
  const application = await ctx.loaders.applications.applicationById.load(id);
  return application && canSeeApplication(ctx, application) ? application : null;
}

/**
 * The applications the caller may see, newest first: all for admins, those naming their association for a
 * secretary, those for their own KvK number for a member; stale ones are deleted first.
 */
export async function listApplications(
  ctx: Context,
  filter: BusinessApplicationFilter = {},
  args: ConnectionArgs,
): Promise<Connection<BusinessApplication>> {
  await deleteStaleApplications(ctx.em);
  const query = ctx.em.createQueryBuilder(BusinessApplication, 'application');
  if (!hasRole(ctx.viewer, Role.ADMIN)) {
    const scopes: string[] = [];
    if (hasRole(ctx.viewer, Role.SECRETARY) && ctx.viewer.associationId) {
      scopes.push('application.associationId = :associationId');
    }
    if (hasRole(ctx.viewer, Role.MEMBER) && ctx.viewer.kvkNumber) scopes.push('application.kvkNumber = :kvk');
    if (scopes.length === 0) throw forbidden('Only admins, secretaries and members see applications');
    query.andWhere(`(${scopes.join(' OR ')})`, {
      associationId: ctx.viewer.associationId,
      kvk: ctx.viewer.kvkNumber,
    });
  }
  if (filter.status) query.andWhere('application.status = :status', { status: filter.status });
  return paginate(query, args, {
    column: 'application.createdAt',
    type: 'timestamp',
    direction: SortDirection.DESC,
    value: (application) => application.createdAt,
  });
}

/** What the confirmation mail carries: the link with the token (the only place the token is ever kept). */
export interface ConfirmationRequest {
  application: BusinessApplication;
  link: string;
}

/**
 * An anonymous application. Its contact gets a link to confirm the e-mail address; the payload says only that
 * it was received (an anonymous caller learns nothing about the register from it, not even whether the KvK
 * number is in it). `sendConfirmation` hands the link to the mail path.
 */
export function applyAsBusiness(
  ctx: Context,
  input: ApplyAsBusinessInput,
  sendConfirmation: (tx: Context, request: ConfirmationRequest) => Promise<void>,
) {
  return withTransaction(ctx, async (tx) => {
    await tx.limits?.application(tx);
    const errors: UserError[] = [];
    const municipality = await inputMunicipality(tx, input.municipality, errors);
    let associationId: string | null = null;
    if (input.association) {
      associationId = fromGlobalId(input.association, 'Association').id;
      if (!(await tx.loaders.core.associationById.load(associationId))) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such association', ['input', 'association']));
      }
    }
    for (const { code, index } of await unknownCpvCodes(tx, input.cpvCodes)) {
      errors.push(
        userError(UserErrorCode.NOT_FOUND, `No CPV category has code ${code}`, [
          'input',
          'cpvCodes',
          String(index),
        ]),
      );
    }
    const served: string[] = [];
    for (const [index, cbsCode] of input.municipalitiesServed.entries()) {
      const found = await inputMunicipality(tx, cbsCode, errors, [
        'input',
        'municipalitiesServed',
        String(index),
      ]);
      if (found && found.id !== municipality?.id) served.push(found.id);
    }
    if (errors.length > 0 || !municipality) return { received: false, userErrors: errors };
    await deleteStaleApplications(tx.em);
    const token = newSecret();
    const application = await tx.em.save(
      tx.em.create(BusinessApplication, {
        status: ApplicationStatus.UNCONFIRMED,
        kvkNumber: input.kvkNumber,
        name: input.name.trim(),
        street: input.street.trim(),
        houseNumber: input.houseNumber.trim(),
        postcode: normalizePostcode(input.postcode),
        city: input.city.trim(),
        municipalityId: municipality.id,
        contactName: input.contactName.trim(),
        contactEmail: input.contactEmail.trim().toLowerCase(),
        description: input.description.trim(),
        cpvCodes: [...new Set(input.cpvCodes.map((code) => code.slice(0, 8)))],
        municipalityIdsServed: [...new Set(served)],
        associationId,
        confirmationTokenHash: hashSecret(token),
      }),
    );
    const link = `${tx.baseUrl}/applications/confirm?token=${encodeURIComponent(token)}`;
    await sendConfirmation(tx, { application, link });
    return { received: true, userErrors: [] };
  });
}

const problem = (code: UserErrorCode, message: string, field: string[] = ['input', 'id']) => ({
  application: null,
  userErrors: [userError(code, message, field)],
});

/**
 * The contact followed the link: the application waits for a decision. A link older than UNCONFIRMED_DAYS,
 * used before, or unknown is one NOT_FOUND (nothing tells them apart).
 */
export function confirmApplication(ctx: Context, input: ConfirmBusinessApplicationInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const application = await lockRow(tx, BusinessApplication, {
      confirmationTokenHash: hashSecret(input.token),
    });
    const expired =
      !application ||
      application.status !== ApplicationStatus.UNCONFIRMED ||
      now.getTime() - application.createdAt.getTime() > UNCONFIRMED_DAYS * DAY_MS;
    if (expired) {
      return problem(UserErrorCode.NOT_FOUND, 'Unknown or expired confirmation link', ['input', 'token']);
    }
    const waiting = await tx.em.existsBy(BusinessApplication, {
      kvkNumber: application.kvkNumber,
      status: ApplicationStatus.PENDING,
    });
    if (waiting) {
      return problem(
        UserErrorCode.TAKEN,
        'An application for this KvK number is already waiting for a decision',
        ['input', 'token'],
      );
    }
    application.status = ApplicationStatus.PENDING;
    application.confirmedAt = now;
    application.confirmationTokenHash = null;
    return { application: await tx.em.save(application), userErrors: [] };
  });
}

/** Locks an application for a decision: NOT_FOUND for those who may not see it, FORBIDDEN for the owner. */
async function forDecision(tx: Context, id: string) {
  const application = await findForUpdate(tx, BusinessApplication, id);
  if (!application || !canSeeApplication(tx, application)) return null;
  if (!canDecide(tx, application)) {
    throw forbidden('Only admins and the named association’s secretary decide on an application');
  }
  if (application.associationId) assertManagesAssociation(tx, application.associationId);
  return application;
}

/** The member of the existing business of the KvK number agrees that the application is theirs. */
export function confirmApplicationAsOwner(ctx: Context, id: string, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const application = await findForUpdate(tx, BusinessApplication, id);
    if (!application || !isOwner(tx, application))
      return problem(UserErrorCode.NOT_FOUND, 'No such application');
    if (![ApplicationStatus.UNCONFIRMED, ApplicationStatus.PENDING].includes(application.status)) {
      return problem(UserErrorCode.INVALID_TRANSITION, `The application is ${application.status}`);
    }
    application.ownerConfirmedAt = now;
    return { application: await tx.em.save(application), userErrors: [] };
  });
}

/**
 * Approves a confirmed application: the business (the existing one of its KvK number, which must have
 * confirmed the application, or a new one registered on the approval day), its membership of the named
 * association from the approval day, and a supplier profile when it has none. Figures count the firm from
 * that day.
 */
export function approveApplication(
  ctx: Context,
  id: string,
  sendDecision: (tx: Context, application: BusinessApplication) => Promise<void>,
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const application = await forDecision(tx, id);
    if (!application) return problem(UserErrorCode.NOT_FOUND, 'No such application');
    if (application.status === ApplicationStatus.UNCONFIRMED) {
      return problem(UserErrorCode.NOT_ALLOWED, 'The contact has not confirmed the e-mail address yet');
    }
    if (application.status !== ApplicationStatus.PENDING) {
      return problem(UserErrorCode.INVALID_TRANSITION, `The application is ${application.status}`);
    }
    const today = todayInAmsterdam(now);
    const { business, created } = await admitBusiness(tx, {
      kvkNumber: application.kvkNumber,
      name: application.name,
      street: application.street,
      houseNumber: application.houseNumber,
      postcode: application.postcode,
      city: application.city,
      municipalityId: application.municipalityId,
      registeredOn: today,
    });
    if (!created && !application.ownerConfirmedAt) {
      return problem(
        UserErrorCode.NOT_ALLOWED,
        'The KvK number is in the register: a member of that business must confirm the application first',
      );
    }
    if (application.associationId) {
      const { userErrors } = await startMembership(tx, business.id, application.associationId, today);
      if (userErrors.length > 0) {
        return problem(UserErrorCode.NOT_ALLOWED, 'The business is already a member of the association');
      }
    }
    if (application.cpvCodes.length > 0 || application.description !== '') {
      await addProfileOfApprovedBusiness(tx, business.id, {
        description: application.description,
        cpvCodes: application.cpvCodes,
        municipalityIdsServed: application.municipalityIdsServed,
        contactName: application.contactName,
        contactEmail: application.contactEmail,
      });
    }
    const actor = actorOf(tx.viewer);
    Object.assign(application, {
      status: ApplicationStatus.APPROVED,
      decidedAt: now,
      approvedOn: today,
      decidedBySubject: actor.subject,
      decidedByName: actor.name,
      businessId: business.id,
    });
    const saved = await tx.em.save(application);
    await sendDecision(tx, saved);
    return { application: saved, userErrors: [] };
  });
}

/** Rejects an application with a reason; a confirmed contact is told (an unconfirmed address gets no mail). */
export function rejectApplication(
  ctx: Context,
  input: RejectBusinessApplicationInput,
  sendDecision: (tx: Context, application: BusinessApplication) => Promise<void>,
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const application = await forDecision(tx, input.id);
    if (!application) return problem(UserErrorCode.NOT_FOUND, 'No such application');
    if (![ApplicationStatus.UNCONFIRMED, ApplicationStatus.PENDING].includes(application.status)) {
      return problem(UserErrorCode.INVALID_TRANSITION, `The application is ${application.status}`);
    }
    const actor = actorOf(tx.viewer);
    const wasConfirmed = application.status === ApplicationStatus.PENDING;
    Object.assign(application, {
      status: ApplicationStatus.REJECTED,
      decidedAt: now,
      decidedBySubject: actor.subject,
      decidedByName: actor.name,
      rejectionReason: input.reason.trim(),
      confirmationTokenHash: null,
    });
    const saved = await tx.em.save(application);
    if (wasConfirmed) await sendDecision(tx, saved);
    return { application: saved, userErrors: [] };
  });
}
