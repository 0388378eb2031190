import { ApiKey } from './api-key.entity';
import { ApiKeyResolver } from './api-key.resolver';
import { AnnualReviewResolver } from './annual-review.resolver';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryResolver } from './audit.resolver';
import dutch from './core.nl.json';
import { defineModule, hasRole, Role } from '../../kit';
import { Association } from './association.entity';
import { BoardPlan } from './board-plan.entity';
import { BoardPlanResolver } from './board-plan.resolver';
import { AssociationResolver } from './association.resolver';
import { Business } from './business.entity';
import { BusinessMembershipResolver, BusinessResolver } from './business.resolver';
import { BusinessMembership } from './business-membership.entity';
import { coreExamples } from './core.examples';
import { createCoreLoaders } from './core.loaders';
import { seedCore } from './core.seed';
import { FiguresResolver } from './figures.resolver';
import { MeResolver } from './me.resolver';
import { Municipality } from './municipality.entity';
import { MunicipalityResolver } from './municipality.resolver';
import { Organisation, OrganisationKind } from './organisation.entity';
import { OrganisationResolver } from './organisation.resolver';
import { Person } from './person.entity';
import { PersonResolver } from './person.resolver';
import { RegioQ4Membership } from './regio-q4-membership.entity';

export const core = defineModule({
  name: 'core',
  dutch,
  entities: [
    Municipality,
    Association,
    RegioQ4Membership,
    Organisation,
    Business,
    BusinessMembership,
    Person,
    ApiKey,
    AuditEntry,
    BoardPlan,
  ],
  resolvers: [
    MunicipalityResolver,
    AssociationResolver,
    OrganisationResolver,
    BusinessResolver,
    BusinessMembershipResolver,
    PersonResolver,
    ApiKeyResolver,
    MeResolver,
    FiguresResolver,
    AnnualReviewResolver,
    AuditEntryResolver,
    BoardPlanResolver,
  ],
  nodeTypes: [
    { type: Municipality, load: (ctx, id) => ctx.loaders.core.municipalityById.load(id) },
    { type: Association, load: (ctx, id) => ctx.loaders.core.associationById.load(id) },
    { type: Organisation, load: (ctx, id) => ctx.loaders.core.organisationById.load(id) },
    { type: Business, load: (ctx, id) => ctx.loaders.core.businessById.load(id) },
    { type: Person, load: (ctx, id) => ctx.loaders.core.personById.load(id) },
    { type: BoardPlan, load: (ctx, id) => ctx.loaders.core.boardPlanById.load(id) },
    {
      type: ApiKey,
      load: async (ctx, id) =>
        hasRole(ctx.viewer, Role.ADMIN) ? ctx.loaders.core.apiKeyById.load(id) : null,
    },
  ],
  createLoaders: createCoreLoaders,
  seedDemo: seedCore,
  examples: coreExamples,
});

export * from './viewer';
export { Association, Business, BusinessMembership, Municipality, Organisation, OrganisationKind, Person };
export { MunicipalityBusinessFigures } from './figures.payloads';
export { inputMunicipality, municipalityArgument, municipalityIdsOf } from './catalogue.service';
export { admitBusiness, assertManagesAssociation, startMembership } from './business.service';
export type { AdmittedBusiness } from './business.service';
export { BusinessIdentityInput } from './business.inputs';
export { ViewerType } from './me.payloads';
export {
  MAX_SYNTHETIC_BUSINESSES,
  PLACES,
  contactSurname,
  syntheticBusiness,
  syntheticKvkNumber,
  syntheticMembership,
} from './synthetic';
export { DEMO_BUSINESS_COUNT, DEMO_MEMBER_KVK } from './core.seed';
export {
  authenticateApiKey,
  authenticateFeedToken,
  derivedApiKey,
  feedQuery,
  issueApiKey,
  secretHashOfFeedToken,
} from './api-key.service';
export { AuditEntry } from './audit-entry.entity';
export { AuditEntryConnection } from './audit.resolver';
export { auditTrailOfRoot, purgeAuditTrail } from './audit.service';
