import type { Connection, ConnectionArgs, Context, UserError } from '../../kit';
import {
  actorOf,
  cpvDigits,
  findForUpdate,
  forbidden,
  hasRole,
  notify,
  paginate,
  Role,
  SortDirection,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { viewerBusinessId, viewerMunicipalityId } from '../core';
import { InvitationOutcome } from './invitation.entity';
import { ProcurementRequest, ProcurementRequestStatus } from './procurement-request.entity';
import { ProcurementLogEntry, ProcurementStep } from './procurement-request.payloads';
import { requestOutcome } from './procurement.notifications';
import type {
  CancelProcurementRequestInput,
  CloseProcurementRequestInput,
  CreateProcurementRequestInput,
  ProcurementRequestFilter,
  UpdateProcurementRequestInput,
} from './procurement-request.inputs';
import type { ProcurementKind } from './cpv-category.entity';
import { PROCEDURE_WEIGHT, ProcurementProcedure } from './threshold.entity';
import { decideProcedure, procurementKindOf } from './threshold.service';

/** The steps a request may take; anything else is INVALID_TRANSITION. */
const NEXT: Record<ProcurementRequestStatus, ProcurementRequestStatus[]> = {
  DRAFT: [ProcurementRequestStatus.INVITING, ProcurementRequestStatus.CANCELLED],
  INVITING: [ProcurementRequestStatus.EVALUATING, ProcurementRequestStatus.CANCELLED],
  EVALUATING: [ProcurementRequestStatus.AWARDED, ProcurementRequestStatus.CANCELLED],
  AWARDED: [],
  CANCELLED: [],
};

/** A user error when `request` may not move to `to`; null when it may. */
export function transitionError(request: ProcurementRequest, to: ProcurementRequestStatus): UserError | null {
  if (NEXT[request.status].includes(to)) return null;
  return userError(
    UserErrorCode.INVALID_TRANSITION,
    `A request that is ${request.status} cannot become ${to}`,
    ['input', 'id'],
  );
}

/** Buyers of a request: admins, and civil servants of its municipality. */
export async function isBuyer(ctx: Context, request: ProcurementRequest): Promise<boolean> {
  if (hasRole(ctx.viewer, Role.ADMIN)) return true;
  return request.municipalityId === (await viewerMunicipalityId(ctx));
}

/**
 * A civil servant's name on a request or on what hangs off it (its maker, who decided an invitation, who
 * awarded): personal data, for the request's buyers only; null for everyone else, also for the invited
 * suppliers who see the request itself.
 */
export async function nameForBuyers(
  ctx: Context,
  requestOrId: ProcurementRequest | string,
  name: string | null,
): Promise<string | null> {
  const request =
    typeof requestOrId === 'string'
      ? await ctx.loaders.procurement.requestById.load(requestOrId)
      : requestOrId;
  return request && (await isBuyer(ctx, request)) ? name : null;
}

/**
 * Who sees a request: its buyers (admins, civil servants of its municipality), and members of a business
 * that was invited to quote for it. Nobody else, also not through `node(id:)`.
 */
export async function canSeeRequest(ctx: Context, request: ProcurementRequest): Promise<boolean> {
  if (await isBuyer(ctx, request)) return true;
  const businessId = await viewerBusinessId(ctx);
  if (!businessId) return false;
  const invitations = await ctx.loaders.procurement.invitationsByRequestId.load(request.id);
  if (invitations.length === 0) return false;
  const profile = await ctx.loaders.procurement.profileByBusinessId.load(businessId);
  return invitations.some((i) => i.outcome === InvitationOutcome.INVITED && i.profileId === profile?.id);
}

export async function findRequest(ctx: Context, id: string): Promise<ProcurementRequest | null> {
  const request = await ctx.loaders.procurement.requestById.load(id);
  return request && (await canSeeRequest(ctx, request)) ? request : null;
}

/** Requests of the caller's municipality (civil servants) or of all municipalities (admins), newest first. */
export async function listRequests(
  ctx: Context,
  filter: ProcurementRequestFilter = {},
  args: ConnectionArgs,
): Promise<Connection<ProcurementRequest>> {
  const query = ctx.em.createQueryBuilder(ProcurementRequest, 'request');
  if (!hasRole(ctx.viewer, Role.ADMIN)) {
    query.andWhere('request.municipalityId = :own', { own: await viewerMunicipalityId(ctx) });
  }
  if (filter.municipality) {
    const municipality = await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality);
    query.andWhere('request.municipalityId = :municipalityId', { municipalityId: municipality?.id ?? null });
  }
  if (filter.status) query.andWhere('request.status = :status', { status: filter.status });
  return paginate(query, args, {
    column: 'request.createdAt',
    type: 'timestamp',
    direction: SortDirection.DESC,
    value: (request) => request.createdAt,
  });
}

