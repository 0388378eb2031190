import type {
  Conditions,
  Connection,
  ConnectionArgs,
  Context,
  PrefetchPlan,
  Refine,
  UserError,
} from '../../kit';
import {
  actorOf,
  escapeLike,
  findForUpdate,
  forbidden,
  fromGlobalId,
  hasRole,
  paginate,
  Role,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { inputMunicipality, viewerBusinessId, viewerMunicipalityId } from '../core';
import { createRequestFromProject } from '../procurement';
import { Opportunity } from './opportunity.entity';
import type {
  CloseOpportunityInput,
  ConvertProjectToProcurementRequestInput,
  OpportunityFilter,
  PostOpportunityInput,
  UpdateOpportunityInput,
} from './opportunity.inputs';
import { Placement } from './placement.entity';
import { newestFirst } from './social-enterprise.loaders';
import { OpportunityKind, OpportunityStatus, PosterKind } from './opportunity.enum';
import { PLACE_TAKING_STAGES } from './placement.enum';

/** Who the caller is on the board: coaches and admins see everything; posters also their own. */
interface BoardViewer {
  everything: boolean;
  businessId: string | null;
  municipalityId: string | null;
}

export async function boardViewer(ctx: Context): Promise<BoardViewer> {
  return {
    everything: hasRole(ctx.viewer, Role.COACH, Role.ADMIN),
    businessId: await viewerBusinessId(ctx),
    municipalityId: await viewerMunicipalityId(ctx),
  };
}

/** The poster of an opportunity: the member's business, or a civil servant of the posting municipality. */
export function isPoster(viewer: BoardViewer, opportunity: Opportunity): boolean {
  if (opportunity.businessId && opportunity.businessId === viewer.businessId) return true;
  return (
    opportunity.posterKind === PosterKind.MUNICIPALITY && opportunity.municipalityId === viewer.municipalityId
  );
}

/** Open opportunities are public; filled and closed ones are for their poster, coaches and admins. */
export async function canSeeOpportunity(ctx: Context, opportunity: Opportunity): Promise<boolean> {
  if (opportunity.status === OpportunityStatus.OPEN) return true;
  const viewer = await boardViewer(ctx);
  return viewer.everything || isPoster(viewer, opportunity);
}

export async function findOpportunity(ctx: Context, id: string): Promise<Opportunity | null> {
  const opportunity = await ctx.loaders.socialEnterprise.opportunityById.load(id);
  return opportunity && (await canSeeOpportunity(ctx, opportunity)) ? opportunity : null;
}

/** The visibility rule as SQL on alias `row`, named for batching (`childConnections`). */
async function visibleConditions(
  ctx: Context,
  status?: OpportunityStatus | null,
): Promise<Conditions<Opportunity>> {
  const viewer = await boardViewer(ctx);
  const wanted = status ?? null;
  const refine: Refine<Opportunity> = (query) => {
    if (wanted) query.andWhere('row.status = :wantedStatus', { wantedStatus: wanted });
    if (viewer.everything) return query;
    return query.andWhere(
      `(row.status = 'OPEN' OR row.businessId = :ownBusiness
        OR (row.posterKind = 'MUNICIPALITY' AND row.municipalityId = :ownMunicipality))`,
      { ownBusiness: viewer.businessId, ownMunicipality: viewer.municipalityId },
    );
  };
  const key = viewer.everything ? `all:${wanted}` : `${viewer.businessId}:${viewer.municipalityId}:${wanted}`;
  return { key, refine };
}

/** The board: opportunities you may see, newest first; OPEN ones unless another status is asked for. */
export async function listOpportunities(
  ctx: Context,
  filter: OpportunityFilter,
  args: ConnectionArgs,
  /** The compiled path: the page (and count) bring what the selection needs. */
  plan?: PrefetchPlan,
): Promise<Connection<Opportunity>> {
  const { refine } = await visibleConditions(ctx, filter.status ?? OpportunityStatus.OPEN);
  const query = refine(ctx.em.createQueryBuilder(Opportunity, 'row'));
  if (filter.search) {
    query.andWhere(`(row.title ILIKE :search OR row.description ILIKE :search)`, {
      search: `%${escapeLike(filter.search.trim())}%`,
    });
  }
  if (filter.kinds?.length) query.andWhere('row.kind IN (:...kinds)', { kinds: filter.kinds });
  if (filter.targetGroups?.length) {
    query.andWhere(`(row.targetGroups && :groups::opportunity_target_group[] OR row.targetGroups = '{}')`, {
      groups: filter.targetGroups,
    });
  }
  if (filter.municipality) {
    const municipality = await ctx.loaders.core.municipalityByCbsCode.load(filter.municipality);
    query.andWhere('row.municipalityId = :municipalityId', { municipalityId: municipality?.id ?? null });
  }
  return paginate(query, args, newestFirst, args.after, plan && { ctx, plan });
}

/** The opportunities of a business, municipality or institution that you may see, batched over parents. */
export async function opportunitiesOf(
  ctx: Context,
  parent: 'business' | 'municipality' | 'organisation',
  parentId: string,
  args: ConnectionArgs,
  status?: OpportunityStatus | null,
): Promise<Connection<Opportunity>> {
  const conditions = await visibleConditions(ctx, status);
  const loaders = ctx.loaders.socialEnterprise;
  const loader = {
    business: loaders.opportunitiesByBusinessId,
    municipality: loaders.opportunitiesByMunicipalityId,
    organisation: loaders.opportunitiesByOrganisationId,
  }[parent];
  return loader.load(parentId, args, conditions);
}

const field = (name: string) => ['input', name];

/** Posts an opportunity for the caller's business, municipality or institution (see `PostOpportunityInput`). */
export function postOpportunity(ctx: Context, input: PostOpportunityInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    let poster: Pick<Opportunity, 'posterKind' | 'businessId' | 'organisationId'>;
    let municipalityId: string | null = null;
    if (input.organisationId) {
      if (!hasRole(tx.viewer, Role.COACH, Role.ADMIN)) {
        throw forbidden('Only coaches and admins post for an institution');
      }
      const organisation = await tx.loaders.core.organisationById.load(
        fromGlobalId(input.organisationId, 'Organisation').id,
      );
      if (!organisation) {
        return notFoundPayload('No such organisation', field('organisationId'));
      }
      poster = { posterKind: PosterKind.ORGANISATION, businessId: null, organisationId: organisation.id };
      municipalityId = organisation.municipalityId;
    } else {
      const businessId = await viewerBusinessId(tx);
      const ownMunicipality = await viewerMunicipalityId(tx);
      if (businessId) {
        poster = { posterKind: PosterKind.BUSINESS, businessId, organisationId: null };
        municipalityId = (await tx.loaders.core.businessById.load(businessId))!.municipalityId;
      } else if (ownMunicipality) {
        if (input.municipality && input.municipality !== tx.viewer.municipalityCode) {
          errors.push(
            userError(
              UserErrorCode.INVALID,
              'A civil servant posts for their own municipality',
              field('municipality'),
            ),
          );
        }
        poster = { posterKind: PosterKind.MUNICIPALITY, businessId: null, organisationId: null };
        municipalityId = ownMunicipality;
      } else if (hasRole(tx.viewer, Role.COACH, Role.ADMIN)) {
        return {
          opportunity: null,
          userErrors: [
            userError(UserErrorCode.INVALID, 'Name the institution that posts it', field('organisationId')),
          ],
        };
      } else {
        throw forbidden('Post as a member of a known business, a civil servant, a coach or an admin');
      }
    }
    if (input.municipality && poster.posterKind !== PosterKind.MUNICIPALITY) {
      municipalityId = (await inputMunicipality(tx, input.municipality, errors))?.id ?? null;
    }
    if (!municipalityId && errors.length === 0) {
      errors.push(
        userError(UserErrorCode.INVALID, 'Name the municipality where the work is', field('municipality')),
      );
    }
    checkDates(input.closingDate ?? null, input.startDate ?? null, true, now, errors);
    if (errors.length > 0) return { opportunity: null, userErrors: errors };
    const actor = actorOf(tx.viewer);
    const { identifiers } = await tx.em.insert(Opportunity, {
      ...poster,
      kind: input.kind,
      title: input.title.trim(),
      description: input.description,
      municipalityId: municipalityId!,
      hoursPerWeek: input.hoursPerWeek ?? null,
      places: input.places,
      targetGroups: [...new Set(input.targetGroups)],
      startDate: input.startDate ?? null,
      closingDate: input.closingDate ?? null,
      createdBySubject: actor.subject,
      createdByName: actor.name,
    });
    const opportunity = await tx.em.findOneByOrFail(Opportunity, { id: identifiers[0].id as string });
    return { opportunity, userErrors: [] };
  });
}

