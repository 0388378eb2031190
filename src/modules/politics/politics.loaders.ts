import DataLoader from 'dataloader';
import type { Context } from '../core';
import { groupLoader, rowLoader } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { AldermanTerm } from './alderman-term.entity';
import { CoalitionAgreement } from './coalition-agreement.entity';
import { Commitment, CommitmentChange } from './commitment.entity';
import { Election, ElectionResult } from './election.entity';
import { Outreach, PartyResponse } from './outreach.entity';
import { Party } from './party.entity';
import { loadTrackers } from './tracker.service';
import type { TrackerData } from './tracker.service';

export function createPoliticsLoaders(ctx: Context) {
  const loaders = {
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
      query.orderBy('row.since').addOrderBy('row.portfolio'),
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
      return ids.map((id) =>
        rows
          .filter((row) => row.agreementId === id)
          .map(({ agreementId: _, ...party }) => Object.assign(new Party(), party)),
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
      return ids.map((id) => rows.filter((r) => r.agreement_id === id).map((r) => r.agenda_point_id));
    }),
    /**
     * The tracker per `municipalityId:electionId` (see `trackerKey`): one statement for all keys. The
     * elections, agreements, parties and points it reads are primed into their loaders, so the tracker's
     * nested fields cost no further statements.
     */
    trackerByKey: new DataLoader<string, TrackerData>(async (keys) => {
      const trackers = await loadTrackers(ctx, keys);
      for (const tracker of trackers) {
        if (tracker.election) loaders.electionById.prime(tracker.election.id, tracker.election);
        if (tracker.agreement) loaders.coalitionAgreementById.prime(tracker.agreement.id, tracker.agreement);
        for (const party of tracker.parties) loaders.partyById.prime(party.id, party);
        for (const point of tracker.points) loaders.agendaPointById.prime(point.id, point);
      }
      return trackers;
    }),
  };
  return loaders;
}

export type PoliticsLoaders = ReturnType<typeof createPoliticsLoaders>;

declare module '../core/context' {
  interface Loaders {
    politics: PoliticsLoaders;
  }
}