export interface NewRequest extends CreateProcurementRequestInput {
  source?: string | null;
}

/**
 * The checks a request's content shares between creating and changing it: the CPV code exists, the deadline
 * lies in the future, and the procedure is at least the one the thresholds in force on `now` require for
 * the value (a heavier one needs a reason, and only a heavier one keeps one). Returns the kind, the
 * required procedure and the reason to keep, or the user errors.
 */
async function checkRequestContent(
  tx: Context,
  municipalityCode: string,
  content: {
    cpvCode: string;
    estimatedValue: number;
    deadline: Date;
    questionDeadline?: Date | null;
    procedure: ProcurementProcedure | null;
    procedureReason: string | null;
    /** A heavier procedure chosen before (changes): kept, with its reason, while it is heavier than required. */
    keptProcedure?: ProcurementProcedure | null;
    keptReason?: string | null;
  },
  now: Date,
): Promise<
  | { userErrors: UserError[] }
  | {
      userErrors: [];
      kind: ProcurementKind;
      procedure: ProcurementProcedure;
      requiredProcedure: ProcurementProcedure;
      procedureReason: string | null;
    }
> {
  const errors: UserError[] = [];
  const cpv = await tx.loaders.procurement.cpvByCode.load(content.cpvCode);
  if (!cpv)
    errors.push(
      userError(UserErrorCode.NOT_FOUND, `No CPV category has code ${content.cpvCode}`, ['input', 'cpvCode']),
    );
  if (content.deadline.getTime() <= now.getTime()) {
    errors.push(
      userError(UserErrorCode.INVALID, 'The deadline must lie in the future', ['input', 'deadline']),
    );
  }
  if (content.questionDeadline && content.questionDeadline.getTime() > content.deadline.getTime()) {
    errors.push(
      userError(UserErrorCode.INVALID, 'Questions must close no later than the deadline', [
        'input',
        'questionDeadline',
      ]),
    );
  }
  if (!cpv || errors.length > 0) return { userErrors: errors };
  const kind = procurementKindOf(cpv);
  const decision = await decideProcedure(
    tx,
    municipalityCode,
    kind,
    content.estimatedValue,
    todayInAmsterdam(now),
  );
  const keep =
    content.keptProcedure != null &&
    PROCEDURE_WEIGHT[content.keptProcedure] > PROCEDURE_WEIGHT[decision.procedure];
  const procedure = content.procedure ?? (keep ? content.keptProcedure! : decision.procedure);
  const heavier = PROCEDURE_WEIGHT[procedure] > PROCEDURE_WEIGHT[decision.procedure];
  const reason = content.procedureReason ?? (heavier ? (content.keptReason ?? null) : null);
  if (PROCEDURE_WEIGHT[procedure] < PROCEDURE_WEIGHT[decision.procedure]) {
    errors.push(
      userError(UserErrorCode.PROCEDURE_TOO_LIGHT, `${procedure} is too light: ${decision.explanation}`, [
        'input',
        'procedure',
      ]),
    );
  } else if (heavier && !reason) {
    errors.push(
      userError(
        UserErrorCode.INVALID,
        `Give the reason for ${procedure} where ${decision.procedure} is required`,
        ['input', 'procedureReason'],
      ),
    );
  } else if (!heavier && content.procedureReason) {
    errors.push(
      userError(UserErrorCode.INVALID, 'A reason is only kept for a heavier procedure than required', [
        'input',
        'procedureReason',
      ]),
    );
  }
  if (errors.length > 0) return { userErrors: errors };
  return {
    userErrors: [],
    kind,
    procedure,
    requiredProcedure: decision.procedure,
    procedureReason: heavier ? reason!.trim() : null,
  };
}

/**
 * Inserts a DRAFT request for a municipality after checking the input; the procedure follows from the
 * thresholds in force today. A lighter procedure than required is PROCEDURE_TOO_LIGHT; a heavier one
 * needs a reason. Returns the request, or the user errors (and inserts nothing).
 */