/** A closing date must not have passed (when it is set now) and must not lie after the start. */
function checkDates(
  closingDate: string | null,
  startDate: string | null,
  closingDateIsNew: boolean,
  now: Date,
  errors: UserError[],
): void {
  if (closingDateIsNew && closingDate && closingDate < todayInAmsterdam(now)) {
    errors.push(userError(UserErrorCode.INVALID, 'The closing date has passed', field('closingDate')));
  }
  if (closingDate && startDate && closingDate > startDate) {
    errors.push(
      userError(UserErrorCode.INVALID, 'The closing date lies after the start', field('closingDate')),
    );
  }
}

/** How many places of an opportunity are taken (PLACED or COMPLETED); count it under the opportunity's lock. */
export function placesTaken(tx: Context, opportunityId: string): Promise<number> {
  return tx.em.count(Placement, { where: PLACE_TAKING_STAGES.map((stage) => ({ opportunityId, stage })) });
}

const notFoundPayload = (message: string, path: string[]) => ({
  opportunity: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, message, path)],
});

/** Locks an opportunity its caller may change (poster, coach, admin); null when unknown or hidden. */
async function lockOwnOpportunity(tx: Context, globalId: string): Promise<Opportunity | null> {
  const opportunity = await findForUpdate(tx, Opportunity, globalId);
  if (!opportunity) return null;
  const viewer = await boardViewer(tx);
  if (viewer.everything || isPoster(viewer, opportunity)) return opportunity;
  if (opportunity.status === OpportunityStatus.OPEN) throw forbidden('Only its poster, coaches and admins');
  return null;
}

