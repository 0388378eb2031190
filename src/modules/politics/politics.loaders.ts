import DataLoader from 'dataloader';
import type { Context } from '../../kit';
import { groupLoader, groupRows, rowLoader, TIME_ZONE } from '../../kit';
import { AgendaPoint } from './agenda-point.entity';
import { AldermanTerm } from './alderman-term.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { Commitment, CommitmentChange } from './commitment.entity';
import { Election, ElectionResult } from './election.entity';
import { Outreach, PartyResponse } from './outreach.entity';
import { Party } from './party.entity';
import { loadTrackerRows } from './tracker.service';
import type { TrackerData } from './tracker.service';

export function createPoliticsLoaders(ctx: Context) {
  return {
    electionById: rowLoader(ctx, Election),
    partyById: rowLoader(ctx, Party),
    agendaPointById: rowLoader(ctx, AgendaPoint),
    aldermanTermById: rowLoader(ctx, AldermanTerm),
    outreachById: rowLoader(ctx, Outreach),
    responseById: rowLoader(ctx, PartyResponse),
    responseByOutreachId: rowLoader(ctx, PartyResponse, 'outreachId'),
    commitmentById: rowLoader(ctx, Commitment),
    coalitionAgreementById: rowLoader(ctx, CoalitionAgreement),
    partiesByMunicipalityId: groupLoader(ctx, Party, 'municipalityId', (query) =>
      query.orderBy('row.name').addOrderBy('row.id'),
    ),
    aldermanTermsByMunicipalityId: groupLoader(ctx, AldermanTerm, 'municipalityId', (query) =>
      query.orderBy('row.since').addOrderBy('row.portfolio').addOrderBy('row.id'),
    ),
    agendaPointsByElectionId: groupLoader(ctx, AgendaPoint, 'electionId', (query) =>
      query.orderBy('row.position'),
    ),
    resultsByPartyId: groupLoader(ctx, ElectionResult, 'partyId'),
    resultsByElectionId: groupLoader(ctx, ElectionResult, 'electionId', (query) =>
      query.orderBy('row.seats', 'DESC').addOrderBy('row.partyId'),
    ),
    outreachByPartyId: groupLoader(ctx, Outreach, 'partyId', (query) =>
      query.orderBy('row.contactedOn').addOrderBy('row.id'),
    ),
    commitmentsByPartyId: groupLoader(ctx, Commitment, 'partyId', (query) => query.orderBy('row.id')),
    commitmentsByAgendaPointId: groupLoader(ctx, Commitment, 'agendaPointId', (query) =>
      query.orderBy('row.id'),
    ),
    changesByCommitmentId: groupLoader(ctx, CommitmentChange, 'commitmentId', (query) =>
      query.orderBy('row.changedOn').addOrderBy('row.createdAt'),
    ),
    agreementsByMunicipalityId: groupLoader(ctx, CoalitionAgreement, 'municipalityId', (query) =>
      query.orderBy('row.since'),
    ),
    /** The parties of each agreement, by name: one join for all agreements. */
    partiesByAgreementId: new DataLoader<string, Party[]>(async (ids) => {
      const rows = await ctx.em.query<
        (Pick<Party, 'id' | 'municipalityId' | 'name' | 'abbreviation' | 'scope'> & { agreementId: string })[]
      >(
        `SELECT cp.agreement_id AS "agreementId", p.id, p.municipality_id AS "municipalityId", p.name,
                p.abbreviation, p.scope
           FROM coalition_party cp JOIN party p ON p.id = cp.party_id
          WHERE cp.agreement_id = ANY($1) ORDER BY p.name, p.id`,
        [ids],
      );
      return groupRows(ids, rows, (row) => row.agreementId).map((group) =>
        group.map(({ agreementId: _, ...party }) => Object.assign(new Party(), party)),
      );
    }),
    /** Ids of the agenda points each agreement covers. */
    agendaPointIdsByAgreementId: new DataLoader<string, string[]>(async (ids) => {
      const rows = await ctx.em.query<{ agreement_id: string; agenda_point_id: string }[]>(
        `SELECT cap.agreement_id, cap.agenda_point_id FROM coalition_agenda_point cap
           JOIN agenda_point a ON a.id = cap.agenda_point_id
          WHERE cap.agreement_id = ANY($1) ORDER BY a.position`,
        [ids],
      );
      return groupRows(ids, rows, (r) => r.agreement_id).map((group) => group.map((r) => r.agenda_point_id));
    }),
    /** The latest election (by day, up to today) that each municipality took part in: one statement. */
    latestElectionIdByMunicipalityId: new DataLoader<string, string | null>(async (ids) => {
      const rows = await ctx.em.query<{ municipality_id: string; election_id: string }[]>(
        `SELECT DISTINCT ON (m.id) m.id AS municipality_id, e.id AS election_id
           FROM municipality m JOIN election e ON e.municipality_id = m.id OR e.municipality_id IS NULL
          WHERE m.id = ANY($1) AND e.date <= (now() AT TIME ZONE $2)::date
          ORDER BY m.id, e.date DESC, e.id`,
        [ids, TIME_ZONE],
      );
      const byId = new Map(rows.map((r) => [r.municipality_id, r.election_id]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** The tracker's rows per `municipalityId:electionId`: one statement for all keys. */
    trackerRowsByKey: new DataLoader<string, TrackerData>((keys) => loadTrackerRows(ctx, keys)),
  };
}

export type PoliticsLoaders = ReturnType<typeof createPoliticsLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    politics: PoliticsLoaders;
  }
}