export async function insertRequest(
  tx: Context,
  municipalityId: string,
  municipalityCode: string,
  input: NewRequest,
  now = new Date(),
): Promise<{ procurementRequest: ProcurementRequest | null; userErrors: UserError[] }> {
  const cpvCode = cpvDigits(input.cpvCode);
  const checked = await checkRequestContent(
    tx,
    municipalityCode,
    {
      cpvCode,
      estimatedValue: input.estimatedValue,
      deadline: input.deadline,
      questionDeadline: input.questionDeadline ?? null,
      procedure: input.procedure ?? null,
      procedureReason: input.procedureReason ?? null,
    },
    now,
  );
  if (!('kind' in checked)) return { procurementRequest: null, userErrors: checked.userErrors };
  const actor = actorOf(tx.viewer);
  const { identifiers } = await tx.em.insert(ProcurementRequest, {
    municipalityId,
    title: input.title.trim(),
    description: input.description,
    cpvCode,
    kind: checked.kind,
    estimatedValue: input.estimatedValue,
    deadline: input.deadline,
    questionDeadline: input.questionDeadline ?? null,
    socialReturnPercentage: input.socialReturnPercentage,
    procedure: checked.procedure,
    requiredProcedure: checked.requiredProcedure,
    procedureReason: checked.procedureReason,
    source: input.source ?? null,
    createdBySubject: actor.subject,
    createdByName: actor.name,
  });
  const id = identifiers[0].id as string;
  return { procurementRequest: await tx.em.findOneByOrFail(ProcurementRequest, { id }), userErrors: [] };
}

/** A civil servant's new request for their own municipality. */
export function createRequest(ctx: Context, input: NewRequest) {
  return withTransaction(ctx, async (tx) => {
    const municipalityId = await viewerMunicipalityId(tx);
    if (!municipalityId) throw forbidden('Only civil servants of a known municipality can create requests');
    return insertRequest(tx, municipalityId, tx.viewer.municipalityCode!, input);
  });
}

const requestNotFound = () => ({
  procurementRequest: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such procurement request', ['input', 'id'])],
});

/**
 * Locks the request for the rest of the transaction and checks that the caller is one of its buyers:
 * the start of every change to a request. Null (NOT_FOUND for the caller) when unknown or hidden.
 */
export async function lockRequestForBuyer(tx: Context, globalId: string): Promise<ProcurementRequest | null> {
  const request = await findForUpdate(tx, ProcurementRequest, globalId);
  if (!request || !(await canSeeRequest(tx, request))) return null;
  if (!(await isBuyer(tx, request)))
    throw forbidden('Only civil servants of the buying municipality can do this');
  return request;
}

/** A reason that is more than blanks, trimmed; null when none was given (or only blanks). */
export function givenReason(reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

const reasonRequired = (message: string, field: string[]) =>
  userError(UserErrorCode.REASON_REQUIRED, message, field);

/**
 * Stops quoting: INVITING → EVALUATING, recorded with who and when. Before the deadline this is an exception
 * that needs a reason (REASON_REQUIRED otherwise), kept on the request.
 */
export function closeRequest(ctx: Context, input: CloseProcurementRequestInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.id);
    if (!request) return requestNotFound();
    const error = transitionError(request, ProcurementRequestStatus.EVALUATING);
    if (error) return { procurementRequest: null, userErrors: [error] };
    const reason = givenReason(input.reason);
    if (now.getTime() <= request.deadline.getTime() && !reason) {
      return {
        procurementRequest: null,
        userErrors: [
          reasonRequired(
            `The deadline (${request.deadline.toISOString()}) has not passed: give the reason to close early`,
            ['input', 'reason'],
          ),
        ],
      };
    }
    const actor = actorOf(tx.viewer);
    request.status = ProcurementRequestStatus.EVALUATING;
    request.closedAt = now;
    request.closeReason = reason;
    request.closedBySubject = actor.subject;
    request.closedByName = actor.name;
    return { procurementRequest: await tx.em.save(request), userErrors: [] };
  });
}

export function cancelRequest(ctx: Context, input: CancelProcurementRequestInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.id);
    if (!request) return requestNotFound();
    const error = transitionError(request, ProcurementRequestStatus.CANCELLED);
    if (error) return { procurementRequest: null, userErrors: [error] };
    const reason = givenReason(input.reason);
    if (!reason) {
      return {
        procurementRequest: null,
        userErrors: [reasonRequired('Give the reason to cancel', ['input', 'reason'])],
      };
    }
    const actor = actorOf(tx.viewer);
    request.status = ProcurementRequestStatus.CANCELLED;
    request.cancelReason = reason;
    request.cancelledAt = now;
    request.cancelledBySubject = actor.subject;
    request.cancelledByName = actor.name;
    const saved = await tx.em.save(request);
    await notify(tx, requestOutcome, request.id, { requestId: request.id });
    return { procurementRequest: saved, userErrors: [] };
  });
}