/**
 * Corrects an OPEN or FILLED opportunity: a field left out stays, null clears one that may be empty. Its
 * poster may (a member of its business, a civil servant of its municipality, a coach for an institution), or
 * an admin. The opportunity is locked as a placement locks it, so places are counted against the placements
 * that take one without a placement slipping in between: fewer places than taken is INVALID, and the status
 * follows the places as it does when placements fill them (all taken: FILLED, a place free again: OPEN).
 */
export function updateOpportunity(ctx: Context, input: UpdateOpportunityInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const opportunity = await findForUpdate(tx, Opportunity, input.id);
    if (!opportunity) return notFoundPayload('No such opportunity', field('id'));
    const viewer = await boardViewer(tx);
    const mayChange =
      hasRole(tx.viewer, Role.ADMIN) ||
      isPoster(viewer, opportunity) ||
      (opportunity.posterKind === PosterKind.ORGANISATION && hasRole(tx.viewer, Role.COACH));
    if (!mayChange) {
      if (viewer.everything || opportunity.status === OpportunityStatus.OPEN) {
        throw forbidden('Only its poster or an admin');
      }
      return notFoundPayload('No such opportunity', field('id'));
    }
    if (opportunity.status === OpportunityStatus.CLOSED) {
      return {
        opportunity: null,
        userErrors: [
          userError(UserErrorCode.INVALID_TRANSITION, 'A CLOSED opportunity cannot be changed', field('id')),
        ],
      };
    }
    const errors: UserError[] = [];
    checkDates(
      input.closingDate !== undefined ? input.closingDate : opportunity.closingDate,
      input.startDate !== undefined ? input.startDate : opportunity.startDate,
      input.closingDate !== undefined,
      now,
      errors,
    );
    const changes: Partial<Opportunity> = {};
    if (input.places !== undefined && input.places !== opportunity.places) {
      const taken = await placesTaken(tx, opportunity.id);
      if (input.places < taken) {
        errors.push(
          userError(
            UserErrorCode.INVALID,
            `${taken} candidates are placed; the places cannot be fewer`,
            field('places'),
          ),
        );
      } else {
        changes.places = input.places;
        changes.status = taken >= input.places ? OpportunityStatus.FILLED : OpportunityStatus.OPEN;
      }
    }
    if (errors.length > 0) return { opportunity: null, userErrors: errors };
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.description !== undefined) changes.description = input.description;
    if (input.hoursPerWeek !== undefined) changes.hoursPerWeek = input.hoursPerWeek;
    if (input.targetGroups !== undefined) changes.targetGroups = [...new Set(input.targetGroups)];
    if (input.startDate !== undefined) changes.startDate = input.startDate;
    if (input.closingDate !== undefined) changes.closingDate = input.closingDate;
    if (Object.keys(changes).length === 0) return { opportunity, userErrors: [] };
    await tx.em.update(Opportunity, opportunity.id, changes);
    return {
      opportunity: await tx.em.findOneByOrFail(Opportunity, { id: opportunity.id }),
      userErrors: [],
    };
  });
}

