import { Field, Int, ObjectType } from 'type-graphql';
import type { Context, Municipality } from '../core';
import { fromGlobalId, TIME_ZONE } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { CommitmentStage } from './commitment.entity';
import { Election } from './election.entity';
import { Party } from './party.entity';

/** One cell of the tracker: a party's stage on an agenda point, and whether the coalition covers the point. */
export interface TrackerRow {
  agendaPointId: string;
  partyId: string;
  stage: CommitmentStage | null;
  covered: boolean;
}

export interface TrackerData {
  /** The election: the one asked for, or the latest held; null when the municipality held no such election. */
  election: Election | null;
  agreement: CoalitionAgreement | null;
  /** The parties and agenda points the rows name, for the request's loaders. */
  parties: Party[];
  points: AgendaPoint[];
  rows: TrackerRow[];
}

interface TrackerResult {
  election: Election | null;
  agreement: CoalitionAgreement | null;
  parties: Party[] | null;
  points: AgendaPoint[] | null;
  cells: TrackerRow[] | null;
}

/** The key of a tracker: the municipality's id and the election's id, empty for the latest election held. */
export const trackerKey = (municipalityId: string, electionId: string | null) =>
  `${municipalityId}:${electionId ?? ''}`;

/**
 * The trackers of many (municipality, election) pairs in ONE statement. For each pair: the election (the
 * given one if the municipality held it, else the latest held up to today), the coalition agreement of its
 * period (the municipality's first agreement from election day on), the parties on the ballot (a result in
 * that election), the election's agenda points, and one row per point and party with the party's stage. The
 * election, agreement, parties and points come whole, so their fields need no statements of their own.
 */
export async function loadTrackers(ctx: Context, keys: readonly string[]): Promise<TrackerData[]> {
  const pairs = keys.map((key) => key.split(':'));
  const rows = await ctx.em.query<TrackerResult[]>(
    `WITH keys AS (
       SELECT k.municipality_id, k.election_id, k.ord
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(municipality_id, election_id, ord)
     ), chosen AS (
       SELECT k.ord, k.municipality_id,
              (SELECT e.id FROM election e
                WHERE (e.municipality_id = k.municipality_id OR e.municipality_id IS NULL)
                  AND (e.id = k.election_id OR (k.election_id IS NULL AND e.date <= (now() AT TIME ZONE $3)::date))
                ORDER BY e.date DESC, e.id LIMIT 1) AS election_id
         FROM keys k
     ), t AS (
       SELECT c.ord, c.municipality_id, e.id AS election_id, e.date, e.kind, e.municipality_id AS election_municipality_id,
              (SELECT ca.id FROM coalition_agreement ca
                WHERE ca.municipality_id = c.municipality_id AND ca.since >= e.date
                ORDER BY ca.since, ca.id LIMIT 1) AS agreement_id
         FROM chosen c LEFT JOIN election e ON e.id = c.election_id
     ), ballot AS (
       SELECT t.ord, p.* FROM t JOIN election_result er ON er.election_id = t.election_id
         JOIN party p ON p.id = er.party_id AND p.municipality_id = t.municipality_id
     )
     SELECT
       CASE WHEN t.election_id IS NULL THEN NULL ELSE json_build_object(
         'id', t.election_id, 'date', t.date, 'kind', t.kind, 'municipalityId', t.election_municipality_id) END AS election,
       (SELECT json_build_object('id', ca.id, 'municipalityId', ca.municipality_id, 'title', ca.title,
                                 'since', ca.since, 'until', ca.until, 'signedOn', ca.signed_on, 'url', ca.url)
          FROM coalition_agreement ca WHERE ca.id = t.agreement_id) AS agreement,
       (SELECT json_agg(json_build_object('id', b.id, 'municipalityId', b.municipality_id, 'name', b.name,
                                          'abbreviation', b.abbreviation, 'scope', b.scope) ORDER BY b.name, b.id)
          FROM ballot b WHERE b.ord = t.ord) AS parties,
       (SELECT json_agg(json_build_object('id', a.id, 'electionId', a.election_id, 'title', a.title,
                                          'description', a.description, 'theme', a.theme, 'position', a.position)
                        ORDER BY a.position)
          FROM agenda_point a WHERE a.election_id = t.election_id) AS points,
       (SELECT json_agg(json_build_object('agendaPointId', a.id, 'partyId', b.id, 'stage', c.stage,
                                          'covered', cap.agenda_point_id IS NOT NULL)
                        ORDER BY a.position, b.name, b.id)
          FROM agenda_point a
          JOIN ballot b ON b.ord = t.ord
          LEFT JOIN commitment c ON c.party_id = b.id AND c.agenda_point_id = a.id
          LEFT JOIN coalition_agenda_point cap ON cap.agreement_id = t.agreement_id AND cap.agenda_point_id = a.id
         WHERE a.election_id = t.election_id) AS cells
       FROM t ORDER BY t.ord`,
    [
      pairs.map(([municipalityId]) => municipalityId),
      pairs.map(([, electionId]) => electionId || null),
      TIME_ZONE,
    ],
  );
  return rows.map((row) => ({
    election: row.election && Object.assign(new Election(), row.election),
    agreement: row.agreement && Object.assign(new CoalitionAgreement(), row.agreement),
    parties: (row.parties ?? []).map((party) => Object.assign(new Party(), party)),
    points: (row.points ?? []).map((point) => Object.assign(new AgendaPoint(), point)),
    rows: row.cells ?? [],
  }));
}

@ObjectType({ description: 'A count at one stage.' })
export class StageCount {
  @Field(() => CommitmentStage, { description: 'The stage.' })
  stage!: CommitmentStage;

  @Field(() => Int, { description: 'How many: parties, party–point pairs or steps, as the field says.' })
  count!: number;
}

@ObjectType({ description: 'A party’s stage on an agenda point.' })
export class TrackerPartyStage {
  partyId!: string;

  @Field(() => CommitmentStage, {
    nullable: true,
    description: 'Its stage; null when the party made no commitment.',
  })
  stage!: CommitmentStage | null;
}

@ObjectType({ description: 'One agenda point in the tracker: each party’s stage and the coalition’s cover.' })
export class TrackerPoint {
  agendaPointId!: string;

  @Field(() => Boolean, {
    description: 'The coalition agreement of the election’s period covers the point.',
  })
  coveredByCoalitionAgreement!: boolean;

  @Field(() => [TrackerPartyStage], { description: 'Each party on the ballot, by name.' })
  parties!: TrackerPartyStage[];

  @Field(() => [StageCount], { description: 'Parties per stage (every stage, zeros included).' })
  counts!: StageCount[];

  @Field(() => Int, { description: 'Parties that made no commitment on the point.' })
  withoutCommitment!: number;
}

/**
 * Which promises made it where, in one municipality for one election. Built from the ids alone; its fields
 * load through the request's loaders, so the trackers of many municipalities share their statements.
 */
@ObjectType({ description: 'Which of the association’s points each party took how far (public).' })
export class PoliticalTracker {
  municipalityId!: string;
  /** The tracker's key (see `trackerKey`). */
  key!: string;
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
  ctx.loaders.politics.trackerByKey.load(tracker.key);

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
  // A malformed id fails the field; a well-formed one the municipality did not hold gives null.
  const electionId = election ? fromGlobalId(election, 'Election').id : null;
  const key = trackerKey(municipality.id, electionId);
  const data = await ctx.loaders.politics.trackerByKey.load(key);
  return data.election
    ? Object.assign(new PoliticalTracker(), { municipalityId: municipality.id, key })
    : null;
}