/** Procedures whose quotes are opened by two civil servants: from the multiple-quote procedure up. */
export function needsFourEyes(procedure: ProcurementProcedure): boolean {
  return PROCEDURE_WEIGHT[procedure] >= PROCEDURE_WEIGHT[ProcurementProcedure.MULTIPLE_QUOTE];
}

/**
 * Whether the quotes' amounts and notes may be read by the buyers: opened after the deadline, and, from
 * the multiple-quote procedure up, the opening confirmed by a second civil servant. Until then only each
 * supplier reads its own quote.
 */
export function quotesUnsealed(
  request: Pick<ProcurementRequest, 'procedure' | 'quotesOpenedAt' | 'quotesOpeningConfirmedAt'>,
): boolean {
  if (!request.quotesOpenedAt) return false;
  return !needsFourEyes(request.procedure) || request.quotesOpeningConfirmedAt != null;
}

const OPENABLE = [ProcurementRequestStatus.INVITING, ProcurementRequestStatus.EVALUATING];

/**
 * A civil servant of the buying municipality opens the sealed quotes once the deadline has passed (never
 * before, also not after an early close), recorded with who and when. For a single quote that unseals
 * them; from the multiple-quote procedure up a second civil servant must confirm.
 */
export function openQuotes(ctx: Context, input: { requestId: string }, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.requestId);
    const field = ['input', 'requestId'];
    if (!request)
      return { ...requestNotFound(), userErrors: [{ ...requestNotFound().userErrors[0], field }] };
    if (!OPENABLE.includes(request.status) || request.quotesOpenedAt) {
      const message = request.quotesOpenedAt
        ? 'The quotes are already opened'
        : `The quotes of a request that is ${request.status} cannot be opened`;
      return {
        procurementRequest: null,
        userErrors: [userError(UserErrorCode.INVALID_TRANSITION, message, field)],
      };
    }
    if (now.getTime() <= request.deadline.getTime()) {
      return {
        procurementRequest: null,
        userErrors: [
          userError(
            UserErrorCode.QUOTES_SEALED,
            `The quotes stay sealed until the deadline (${request.deadline.toISOString()}) has passed`,
            field,
          ),
        ],
      };
    }
    const actor = actorOf(tx.viewer);
    request.quotesOpenedAt = now;
    request.quotesOpenedBySubject = actor.subject;
    request.quotesOpenedByName = actor.name;
    return { procurementRequest: await tx.em.save(request), userErrors: [] };
  });
}

/**
 * The four eyes: a second civil servant of the buying municipality, not the one who opened, confirms the
 * opening of a request of the multiple-quote procedure or heavier; then the buyers read the amounts.
 */
export function confirmQuoteOpening(ctx: Context, input: { requestId: string }, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.requestId);
    const field = ['input', 'requestId'];
    if (!request)
      return { ...requestNotFound(), userErrors: [{ ...requestNotFound().userErrors[0], field }] };
    const refuse = (code: UserErrorCode, message: string) => ({
      procurementRequest: null,
      userErrors: [userError(code, message, field)],
    });
    if (!request.quotesOpenedAt)
      return refuse(UserErrorCode.INVALID_TRANSITION, 'The quotes are not opened yet');
    if (!needsFourEyes(request.procedure)) {
      return refuse(UserErrorCode.INVALID_TRANSITION, 'A single-quote request needs no second civil servant');
    }
    if (request.quotesOpeningConfirmedAt) {
      return refuse(UserErrorCode.INVALID_TRANSITION, 'The opening is already confirmed');
    }
    const actor = actorOf(tx.viewer);
    // Without a subject nobody can tell the two apart: such a token cannot be the second pair of eyes.
    if (!actor.subject || actor.subject === request.quotesOpenedBySubject) {
      return refuse(
        UserErrorCode.SECOND_OFFICIAL_REQUIRED,
        'Another civil servant than the one who opened the quotes must confirm the opening',
      );
    }
    request.quotesOpeningConfirmedAt = now;
    request.quotesOpeningConfirmedBySubject = actor.subject;
    request.quotesOpeningConfirmedByName = actor.name;
    return { procurementRequest: await tx.em.save(request), userErrors: [] };
  });
}

