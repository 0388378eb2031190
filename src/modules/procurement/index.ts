import dutch from './procurement.nl.json';
import { defineModule, toGlobalId } from '../../kit';
import { Award } from './award.entity';
import { CpvCategory } from './cpv-category.entity';
import { dutchCpvName } from './cpv.service';
import { CpvCategoryResolver } from './cpv.resolver';
import {
  AnnualReviewProcurementResolver,
  BusinessProcurementResolver,
  MunicipalityProcurementResolver,
} from './core-extensions.resolver';
import { AwardResolver, QuoteResolver } from './award.resolver';
import { canSeeQuote } from './award.service';
import { invitationLog } from './invitation.service';
import { SupplierProfileConnectionResolver, SupplierProfileResolver } from './supplier.resolver';
import { ThresholdResolver } from './threshold.resolver';
import { Invitation } from './invitation.entity';
import { InvitationResolver } from './invitation.resolver';
import { ProcurementRequest } from './procurement-request.entity';
import { ProcurementRequestResolver } from './procurement-request.resolver';
import { findRequest } from './procurement-request.service';
import { createProcurementLoaders } from './procurement.loaders';
import { ProcurementStatsResolver } from './procurement-stats.resolver';
import { procurementExamples } from './procurement.examples';
import { procurementExportRoutes } from './procurement.exports';
import { procurementNotifications, quoteReminders } from './procurement.notifications';
import { procurementRoutes } from './procurement.routes';
import { seedProcurement } from './procurement.seed';
import { ProcurementQuestion } from './question.entity';
import { ProcurementQuestionResolver } from './question.resolver';
import { findQuestion } from './question.service';
import { ProposedSupplier } from './proposed-supplier.entity';
import { Quote } from './quote.entity';
import { SupplierCategory, SupplierMunicipality, SupplierProfile } from './supplier-profile.entity';
import { ProcurementThreshold } from './threshold.entity';

export const procurement = defineModule({
  name: 'procurement',
  dutch,
  formatters: { cpv: dutchCpvName },
  entities: [
    CpvCategory,
    SupplierProfile,
    SupplierCategory,
    SupplierMunicipality,
    ProcurementThreshold,
    ProcurementRequest,
    Invitation,
    Quote,
    Award,
    ProcurementQuestion,
    ProposedSupplier,
  ],
  resolvers: [
    CpvCategoryResolver,
    SupplierProfileResolver,
    SupplierProfileConnectionResolver,
    BusinessProcurementResolver,
    ThresholdResolver,
    ProcurementRequestResolver,
    InvitationResolver,
    AwardResolver,
    QuoteResolver,
    ProcurementQuestionResolver,
    ProcurementStatsResolver,
    MunicipalityProcurementResolver,
    AnnualReviewProcurementResolver,
  ],
  nodeTypes: [
    { type: CpvCategory, load: (ctx, id) => ctx.loaders.procurement.cpvById.load(id) },
    { type: SupplierProfile, load: (ctx, id) => ctx.loaders.procurement.profileById.load(id) },
    { type: ProcurementRequest, load: (ctx, id) => findRequest(ctx, id) },
    { type: Award, load: (ctx, id) => ctx.loaders.procurement.awardById.load(id) },
    {
      type: Quote,
      load: async (ctx, id) => {
        const quote = await ctx.loaders.procurement.quoteById.load(id);
        return quote && (await canSeeQuote(ctx, quote)) ? quote : null;
      },
    },
    {
      type: Invitation,
      load: async (ctx, id) => {
        const invitation = await ctx.loaders.procurement.invitationById.load(id);
        if (!invitation) return null;
        const visible = await invitationLog(ctx, toGlobalId('ProcurementRequest', invitation.requestId));
        return visible.some((entry) => entry.id === id) ? invitation : null;
      },
    },
    { type: ProcurementQuestion, load: (ctx, id) => findQuestion(ctx, id) },
    { type: ProcurementThreshold, load: (ctx, id) => ctx.em.findOneBy(ProcurementThreshold, { id }) },
  ],
  createLoaders: createProcurementLoaders,
  seedDemo: seedProcurement,
  notifications: procurementNotifications,
  reminders: [quoteReminders],
  routes: (router, deps) => {
    procurementRoutes(router, deps);
    procurementExportRoutes(router, deps);
  },
  examples: procurementExamples,
});

export {
  awardWithSocialReturn,
  createRequestFromProject,
  lockAwardForCredit,
  socialReturnOfAward,
} from './social-enterprise.service';
export { proposeSuppliers } from './shortlist.service';
export { configureProcurement } from './procurement.settings';
export type { ProcurementSettings } from './procurement.settings';
export { addProfileOfApprovedBusiness, unknownCpvCodes } from './supplier.service';
export { ProcurementRequestTerms } from './procurement-request.inputs';
// Core's, re-exported for the modules that took it from here before core had it.