export function closeOpportunity(ctx: Context, input: CloseOpportunityInput) {
  return withTransaction(ctx, async (tx) => {
    const opportunity = await lockOwnOpportunity(tx, input.id);
    if (!opportunity) return notFoundPayload('No such opportunity', field('id'));
    if (opportunity.status === OpportunityStatus.CLOSED) {
      return {
        opportunity: null,
        userErrors: [
          userError(UserErrorCode.INVALID_TRANSITION, 'The opportunity is already CLOSED', field('id')),
        ],
      };
    }
    opportunity.status = OpportunityStatus.CLOSED;
    return { opportunity: await tx.em.save(opportunity), userErrors: [] };
  });
}

/**
 * A civil servant of the opportunity's municipality (or an admin) turns a municipal PROJECT into a DRAFT
 * procurement request through procurement's exported service; the opportunity keeps the request's id.
 */
export function convertProjectToProcurementRequest(
  ctx: Context,
  input: ConvertProjectToProcurementRequestInput,
) {
  return withTransaction(ctx, async (tx) => {
    const none = { opportunity: null, procurementRequestId: null };
    const opportunity = await findForUpdate(tx, Opportunity, input.opportunityId);
    if (!opportunity || !(await canSeeOpportunity(tx, opportunity))) {
      return {
        ...none,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such opportunity', field('opportunityId'))],
      };
    }
    const own = await viewerMunicipalityId(tx);
    if (!hasRole(tx.viewer, Role.ADMIN) && own !== opportunity.municipalityId) {
      throw forbidden('Only civil servants of the opportunity’s municipality, or admins');
    }
    const problem =
      opportunity.kind !== OpportunityKind.PROJECT || opportunity.posterKind !== PosterKind.MUNICIPALITY
        ? 'Only a PROJECT posted by the municipality becomes a procurement request'
        : opportunity.procurementRequestId
          ? 'This project is already a procurement request'
          : null;
    if (problem) {
      return { ...none, userErrors: [userError(UserErrorCode.NOT_ALLOWED, problem, field('opportunityId'))] };
    }
    const municipality = await tx.loaders.core.municipalityById.load(opportunity.municipalityId);
    const result = await createRequestFromProject(tx, {
      reference: `Opportunity ${opportunity.globalId}: ${opportunity.title}`.slice(0, 200),
      municipality: municipality!.cbsCode,
      title: opportunity.title,
      description: opportunity.description,
      cpvCode: input.cpvCode,
      estimatedValue: input.estimatedValue,
      deadline: input.deadline,
      socialReturnPercentage: input.socialReturnPercentage,
    });
    if (!result.procurementRequest) return { ...none, userErrors: result.userErrors };
    opportunity.procurementRequestId = result.procurementRequest.id;
    return {
      opportunity: await tx.em.save(opportunity),
      procurementRequestId: result.procurementRequest.globalId,
      userErrors: [],
    };
  });
}
