import type { Context, UserError } from '../../kit';
import {
  findForUpdate,
  forbidden,
  fromGlobalId,
  hasRole,
  Role,
  todayInAmsterdam,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { viewerBusinessId } from '../core';
import { proposeSuppliers } from '../procurement';
import { Opportunity } from './opportunity.entity';
import { OpportunityKind, OpportunityStatus, PosterKind } from './opportunity.enum';
import type { ExpressProjectInterestInput, TakeInterestedFirmsIntoRequestInput } from './opportunity.inputs';
import { boardViewer, canSeeOpportunity, isPoster } from './opportunity.service';
import { ProjectInterest } from './project-interest.entity';

const field = (name: string) => ['input', name];

const isMunicipalProject = (opportunity: Opportunity) =>
  opportunity.kind === OpportunityKind.PROJECT && opportunity.posterKind === PosterKind.MUNICIPALITY;

/**
 * A member firm answers an OPEN municipal PROJECT. Who may (docs/self-service.md, "Local firms answer
 * municipal projects"): a firm established in the region (any Regio Q4 municipality, the project's own
 * included), because a municipality buys below the thresholds regionally and must treat the region's firms
 * alike; and only with an active supplier profile, because the answer is meant to end on the shortlist of
 * a procurement request, which lists supplier profiles. A second answer replaces the note.
 */
export function expressProjectInterest(ctx: Context, input: ExpressProjectInterestInput, now = new Date()) {
  return withTransaction(ctx, async (tx) => {
    const refuse = (code: UserErrorCode, message: string, path = field('opportunityId')) => ({
      interest: null,
      userErrors: [userError(code, message, path)],
    });
    const businessId = await viewerBusinessId(tx);
    if (!businessId) throw forbidden('Only members of a business in the register answer projects');
    const opportunity = await tx.loaders.socialEnterprise.opportunityById.load(
      fromGlobalId(input.opportunityId, 'Opportunity').id,
    );
    if (!opportunity || !(await canSeeOpportunity(tx, opportunity))) {
      return refuse(UserErrorCode.NOT_FOUND, 'No such opportunity');
    }
    if (!isMunicipalProject(opportunity)) {
      return refuse(UserErrorCode.NOT_ALLOWED, 'Firms answer PROJECT opportunities of a municipality only');
    }
    if (
      opportunity.status !== OpportunityStatus.OPEN ||
      (opportunity.closingDate !== null && opportunity.closingDate < todayInAmsterdam(now))
    ) {
      return refuse(UserErrorCode.NOT_ALLOWED, 'The project no longer takes answers');
    }
    const business = (await tx.loaders.core.businessById.load(businessId))!;
    const home = await tx.loaders.core.municipalityById.load(business.municipalityId);
    if (business.municipalityId !== opportunity.municipalityId && !home?.inRegion) {
      return refuse(UserErrorCode.NOT_ALLOWED, 'Only firms established in the region answer its projects');
    }
    const profile = await tx.loaders.procurement.profileByBusinessId.load(businessId);
    if (!profile?.active) {
      return refuse(
        UserErrorCode.NOT_ALLOWED,
        'Your business needs an active supplier profile to answer a project',
      );
    }
    await tx.em
      .createQueryBuilder()
      .insert()
      .into(ProjectInterest)
      .values({ opportunityId: opportunity.id, businessId, note: input.note.trim(), createdAt: now })
      .orUpdate(['note', 'created_at'], ['opportunity_id', 'business_id'])
      .execute();
    const interest = await tx.em.findOneByOrFail(ProjectInterest, {
      opportunityId: opportunity.id,
      businessId,
    });
    return { interest, userErrors: [] };
  });
}

/**
 * Who sees which answers to a project: its poster (civil servants of the municipality) and admins all of
 * them; a member only their own firm's; everyone else none (null). Batched over opportunities.
 */
export async function interestsOf(ctx: Context, opportunity: Opportunity): Promise<ProjectInterest[] | null> {
  if (!isMunicipalProject(opportunity)) return null;
  const viewer = await boardViewer(ctx);
  const all = hasRole(ctx.viewer, Role.ADMIN) || isPoster(viewer, opportunity);
  if (!all && !viewer.businessId) return null;
  const interests = await ctx.loaders.socialEnterprise.interestsByOpportunityId.load(opportunity.id);
  return all ? interests : interests.filter((interest) => interest.businessId === viewer.businessId);
}

/**
 * The poster puts firms that answered the project on the shortlist of the request it became, through
 * procurement's `proposeSuppliers` (buyers only, while DRAFT or INVITING), and marks their answers taken.
 */
export function takeInterestedFirmsIntoRequest(
  ctx: Context,
  input: TakeInterestedFirmsIntoRequestInput,
  now = new Date(),
) {
  return withTransaction(ctx, async (tx) => {
    const none = { opportunity: null };
    const opportunity = await findForUpdate(tx, Opportunity, input.opportunityId);
    if (!opportunity || !(await canSeeOpportunity(tx, opportunity))) {
      return {
        ...none,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such opportunity', field('opportunityId'))],
      };
    }
    if (!hasRole(tx.viewer, Role.ADMIN) && !isPoster(await boardViewer(tx), opportunity)) {
      throw forbidden('Only civil servants of the project’s municipality, or admins');
    }
    if (!isMunicipalProject(opportunity) || !opportunity.procurementRequestId) {
      return {
        ...none,
        userErrors: [
          userError(
            UserErrorCode.NOT_ALLOWED,
            'Turn the project into a procurement request first',
            field('opportunityId'),
          ),
        ],
      };
    }
    const interests = await tx.em.findBy(ProjectInterest, { opportunityId: opportunity.id });
    const errors: UserError[] = [];
    const chosen: ProjectInterest[] = [];
    input.businessIds.forEach((globalId, index) => {
      const businessId = fromGlobalId(globalId, 'Business').id;
      const interest = interests.find((candidate) => candidate.businessId === businessId);
      if (!interest) {
        errors.push(
          userError(UserErrorCode.NOT_FOUND, 'This firm did not answer the project', [
            'input',
            'businessIds',
            String(index),
          ]),
        );
      } else if (chosen.includes(interest)) {
        errors.push(
          userError(UserErrorCode.INVALID, 'A firm is listed twice', ['input', 'businessIds', String(index)]),
        );
      } else chosen.push(interest);
    });
    if (errors.length > 0) return { ...none, userErrors: errors };
    const problems = await proposeSuppliers(
      tx,
      opportunity.procurementRequestId,
      chosen.map((interest) => ({
        businessId: interest.businessId,
        reason: input.reason.trim(),
        field: ['input', 'businessIds', String(input.businessIds.indexOf(globalIdOf(input, interest)))],
      })),
    );
    if (problems.length > 0) {
      return {
        ...none,
        userErrors: problems.map((problem) =>
          problem.field?.length ? problem : { ...problem, field: field('opportunityId') },
        ),
      };
    }
    await tx.em.update(
      ProjectInterest,
      chosen.map((interest) => interest.id),
      { takenIntoRequestAt: now },
    );
    return { opportunity, userErrors: [] };
  });
}

const globalIdOf = (input: TakeInterestedFirmsIntoRequestInput, interest: ProjectInterest) =>
  input.businessIds.find((id) => fromGlobalId(id, 'Business').id === interest.businessId)!;
