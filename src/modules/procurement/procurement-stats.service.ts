import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context, FiguresScope } from '../../kit';
import { checkFiguresYear, EuroCentsScalar, roundedShare, SHARE_DECIMALS, yearRange } from '../../kit';

@ObjectType({ description: 'Awards of one CPV division in a year.' })
export class ProcurementDivisionFigures {
  @Field(() => String, { description: 'The division’s code, e.g. `45000000`.' })
  division!: string;

  @Field(() => String, { description: 'The division’s English label.' })
  label!: string;

  @Field(() => Int, { description: 'Awards in this division.' })
  awards!: number;

  @Field(() => EuroCentsScalar, { description: 'Awarded value in this division.' })
  awardedValue!: number;
}

@ObjectType({
  description: `Public procurement figures of a year (no personal data). Shares are rounded to ${SHARE_DECIMALS} decimals.`,
})
export class ProcurementStats {
  @Field(() => Int, { description: 'The year, in Amsterdam time.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'CBS code of the buying municipality; null for all.' })
  municipality!: string | null;

  @Field(() => Int, { description: 'Requests made in the year.' })
  requests!: number;

  @Field(() => Int, { description: 'Awards made in the year.' })
  awards!: number;

  @Field(() => EuroCentsScalar, { description: 'Total awarded value.' })
  awardedValue!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share (0..1) of awarded value won by regional suppliers.',
  })
  regionalValueShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of awarded value won by suppliers of the buying municipality.',
  })
  localValueShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of awards won by regional suppliers.' })
  regionalAwardShare!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of awards won by suppliers of the buying municipality.',
  })
  localAwardShare!: number | null;

  @Field(() => Int, { description: 'Distinct suppliers invited in the year.' })
  suppliersInvited!: number;

  @Field(() => Int, { description: 'Invitations made in the year.' })
  invitations!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Share of invitations that went to the most-invited 10% of invited suppliers (spread of invitations).',
  })
  topDecileInvitationShare!: number | null;

  @Field(() => [ProcurementDivisionFigures], { description: 'Awards per CPV division, by code.' })
  divisions!: ProcurementDivisionFigures[];
}

interface Row {
  municipality: string | null;
  requests: number;
  awards: number;
  awarded_value: string;
  regional_value: string;
  local_value: string;
  regional_awards: number;
  local_awards: number;
  suppliers_invited: number;
  invitations: number;
  top_decile: number;
  divisions: { division: string; label: string; awards: number; awarded_value: string }[] | null;
}

const share = roundedShare;

/**
 * One statement: requests, awards and invitations of a year (Amsterdam time), grouped per municipality of
 * `municipalityIds` (database ids; a result each, in that order), or for all municipalities together (null).
 */
export async function procurementStatsOf(
  ctx: Context,
  year: number,
  municipalityIds: readonly string[] | null,
): Promise<ProcurementStats[]> {
  checkFiguresYear(year);
  const rows: Row[] = await ctx.em.query(
    `WITH scopes AS (
       SELECT s.scope, s.ord FROM unnest(COALESCE($2::uuid[], ARRAY[NULL]::uuid[])) WITH ORDINALITY AS s(scope, ord)
     ), scoped AS (
       SELECT r.id, r.cpv_code, r.created_at, CASE WHEN $2::uuid[] IS NULL THEN NULL ELSE r.municipality_id END AS scope
         FROM procurement_request r
        WHERE $2::uuid[] IS NULL OR r.municipality_id = ANY($2::uuid[])
     ), awarded AS (
       SELECT s.scope, a.value, a.local, a.regional, left(s.cpv_code, 2) || '000000' AS division
         FROM award a JOIN scoped s ON s.id = a.request_id
        WHERE ${yearRange('a.awarded_at', '$1')}
     ), invited AS (
       SELECT s.scope, i.profile_id, count(*)::int AS n
         FROM invitation i JOIN scoped s ON s.id = i.request_id
        WHERE i.outcome = 'INVITED' AND ${yearRange('i.decided_at', '$1')}
        GROUP BY s.scope, i.profile_id
     ), ranked AS (
       SELECT scope, n, row_number() OVER (PARTITION BY scope ORDER BY n DESC) AS place,
              count(*) OVER (PARTITION BY scope) AS suppliers
         FROM invited
     ), divisions AS (
       SELECT awarded.scope, awarded.division, c.label, count(*)::int AS awards,
              sum(awarded.value)::text AS awarded_value
         FROM awarded JOIN cpv_category c ON c.code = awarded.division
        GROUP BY awarded.scope, awarded.division, c.label
     )
     SELECT
       (SELECT m.cbs_code FROM municipality m WHERE m.id = scopes.scope) AS municipality,
       (SELECT count(*)::int FROM scoped s
         WHERE s.scope IS NOT DISTINCT FROM scopes.scope
           AND ${yearRange('s.created_at', '$1')}) AS requests,
       (SELECT count(*)::int FROM awarded a WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS awards,
       (SELECT COALESCE(sum(value), 0)::text FROM awarded a
         WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS awarded_value,
       (SELECT COALESCE(sum(value) FILTER (WHERE regional), 0)::text FROM awarded a
         WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS regional_value,
       (SELECT COALESCE(sum(value) FILTER (WHERE local), 0)::text FROM awarded a
         WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS local_value,
       (SELECT count(*) FILTER (WHERE regional)::int FROM awarded a
         WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS regional_awards,
       (SELECT count(*) FILTER (WHERE local)::int FROM awarded a
         WHERE a.scope IS NOT DISTINCT FROM scopes.scope) AS local_awards,
       (SELECT count(*)::int FROM invited i WHERE i.scope IS NOT DISTINCT FROM scopes.scope) AS suppliers_invited,
       (SELECT COALESCE(sum(n), 0)::int FROM invited i
         WHERE i.scope IS NOT DISTINCT FROM scopes.scope) AS invitations,
       (SELECT COALESCE(sum(n) FILTER (WHERE place <= ceil(suppliers * 0.1)), 0)::int FROM ranked r
         WHERE r.scope IS NOT DISTINCT FROM scopes.scope) AS top_decile,
       (SELECT json_agg(d ORDER BY d.division) FROM divisions d
         WHERE d.scope IS NOT DISTINCT FROM scopes.scope) AS divisions
     FROM scopes ORDER BY scopes.ord`,
    [year, municipalityIds],
  );
  return rows.map((row) => {
    const awardedValue = Number(row.awarded_value);
    return {
      year,
      municipality: row.municipality,
      requests: row.requests,
      awards: row.awards,
      awardedValue,
      regionalValueShare: share(Number(row.regional_value), awardedValue),
      localValueShare: share(Number(row.local_value), awardedValue),
      regionalAwardShare: share(row.regional_awards, row.awards),
      localAwardShare: share(row.local_awards, row.awards),
      suppliersInvited: row.suppliers_invited,
      invitations: row.invitations,
      topDecileInvitationShare: share(row.top_decile, row.invitations),
      divisions: (row.divisions ?? []).map((d) => ({
        division: d.division,
        label: d.label,
        awards: d.awards,
        awardedValue: Number(d.awarded_value),
      })),
    };
  });
}

/** The figures of a year for one municipality (database id) or the whole region (null). */
export async function procurementStats(
  ctx: Context,
  { year, municipalityId }: FiguresScope,
): Promise<ProcurementStats> {
  const [stats] = await procurementStatsOf(ctx, year, municipalityId === null ? null : [municipalityId]);
  return stats;
}
