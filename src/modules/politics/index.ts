import dutch from './politics.nl.json';
import { defineModule } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import { AgendaPointResolver } from './agenda-point.resolver';
import { AldermanTerm } from './alderman-term.entity';
import { AldermanTermResolver } from './alderman-term.resolver';
import { CoalitionAgendaPoint, CoalitionAgreement, CoalitionParty } from './coalition-agreement.entity';
import { CoalitionAgreementResolver } from './coalition-agreement.resolver';
import { Commitment, CommitmentChange } from './commitment.entity';
import { CommitmentChangeResolver, CommitmentResolver } from './commitment.resolver';
import { AnnualReviewPoliticsResolver, MunicipalityPoliticsResolver } from './core-extensions.resolver';
import { Election, ElectionResult } from './election.entity';
import { ElectionResolver, ElectionResultResolver } from './election.resolver';
import { Outreach, PartyResponse } from './outreach.entity';
import { OutreachResolver, PartyResponseResolver } from './outreach.resolver';
import { findOutreach, findResponse } from './outreach.service';
import { Party } from './party.entity';
import { PartyResolver } from './party.resolver';
import { PoliticsStatsResolver } from './politics-stats.resolver';
import { politicsExamples } from './politics.examples';
import { createPoliticsLoaders } from './politics.loaders';
import { politicsRoutes } from './politics.routes';
import { seedPolitics } from './politics.seed';
import {
  PoliticalTrackerResolver,
  TrackerPartyStageResolver,
  TrackerPointResolver,
} from './tracker.resolver';

export const politics = defineModule({
  name: 'politics',
  dutch,
  entities: [
    Election,
    Party,
    ElectionResult,
    AldermanTerm,
    AgendaPoint,
    Outreach,
    PartyResponse,
    Commitment,
    CommitmentChange,
    CoalitionAgreement,
    CoalitionParty,
    CoalitionAgendaPoint,
  ],
  resolvers: [
    ElectionResolver,
    ElectionResultResolver,
    PartyResolver,
    AgendaPointResolver,
    AldermanTermResolver,
    CoalitionAgreementResolver,
    OutreachResolver,
    PartyResponseResolver,
    CommitmentResolver,
    CommitmentChangeResolver,
    PoliticalTrackerResolver,
    TrackerPointResolver,
    TrackerPartyStageResolver,
    MunicipalityPoliticsResolver,
    PoliticsStatsResolver,
    AnnualReviewPoliticsResolver,
  ],
  nodeTypes: [
    { type: Election, load: (ctx, id) => ctx.loaders.politics.electionById.load(id) },
    { type: Party, load: (ctx, id) => ctx.loaders.politics.partyById.load(id) },
    { type: AldermanTerm, load: (ctx, id) => ctx.loaders.politics.aldermanTermById.load(id) },
    { type: AgendaPoint, load: (ctx, id) => ctx.loaders.politics.agendaPointById.load(id) },
    { type: Commitment, load: (ctx, id) => ctx.loaders.politics.commitmentById.load(id) },
    { type: CoalitionAgreement, load: (ctx, id) => ctx.loaders.politics.coalitionAgreementById.load(id) },
    // The board's own record: null for everyone but admins, as in its query.
    { type: Outreach, load: (ctx, id) => findOutreach(ctx, id) },
    { type: PartyResponse, load: (ctx, id) => findResponse(ctx, id) },
  ],
  createLoaders: createPoliticsLoaders,
  seedDemo: seedPolitics,
  routes: politicsRoutes,
  examples: politicsExamples,
});

export { PoliticsStats } from './politics-stats.payloads';
export { politicsStats } from './politics-stats.service';