/**
 * A buyer corrects a DRAFT: the fields given change, the others stay. The procedure is decided again
 * against the thresholds in force today: unless one is given, a request follows the new required
 * procedure, or keeps a heavier one chosen before (with its reason) while that is still heavier. Any other
 * status is INVALID_TRANSITION; nothing changes on errors.
 */
export function updateRequest(ctx: Context, input: UpdateProcurementRequestInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const request = await lockRequestForBuyer(tx, input.id);
    if (!request) return requestNotFound();
    if (request.status !== ProcurementRequestStatus.DRAFT) {
      return {
        procurementRequest: null,
        userErrors: [
          userError(
            UserErrorCode.INVALID_TRANSITION,
            `A request that is ${request.status} cannot be changed; only a DRAFT can`,
            ['input', 'id'],
          ),
        ],
      };
    }
    const municipality = await tx.loaders.core.municipalityById.load(request.municipalityId);
    const choseHeavier = request.procedure !== request.requiredProcedure;
    const checked = await checkRequestContent(
      tx,
      municipality!.cbsCode,
      {
        cpvCode: input.cpvCode != null ? cpvDigits(input.cpvCode) : request.cpvCode,
        estimatedValue: input.estimatedValue ?? request.estimatedValue,
        deadline: input.deadline ?? request.deadline,
        questionDeadline:
          input.questionDeadline === undefined ? request.questionDeadline : input.questionDeadline,
        procedure: input.procedure ?? null,
        procedureReason: input.procedureReason ?? null,
        keptProcedure: choseHeavier ? request.procedure : null,
        keptReason:
          input.procedureReason === undefined && (input.procedure ?? request.procedure) === request.procedure
            ? request.procedureReason
            : null,
      },
      now,
    );
    if (!('kind' in checked)) return { procurementRequest: null, userErrors: checked.userErrors };
    if (input.title != null) request.title = input.title.trim();
    if (input.description != null) request.description = input.description;
    if (input.cpvCode != null) request.cpvCode = cpvDigits(input.cpvCode);
    if (input.estimatedValue != null) request.estimatedValue = input.estimatedValue;
    if (input.deadline != null) request.deadline = input.deadline;
    if (input.questionDeadline !== undefined) request.questionDeadline = input.questionDeadline;
    if (input.socialReturnPercentage != null) request.socialReturnPercentage = input.socialReturnPercentage;
    request.kind = checked.kind;
    request.procedure = checked.procedure;
    request.requiredProcedure = checked.requiredProcedure;
    request.procedureReason = checked.procedureReason;
    return { procurementRequest: await tx.em.save(request), userErrors: [] };
  });
}

/**
 * The request's log: each step of the procedure with when, who (buyers only: names are personal data) and,
 * for the exceptions, the reason (closing early, an award to another quote than the lowest, cancelling).
 * Derived from what the request and its award record, oldest first.
 */
export async function requestLog(ctx: Context, request: ProcurementRequest): Promise<ProcurementLogEntry[]> {
  const buyer = await isBuyer(ctx, request);
  const entries: ProcurementLogEntry[] = [];
  const add = (step: ProcurementStep, at: Date | null, name: string | null, reason: string | null = null) => {
    if (at) entries.push({ step, at, byName: buyer ? name : null, reason });
  };
  add(ProcurementStep.CREATED, request.createdAt, request.createdByName);
  const invited = (await ctx.loaders.procurement.invitationsByRequestId.load(request.id)).filter(
    (i) => i.outcome === InvitationOutcome.INVITED,
  );
  const first = invited.reduce<(typeof invited)[number] | null>(
    (earliest, i) => (!earliest || i.decidedAt < earliest.decidedAt ? i : earliest),
    null,
  );
  add(ProcurementStep.INVITED, first?.decidedAt ?? null, first?.decidedByName ?? null);
  add(ProcurementStep.CLOSED, request.closedAt, request.closedByName, request.closeReason);
  add(ProcurementStep.QUOTES_OPENED, request.quotesOpenedAt, request.quotesOpenedByName);
  add(
    ProcurementStep.OPENING_CONFIRMED,
    request.quotesOpeningConfirmedAt,
    request.quotesOpeningConfirmedByName,
  );
  const award = await ctx.loaders.procurement.awardByRequestId.load(request.id);
  add(
    ProcurementStep.AWARDED,
    award?.awardedAt ?? null,
    award?.awardedByName ?? null,
    award?.rationale ?? null,
  );
  add(ProcurementStep.CANCELLED, request.cancelledAt, request.cancelledByName, request.cancelReason);
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}
