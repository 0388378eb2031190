import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../kit';
import {
  checkFiguresYear,
  seesExactCounts,
  SUPPRESSION_THRESHOLD,
  suppressBreakdown,
  SuppressedCount,
  TIME_ZONE,
} from '../../kit';
import { OpportunityKind, PlacementStage, TargetGroup } from './social-enterprise.enums';

@ObjectType({ description: 'Opportunities of one kind.' })
export class OpportunityKindCount {
  @Field(() => OpportunityKind, { description: 'The kind.' })
  kind!: OpportunityKind;

  @Field(() => SuppressedCount, { description: 'How many were posted.' })
  count!: SuppressedCount;
}

@ObjectType({ description: 'Placements in one stage.' })
export class PlacementStageCount {
  @Field(() => PlacementStage, { description: 'The stage.' })
  stage!: PlacementStage;

  @Field(() => SuppressedCount, { description: 'How many placements are in it now.' })
  count!: SuppressedCount;
}

@ObjectType({ description: 'Placements of candidates of one target group.' })
export class TargetGroupCount {
  @Field(() => TargetGroup, { description: 'The target group.' })
  targetGroup!: TargetGroup;

  @Field(() => SuppressedCount, { description: 'How many placements.' })
  count!: SuppressedCount;
}

@ObjectType({
  description:
    'Public figures of the opportunity board for a year. Counts below 5, and counts from which one could be ' +
    'derived by subtraction, are suppressed for everyone but coaches and admins.',
})
export class SocialEnterpriseStats {
  @Field(() => Int, { description: 'The year, in Amsterdam time.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'CBS code of the municipality; null for all.' })
  municipality!: string | null;

  @Field(() => SuppressedCount, { description: 'Opportunities posted in the year.' })
  opportunities!: SuppressedCount;

  @Field(() => [OpportunityKindCount], {
    description: 'Opportunities posted in the year, per kind (every kind).',
  })
  opportunitiesByKind!: OpportunityKindCount[];

  @Field(() => SuppressedCount, { description: 'Placements proposed in the year.' })
  placements!: SuppressedCount;

  @Field(() => [PlacementStageCount], { description: 'Those placements per current stage (every stage).' })
  placementsByStage!: PlacementStageCount[];

  @Field(() => [TargetGroupCount], { description: 'Those placements per target group (every group).' })
  placementsByTargetGroup!: TargetGroupCount[];

  @Field(() => Float, {
    nullable: true,
    description:
      'Share (0..1) of the places of the year’s opportunities that are taken (PLACED or COMPLETED); null ' +
      'when there are none, or when fewer than 5 are taken and you are not a coach or admin.',
  })
  fillRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from proposal to PLACED of the year’s placements that got there; null when none, or ' +
      'fewer than 5 and you are not a coach or admin.',
  })
  medianDaysToPlacement!: number | null;
}

interface Row {
  by_kind: Record<string, number> | null;
  by_stage: Record<string, number> | null;
  by_group: Record<string, number> | null;
  opportunities: number;
  placements: number;
  places: number;
  taken: number;
  reached_placed: number;
  median_days: number | null;
}

/**
 * The board's figures of a year, per municipality (of the opportunity) or all, in one statement, with
 * the suppression rules applied for the viewer. Also the annual review's source for these figures.
 */
export async function socialEnterpriseStats(
  ctx: Context,
  { year, municipality }: { year: number; municipality: string | null },
): Promise<SocialEnterpriseStats> {
  checkFiguresYear(year);
  const [row]: Row[] = await ctx.em.query(
    `WITH opp AS (
       SELECT o.id, o.kind, o.places
         FROM opportunity o JOIN municipality m ON m.id = o.municipality_id
        WHERE ($2::text IS NULL OR m.cbs_code = $2) AND extract(year FROM o.created_at AT TIME ZONE $3) = $1
     ), pl AS (
       SELECT p.id, p.stage, c.target_group, p.created_at
         FROM placement p
         JOIN opportunity o ON o.id = p.opportunity_id
         JOIN municipality m ON m.id = o.municipality_id
         JOIN candidate c ON c.id = p.candidate_id
        WHERE ($2::text IS NULL OR m.cbs_code = $2) AND extract(year FROM p.created_at AT TIME ZONE $3) = $1
     ), placed AS (
       SELECT pl.id, min(t.at) - pl.created_at AS took
         FROM pl JOIN placement_transition t ON t.placement_id = pl.id AND t.to = 'PLACED'
        GROUP BY pl.id, pl.created_at
     )
     SELECT
       (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM opp GROUP BY kind) k) AS by_kind,
       (SELECT json_object_agg(stage, n) FROM (SELECT stage, count(*)::int AS n FROM pl GROUP BY stage) s) AS by_stage,
       (SELECT json_object_agg(target_group, n)
          FROM (SELECT target_group, count(*)::int AS n FROM pl GROUP BY target_group) g) AS by_group,
       (SELECT count(*)::int FROM opp) AS opportunities,
       (SELECT count(*)::int FROM pl) AS placements,
       (SELECT COALESCE(sum(places), 0)::int FROM opp) AS places,
       (SELECT count(*)::int FROM placement p JOIN opp ON opp.id = p.opportunity_id
         WHERE p.stage IN ('PLACED', 'COMPLETED')) AS taken,
       (SELECT count(*)::int FROM placed) AS reached_placed,
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM took) / 86400) FROM placed)
         AS median_days`,
    [year, municipality, TIME_ZONE],
  );
  const { viewer } = ctx;
  const exact = seesExactCounts(viewer);
  const kinds = Object.values(OpportunityKind);
  const stages = Object.values(PlacementStage);
  const groups = Object.values(TargetGroup);
  const byKind = suppressBreakdown(
    viewer,
    row.opportunities,
    kinds.map((kind) => row.by_kind?.[kind] ?? 0),
  );
  const byStage = suppressBreakdown(
    viewer,
    row.placements,
    stages.map((stage) => row.by_stage?.[stage] ?? 0),
  );
  const byGroup = suppressBreakdown(
    viewer,
    row.placements,
    groups.map((group) => row.by_group?.[group] ?? 0),
  );
  const enough = (n: number) => exact || n >= SUPPRESSION_THRESHOLD;
  return {
    year,
    municipality,
    opportunities: byKind.total,
    opportunitiesByKind: kinds.map((kind, i) => ({ kind, count: byKind.parts[i] })),
    placements: byStage.total,
    placementsByStage: stages.map((stage, i) => ({ stage, count: byStage.parts[i] })),
    placementsByTargetGroup: groups.map((targetGroup, i) => ({ targetGroup, count: byGroup.parts[i] })),
    fillRate: row.places > 0 && enough(row.taken) ? row.taken / row.places : null,
    medianDaysToPlacement:
      row.median_days !== null && enough(row.reached_placed) ? Number(row.median_days) : null,
  };
}
