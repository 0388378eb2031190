import type { Context, CountSum, FiguresScope } from '../../kit';
import {
  checkFiguresYear,
  seesExactCounts,
  SUPPRESSION_THRESHOLD,
  suppressTable,
  yearRange,
} from '../../kit';
import { TargetGroup } from './candidate.enum';
import { OpportunityKind } from './opportunity.enum';
import { PlacementStage } from './placement.enum';
import type { SocialEnterpriseStats } from './social-enterprise-stats.payloads';

interface Row {
  /** [CBS code, cell, count]: `kind:JOB`, `stage:PLACED`, `group:PUPIL`, `taken`, for every municipality. */
  counts: [string, string, number][] | null;
  /** CBS code of the asked municipality; null for the whole board. */
  municipality: string | null;
  places: number;
  reached_placed: number;
  median_days: number | null;
}

/**
 * The board's figures of a year, per municipality (of the opportunity) or all, in one statement, with
 * the suppression rules applied for the viewer. Also the annual review's source for these figures.
 *
 * The whole board and each municipality are separate queries, so suppression holds across them: the
 * statement counts every municipality, and the whole board with all its municipalities, figure by figure, is
 * suppressed as one table (`suppressTable`); a query shows its own row of it. Every municipality is part of
 * the whole, the region's five and the others alike, because the whole counts them all.
 */
export async function socialEnterpriseStats(
  ctx: Context,
  { year, municipalityId }: FiguresScope,
): Promise<SocialEnterpriseStats> {
  checkFiguresYear(year);
  // Scopes are keyed by CBS code (the order `suppressTable` sees them in); $2 is the asked municipality's id.
  const [row]: Row[] = await ctx.em.query(
    `WITH opp AS (
       SELECT o.id, o.kind, o.places, m.cbs_code, m.id AS municipality_id
         FROM opportunity o JOIN municipality m ON m.id = o.municipality_id
        WHERE ${yearRange('o.created_at', '$1')}
     ), pl AS (
       SELECT p.id, p.stage, c.target_group, p.created_at, m.cbs_code, m.id AS municipality_id
         FROM placement p
         JOIN opportunity o ON o.id = p.opportunity_id
         JOIN municipality m ON m.id = o.municipality_id
         JOIN candidate c ON c.id = p.candidate_id
        WHERE ${yearRange('p.created_at', '$1')}
     ), placed AS (
       SELECT pl.id, min(t.at) - pl.created_at AS took
         FROM pl JOIN placement_transition t ON t.placement_id = pl.id AND t.to = 'PLACED'
        WHERE $2::uuid IS NULL OR pl.municipality_id = $2
        GROUP BY pl.id, pl.created_at
     ), counts AS (
       SELECT cbs_code, 'kind:' || kind AS cell, count(*)::int AS n FROM opp GROUP BY 1, 2
       UNION ALL SELECT cbs_code, 'stage:' || stage, count(*)::int FROM pl GROUP BY 1, 2
       UNION ALL SELECT cbs_code, 'group:' || target_group, count(*)::int FROM pl GROUP BY 1, 2
       UNION ALL SELECT opp.cbs_code, 'taken', count(*)::int
                   FROM placement p JOIN opp ON opp.id = p.opportunity_id
                  WHERE p.stage IN ('PLACED', 'COMPLETED') GROUP BY 1
     )
     SELECT
       (SELECT json_agg(json_build_array(cbs_code, cell, n)) FROM counts) AS counts,
       (SELECT cbs_code FROM municipality WHERE id = $2) AS municipality,
       (SELECT COALESCE(sum(places), 0)::int FROM opp WHERE $2::uuid IS NULL OR municipality_id = $2) AS places,
       (SELECT count(*)::int FROM placed) AS reached_placed,
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM took) / 86400) FROM placed)
         AS median_days`,
    [year, municipalityId],
  );
  const { municipality } = row;
  const { viewer } = ctx;
  const kinds = Object.values(OpportunityKind);
  const stages = Object.values(PlacementStage);
  const groups = Object.values(TargetGroup);
  // One row per scope (the whole board first, then every municipality by code), these cells in each.
  const cells = [
    'opportunities',
    ...kinds.map((k) => `kind:${k}`),
    'placements',
    ...stages.map((s) => `stage:${s}`),
    ...groups.map((g) => `group:${g}`),
    'taken',
  ];
  const cell = new Map(cells.map((name, i) => [name, i]));
  const codes = [
    ...new Set([...(row.counts ?? []).map(([code]) => code), ...(municipality ? [municipality] : [])]),
  ];
  codes.sort();
  const scopes = [null, ...codes];
  const at = (scope: number, name: string) => scope * cells.length + cell.get(name)!;
  const values = new Array<number>(scopes.length * cells.length).fill(0);
  for (const [code, name, n] of row.counts ?? []) {
    const scope = codes.indexOf(code) + 1;
    for (const s of [0, scope]) values[at(s, name)] += n;
    const total = name.startsWith('kind:')
      ? 'opportunities'
      : name.startsWith('stage:')
        ? 'placements'
        : null;
    if (total) for (const s of [0, scope]) values[at(s, total)] += n;
  }
  const sums: CountSum[] = [
    // Within each scope: the opportunities by kind, the placements by stage and by target group.
    ...scopes.flatMap((_, s) =>
      (
        [
          ['opportunities', kinds.map((k) => `kind:${k}`)],
          ['placements', stages.map((st) => `stage:${st}`)],
          ['placements', groups.map((g) => `group:${g}`)],
        ] as const
      ).map(([total, parts]) => ({ total: at(s, total), parts: parts.map((p) => at(s, p)) })),
    ),
    // Across scopes: each cell of the whole board is the sum of the municipalities' (fill rates' `taken` too).
    ...cells.map((name) => ({ total: at(0, name), parts: codes.map((_, i) => at(i + 1, name)) })),
  ];
  const shownTable = suppressTable(viewer, values, sums);
  const asked = municipality === null ? 0 : codes.indexOf(municipality) + 1;
  const count = (name: string) => shownTable[at(asked, name)];
  const taken = values[at(asked, 'taken')];
  const exact = seesExactCounts(viewer);
  return {
    year,
    municipality,
    opportunities: count('opportunities'),
    opportunitiesByKind: kinds.map((kind) => ({ kind, count: count(`kind:${kind}`) })),
    placements: count('placements'),
    placementsByStage: stages.map((stage) => ({ stage, count: count(`stage:${stage}`) })),
    placementsByTargetGroup: groups.map((targetGroup) => ({
      targetGroup,
      count: count(`group:${targetGroup}`),
    })),
    // The places are not shown, but a public opportunity shows its own: the count of taken ones is
    // suppressed like the others before the share is shown.
    fillRate: row.places > 0 && !count('taken').suppressed ? taken / row.places : null,
    // A median cannot be subtracted: it only needs 5 placements behind it.
    medianDaysToPlacement:
      row.median_days !== null && (exact || row.reached_placed >= SUPPRESSION_THRESHOLD)
        ? Number(row.median_days)
        : null,
  };
}
