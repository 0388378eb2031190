import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { checkCbsCode, listComplexity } from '../../kit';
import { Municipality } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { Election } from './election.entity';
import { Party } from './party.entity';
import { PoliticalTracker, StageCount, TrackerPartyStage, TrackerPoint } from './tracker.payloads';
import { countStages, politicalTracker, trackerData, trackerPoints } from './tracker.service';

@Resolver(() => PoliticalTracker)
export class PoliticalTrackerResolver {
  @Query(() => PoliticalTracker, {
    nullable: true,
    description:
      'Which of the association’s points each party of a municipality took how far, for an election (public). ' +
      'Null for an unknown municipality or an election it did not take part in.',
  })
  async politicalTracker(
    @Ctx() ctx: Context,
    @Arg('municipality', () => String, { description: 'CBS code, e.g. `GM0355`.' }) municipality: string,
    @Arg('election', () => ID, { nullable: true, description: 'The election; the latest one when left out.' })
    election?: string | null,
  ) {
    // Not core's municipalityArgument: this query answers null for an unknown municipality (its contract).
    const found = await ctx.loaders.core.municipalityByCbsCode.load(checkCbsCode(municipality));
    return found ? politicalTracker(ctx, found, election) : null;
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  async municipality(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    return ctx.loaders.core.municipalityById.load(tracker.municipalityId);
  }

  @FieldResolver(() => Election, { description: 'The election the agenda points were written for.' })
  async election(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    return ctx.loaders.politics.electionById.load(tracker.electionId);
  }

  @FieldResolver(() => CoalitionAgreement, {
    nullable: true,
    description:
      'The coalition agreement of the election’s period (the first from election day on); null before one.',
  })
  async coalitionAgreement(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    const { agreementId } = await trackerData(ctx, tracker);
    return agreementId ? ctx.loaders.politics.coalitionAgreementById.load(agreementId) : null;
  }

  @FieldResolver(() => [TrackerPoint], {
    complexity: listComplexity(10),
    description: 'The agenda points in their order, each with every party’s stage.',
  })
  points(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    return trackerPoints(ctx, tracker);
  }

  @FieldResolver(() => [StageCount], { description: 'Party–point pairs per stage, over all points.' })
  async counts(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    const { rows } = await trackerData(ctx, tracker);
    return countStages(rows.map((row) => row.stage)).counts;
  }

  @FieldResolver(() => Int, { description: 'Party–point pairs without a commitment, over all points.' })
  async withoutCommitment(@Ctx() ctx: Context, @Root() tracker: PoliticalTracker) {
    const { rows } = await trackerData(ctx, tracker);
    return countStages(rows.map((row) => row.stage)).withoutCommitment;
  }
}

@Resolver(() => TrackerPoint)
export class TrackerPointResolver {
  @FieldResolver(() => AgendaPoint, { description: 'The agenda point.' })
  async agendaPoint(@Ctx() ctx: Context, @Root() point: TrackerPoint) {
    return ctx.loaders.politics.agendaPointById.load(point.agendaPointId);
  }
}

@Resolver(() => TrackerPartyStage)
export class TrackerPartyStageResolver {
  @FieldResolver(() => Party, { description: 'The party.' })
  async party(@Ctx() ctx: Context, @Root() cell: TrackerPartyStage) {
    return ctx.loaders.politics.partyById.load(cell.partyId);
  }
}
