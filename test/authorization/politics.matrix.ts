import { defineMatrix, everyone, gate, INHERIT, visibleTo } from '../support/authorization-matrix';

/**
 * Politics (issue 12). Elections, parties, aldermen, agenda points, commitments, coalition agreements, the
 * tracker and the figures are public; the board's outreach and the parties' responses are for admins only,
 * also through `node` and `Party.outreach` (null for everyone else). Aldermen's and board members' e-mail
 * addresses are core's `Person.email` (admins).
 */
const all = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, INHERIT]));

export const politicsMatrix = defineMatrix({
  samples: {
    election: { type: 'Election', sql: `SELECT id AS value FROM election WHERE date = '2018-03-21'` },
    party: {
      type: 'Party',
      sql: `SELECT p.id AS value FROM party p JOIN municipality m ON m.id = p.municipality_id
             WHERE m.cbs_code = 'GM0355' AND p.abbreviation = 'VVD'`,
    },
    agendaPoint: {
      type: 'AgendaPoint',
      sql: `SELECT id AS value FROM agenda_point ORDER BY position, id LIMIT 1`,
    },
    aldermanTerm: {
      type: 'AldermanTerm',
      sql: `SELECT id AS value FROM alderman_term ORDER BY since, id LIMIT 1`,
    },
    commitment: { type: 'Commitment', sql: `SELECT id AS value FROM commitment ORDER BY id LIMIT 1` },
    coalitionAgreement: {
      type: 'CoalitionAgreement',
      sql: `SELECT id AS value FROM coalition_agreement ORDER BY since, id LIMIT 1`,
    },
    outreach: {
      type: 'Outreach',
      sql: `SELECT outreach_id AS value FROM party_response ORDER BY id LIMIT 1`,
    },
    partyResponse: {
      type: 'PartyResponse',
      sql: `SELECT id AS value FROM party_response ORDER BY id LIMIT 1`,
    },
  },
  query: {
    elections: { cells: everyone },
    politicalOutreach: { cells: gate('ADMIN') },
    politicalTracker: { args: { municipality: 'GM0355' }, cells: everyone },
    politicsStats: { args: { year: 2018 }, cells: everyone },
  },
  routes: {
    'GET /popolo/:file': { path: '/popolo/GM0355.json', cells: everyone },
  },
  mutation: {
    changeCommitmentStage: { cells: gate('ADMIN') },
    createAgendaPoint: { cells: gate('ADMIN') },
    endAldermanTerm: { cells: gate('ADMIN') },
    recordAldermanTerm: { cells: gate('ADMIN') },
    recordCoalitionAgreement: { cells: gate('ADMIN') },
    recordCommitment: { cells: gate('ADMIN') },
    recordElection: { cells: gate('ADMIN') },
    recordElectionResult: { cells: gate('ADMIN') },
    recordOutreach: { cells: gate('ADMIN') },
    recordParty: { cells: gate('ADMIN') },
    recordPartyResponse: { cells: gate('ADMIN') },
    updateParty: { cells: gate('ADMIN') },
  },
  types: {
    AgendaPoint: {
      sample: 'agendaPoint',
      node: everyone,
      fields: all('commitments', 'description', 'election', 'id', 'position', 'theme', 'title'),
    },
    AldermanTerm: {
      sample: 'aldermanTerm',
      node: everyone,
      fields: all('id', 'municipality', 'party', 'person', 'portfolio', 'since', 'until'),
    },
    AnnualReview: { fields: { politics: INHERIT } },
    ChangeCommitmentStagePayload: { fields: all('commitment', 'userErrors') },
    CreateAgendaPointPayload: { fields: all('agendaPoint', 'userErrors') },
    EndAldermanTermPayload: { fields: all('aldermanTerm', 'userErrors') },
    CoalitionAgreement: {
      sample: 'coalitionAgreement',
      node: everyone,
      fields: all(
        'agendaPoints',
        'id',
        'municipality',
        'parties',
        'signedOn',
        'since',
        'title',
        'until',
        'url',
      ),
    },
    Commitment: {
      sample: 'commitment',
      node: everyone,
      fields: all('agendaPoint', 'createdAt', 'history', 'id', 'party', 'stage', 'stageSince', 'updatedAt'),
    },
    CommitmentChange: {
      fields: all(
        'actorName',
        'changedOn',
        'createdAt',
        'evidenceDocument',
        'evidenceQuote',
        'evidenceUrl',
        'fromStage',
        'toStage',
      ),
    },
    Election: {
      sample: 'election',
      node: everyone,
      fields: all('agendaPoints', 'date', 'id', 'kind', 'municipality', 'results'),
    },
    ElectionResult: { fields: all('election', 'party', 'seats') },
    Municipality: {
      args: { politicsStats: { year: 2018 } },
      fields: all('aldermen', 'coalitionAgreement', 'parties', 'politicalTracker', 'politicsStats'),
    },
    Outreach: {
      sample: 'outreach',
      node: visibleTo('ADMIN'),
      fields: all(
        'boardMember',
        'channel',
        'contactedOn',
        'createdAt',
        'election',
        'id',
        'notes',
        'party',
        'recordedBy',
        'response',
      ),
    },
    OutreachConnection: { fields: all('edges', 'nodes', 'pageInfo', 'totalCount') },
    OutreachEdge: { fields: all('cursor', 'node') },
    Party: {
      sample: 'party',
      node: everyone,
      fields: {
        ...all('abbreviation', 'commitments', 'id', 'municipality', 'name', 'results', 'scope'),
        // The board's own record: admins; null for everyone else.
        outreach: visibleTo('ADMIN'),
      },
    },
    PartyResponse: {
      sample: 'partyResponse',
      node: visibleTo('ADMIN'),
      fields: all('createdAt', 'id', 'outreach', 'recordedBy', 'respondedOn', 'sentiment', 'summary'),
    },
    PoliticalTracker: {
      fields: all('coalitionAgreement', 'counts', 'election', 'municipality', 'points', 'withoutCommitment'),
    },
    PoliticsReview: { fields: { current: INHERIT, previous: INHERIT } },
    PoliticsStats: {
      fields: all(
        'agendaPointsCovered',
        'coalitionAgreementsSigned',
        'commitmentsMade',
        'municipality',
        'outreach',
        'partiesContacted',
        'responses',
        'stagesReached',
        'year',
      ),
    },
    RecordAldermanTermPayload: { fields: all('aldermanTerm', 'userErrors') },
    RecordCoalitionAgreementPayload: { fields: all('coalitionAgreement', 'userErrors') },
    RecordCommitmentPayload: { fields: all('commitment', 'userErrors') },
    RecordElectionPayload: { fields: all('election', 'userErrors') },
    RecordElectionResultPayload: { fields: all('electionResult', 'userErrors') },
    RecordOutreachPayload: { fields: all('outreach', 'userErrors') },
    RecordPartyPayload: { fields: all('party', 'userErrors') },
    RecordPartyResponsePayload: { fields: all('partyResponse', 'userErrors') },
    SentimentCount: { fields: all('responses', 'sentiment') },
    StageCount: { fields: all('count', 'stage') },
    TrackerPartyStage: { fields: all('party', 'stage') },
    TrackerPoint: {
      fields: all('agendaPoint', 'counts', 'coveredByCoalitionAgreement', 'parties', 'withoutCommitment'),
    },
    UpdatePartyPayload: { fields: all('party', 'userErrors') },
  },
});
