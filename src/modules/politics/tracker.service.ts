import type { Context } from '../../kit';
import type { Municipality } from '../core';
import { fromGlobalId } from '../../kit';
import { CommitmentStage } from './commitment.entity';
import { PoliticalTracker } from './tracker.payloads';
import type { StageCount, TrackerPoint } from './tracker.payloads';

/** One cell of the tracker: a party's stage on an agenda point, and whether the coalition covers the point. */
export interface TrackerRow {
  agendaPointId: string;
  partyId: string;
  stage: CommitmentStage | null;
  covered: boolean;
}

export interface TrackerData {
  agreementId: string | null;
  rows: TrackerRow[];
}

/**
 * The tracker of many (municipality, election) pairs in one statement: for each pair, the coalition agreement
 * of the election's period (the municipality's first agreement from election day on) and one row per agenda
 * point of the election and party on the ballot (a result in that election), with the party's stage. A point
 * is covered when the agreement lists it, or when a party of the agreement has its commitment to the point in
 * the agreement (IN_COALITION_AGREEMENT, or IMPLEMENTED since): docs/politics.md.
 */
export async function loadTrackerRows(ctx: Context, keys: readonly string[]): Promise<TrackerData[]> {
  const pairs = keys.map((key) => key.split(':'));
  const rows = await ctx.em.query<{ ord: string; agreement_id: string | null; cells: TrackerRow[] | null }[]>(
    `WITH keys AS (
       SELECT k.municipality_id, k.election_id, k.ord
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(municipality_id, election_id, ord)
     ), agreement AS (
       SELECT DISTINCT ON (k.ord) k.ord, ca.id
         FROM keys k JOIN election e ON e.id = k.election_id
         JOIN coalition_agreement ca ON ca.municipality_id = k.municipality_id AND ca.since >= e.date
        ORDER BY k.ord, ca.since, ca.id
     )
     SELECT k.ord, ag.id AS agreement_id,
            (SELECT json_agg(json_build_object('agendaPointId', a.id, 'partyId', p.id, 'stage', c.stage,
                                               'covered', cap.agenda_point_id IS NOT NULL OR EXISTS (
                                                 SELECT 1 FROM commitment cc
                                                   JOIN coalition_party cp ON cp.party_id = cc.party_id
                                                  WHERE cp.agreement_id = ag.id AND cc.agenda_point_id = a.id
                                                    AND cc.stage IN ('IN_COALITION_AGREEMENT', 'IMPLEMENTED')))
                             ORDER BY a.position, p.name, p.id)
               FROM agenda_point a
               JOIN election_result er ON er.election_id = a.election_id
               JOIN party p ON p.id = er.party_id AND p.municipality_id = k.municipality_id
               LEFT JOIN commitment c ON c.party_id = p.id AND c.agenda_point_id = a.id
               LEFT JOIN coalition_agenda_point cap ON cap.agreement_id = ag.id AND cap.agenda_point_id = a.id
              WHERE a.election_id = k.election_id) AS cells
       FROM keys k LEFT JOIN agreement ag ON ag.ord = k.ord
      ORDER BY k.ord`,
    [pairs.map(([municipalityId]) => municipalityId), pairs.map(([, electionId]) => electionId)],
  );
  return rows.map((row) => ({ agreementId: row.agreement_id, rows: row.cells ?? [] }));
}

const STAGES = Object.values(CommitmentStage);

export function countStages(stages: (CommitmentStage | null)[]): {
  counts: StageCount[];
  withoutCommitment: number;
} {
  return {
    counts: STAGES.map((stage) => ({ stage, count: stages.filter((s) => s === stage).length })),
    withoutCommitment: stages.filter((s) => s === null).length,
  };
}

export const trackerData = (ctx: Context, tracker: PoliticalTracker) =>
  ctx.loaders.politics.trackerRowsByKey.load(`${tracker.municipalityId}:${tracker.electionId}`);

/** The tracker's points, in agenda order. */
export async function trackerPoints(ctx: Context, tracker: PoliticalTracker): Promise<TrackerPoint[]> {
  const { rows } = await trackerData(ctx, tracker);
  const points = new Map<string, TrackerRow[]>();
  for (const row of rows) {
    const list = points.get(row.agendaPointId) ?? [];
    list.push(row);
    points.set(row.agendaPointId, list);
  }
  return [...points].map(([agendaPointId, cells]) => ({
    agendaPointId,
    coveredByCoalitionAgreement: cells[0].covered,
    parties: cells.map((cell) => ({ partyId: cell.partyId, stage: cell.stage })),
    ...countStages(cells.map((cell) => cell.stage)),
  }));
}

/**
 * The tracker of a municipality for an election (by global id), or for the latest election it took part in.
 * Null when there is no such election for the municipality.
 */
export async function politicalTracker(
  ctx: Context,
  municipality: Municipality,
  election?: string | null,
): Promise<PoliticalTracker | null> {
  let electionId: string | null;
  if (election) {
    const found = await ctx.loaders.politics.electionById.load(fromGlobalId(election, 'Election').id);
    const applies = found && (found.municipalityId === null || found.municipalityId === municipality.id);
    electionId = applies ? found.id : null;
  } else {
    electionId = await ctx.loaders.politics.latestElectionIdByMunicipalityId.load(municipality.id);
  }
  if (!electionId) return null;
  return Object.assign(new PoliticalTracker(), { municipalityId: municipality.id, electionId });
}
