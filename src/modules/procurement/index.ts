import { defineModule } from '../core';
import { Award } from './award.entity';
import { CpvCategory } from './cpv-category.entity';
import { CpvCategoryResolver } from './cpv.resolver';
import { BusinessSupplierProfileResolver } from './core-extensions.resolver';
import { SupplierProfileResolver } from './supplier.resolver';
import { ThresholdResolver } from './threshold.resolver';
import { Invitation } from './invitation.entity';
import { ProcurementRequest } from './procurement-request.entity';
import { ProcurementRequestResolver } from './procurement-request.resolver';
import { findRequest } from './procurement-request.service';
import { createProcurementLoaders } from './procurement.loaders';
import { seedProcurement } from './procurement.seed';
import { Quote } from './quote.entity';
import { SupplierCategory, SupplierMunicipality, SupplierProfile } from './supplier-profile.entity';
import { ProcurementThreshold } from './threshold.entity';

export const procurement = defineModule({
  name: 'procurement',
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
  ],
  resolvers: [
    CpvCategoryResolver,
    SupplierProfileResolver,
    BusinessSupplierProfileResolver,
    ThresholdResolver,
    ProcurementRequestResolver,
  ],
  nodeTypes: [
    { type: CpvCategory, load: (ctx, id) => ctx.loaders.procurement.cpvById.load(id) },
    { type: SupplierProfile, load: (ctx, id) => ctx.loaders.procurement.profileById.load(id) },
    { type: ProcurementRequest, load: (ctx, id) => findRequest(ctx, id) },
    { type: ProcurementThreshold, load: (ctx, id) => ctx.em.findOneBy(ProcurementThreshold, { id }) },
  ],
  createLoaders: createProcurementLoaders,
  seedDemo: seedProcurement,
});
