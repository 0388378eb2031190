import type { Context, FiguresScope } from '../../kit';
import { checkFiguresYear, yearRange } from '../../kit';
import { CommitmentStage } from './commitment.entity';
import { ResponseSentiment } from './outreach.entity';
import type { PoliticsStats } from './politics-stats.payloads';

interface Row {
  municipality: string | null;
  outreach: number;
  parties_contacted: number;
  responses: Record<string, number> | null;
  commitments_made: number;
  stages: Record<string, number> | null;
  agreements: number;
  points_covered: number;
}

/**
 * The year's figures of the lobbying cycle, for one municipality (by database id) or the region, in one
 * statement. Exported for reporting (the annual review) as well as `politicsStats`.
 */
export async function politicsStats(
  ctx: Context,
  { year, municipalityId }: FiguresScope,
): Promise<PoliticsStats> {
  checkFiguresYear(year);
  const [row]: Row[] = await ctx.em.query(
    `WITH scope AS (
       SELECT m.id FROM municipality m WHERE $2::uuid IS NULL OR m.id = $2
     ), parties AS (
       SELECT p.id FROM party p JOIN scope s ON s.id = p.municipality_id
     ), contacts AS (
       SELECT o.id, o.party_id FROM outreach o JOIN parties p ON p.id = o.party_id
        WHERE ${yearRange('o.contacted_on', '$1', 'date')}
     ), responses AS (
       SELECT r.sentiment, count(*)::int AS n
         FROM party_response r JOIN outreach o ON o.id = r.outreach_id JOIN parties p ON p.id = o.party_id
        WHERE ${yearRange('r.responded_on', '$1', 'date')}
        GROUP BY r.sentiment
     ), steps AS (
       SELECT ch.to_stage, ch.from_stage
         FROM commitment_change ch JOIN commitment c ON c.id = ch.commitment_id JOIN parties p ON p.id = c.party_id
        WHERE ${yearRange('ch.changed_on', '$1', 'date')}
     ), stages AS (
       SELECT to_stage, count(*)::int AS n FROM steps GROUP BY to_stage
     ), agreements AS (
       SELECT a.id FROM coalition_agreement a JOIN scope s ON s.id = a.municipality_id
        WHERE ${yearRange('a.signed_on', '$1', 'date')}
     )
     SELECT (SELECT m.cbs_code FROM municipality m WHERE m.id = $2) AS municipality,
            (SELECT count(*)::int FROM contacts) AS outreach,
            (SELECT count(DISTINCT party_id)::int FROM contacts) AS parties_contacted,
            (SELECT json_object_agg(sentiment, n) FROM responses) AS responses,
            (SELECT count(*)::int FROM steps WHERE from_stage IS NULL) AS commitments_made,
            (SELECT json_object_agg(to_stage, n) FROM stages) AS stages,
            (SELECT count(*)::int FROM agreements) AS agreements,
            (SELECT count(DISTINCT cap.agenda_point_id)::int
               FROM coalition_agenda_point cap JOIN agreements a ON a.id = cap.agreement_id) AS points_covered`,
    [year, municipalityId],
  );
  return {
    year,
    municipality: row.municipality,
    outreach: row.outreach,
    partiesContacted: row.parties_contacted,
    responses: Object.values(ResponseSentiment).map((sentiment) => ({
      sentiment,
      responses: row.responses?.[sentiment] ?? 0,
    })),
    commitmentsMade: row.commitments_made,
    stagesReached: Object.values(CommitmentStage).map((stage) => ({
      stage,
      count: row.stages?.[stage] ?? 0,
    })),
    coalitionAgreementsSigned: row.agreements,
    agendaPointsCovered: row.points_covered,
  };
}
