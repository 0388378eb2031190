import type { Context } from '../../kit';
import { random } from '../../kit';
import { Municipality, Person } from '../core';
import { AgendaPoint } from './agenda-point.entity';
import { AldermanTerm } from './alderman-term.entity';
import { CoalitionAgendaPoint, CoalitionAgreement, CoalitionParty } from './coalition-agreement.entity';
import { Commitment, CommitmentChange, CommitmentStage } from './commitment.entity';
import { Election, ElectionKind, ElectionResult } from './election.entity';
import { Outreach, OutreachChannel, PartyResponse, ResponseSentiment } from './outreach.entity';
import { Party, PartyScope } from './party.entity';

// Demo data, not a record: the parties, seats, aldermen, responses and agreements below are made up to be
// plausible. Only the election days are real.

const NATIONAL: [name: string, abbreviation: string][] = [
  ['Volkspartij voor Vrijheid en Democratie', 'VVD'],
  ['Christen-Democratisch Appèl', 'CDA'],
  ['GroenLinks', 'GL'],
  ['Democraten 66', 'D66'],
  ['Partij van de Arbeid', 'PvdA'],
  ['ChristenUnie', 'CU'],
];

/** Per municipality: council seats, the national parties that stand, and its local parties. */
const COUNCILS: Record<string, { seats: number; national: string[]; local: [string, string][] }> = {
  GM0355: {
    seats: 33,
    national: ['VVD', 'CDA', 'GL', 'D66', 'PvdA', 'CU'],
    local: [
      ['Zeister Belang', 'ZB'],
      ['Seniorenpartij Zeist', 'SPZ'],
    ],
  },
  GM0310: {
    seats: 27,
    national: ['VVD', 'CDA', 'GL', 'D66', 'PvdA', 'CU'],
    local: [['Democratisch Belang De Bilt', 'DBDB']],
  },
  GM0312: { seats: 17, national: ['VVD', 'CDA', 'GL', 'D66'], local: [['Dorpsbelangen Bunnik', 'DB']] },
  GM0352: { seats: 19, national: ['VVD', 'CDA', 'GL', 'PvdA', 'CU'], local: [['Wijks Belang', 'WB']] },
  GM1581: {
    seats: 27,
    national: ['VVD', 'CDA', 'GL', 'D66', 'PvdA', 'CU'],
    local: [['Heuvelrug Lokaal', 'HL']],
  },
};

const ELECTION_DAYS = ['2018-03-21', '2022-03-16', '2026-03-18'];

/** The association's agenda per election year (none was written in 2022). */
const AGENDAS: Record<string, [title: string, theme: string, description: string][]> = {
  '2018-03-21': [
    [
      'Regionaal inkopen',
      'Inkoop',
      'Nodig bij elke aanbesteding onder de Europese drempel ten minste één ondernemer uit de regio uit.',
    ],
    [
      'Sociaal ondernemen',
      'Sociaal ondernemen',
      'Vraag social return bij opdrachten en koop in bij sociale ondernemingen uit de regio.',
    ],
    [
      'Bereikbare bedrijventerreinen',
      'Bereikbaarheid',
      'Investeer in ontsluiting, parkeren en snel internet op de bedrijventerreinen.',
    ],
    [
      'Regio Q4 als gesprekspartner',
      'Samenwerking',
      'Betrek Regio Q4 vooraf bij economisch beleid, niet pas bij de inspraak.',
    ],
    [
      'Samenwerken over de gemeentegrenzen',
      'Samenwerking',
      'Stem economisch beleid, vergunningen en acquisitie af tussen de vijf gemeenten.',
    ],
    [
      'Eén loket voor ondernemers',
      'Dienstverlening',
      'Eén vast aanspreekpunt per gemeente dat binnen vijf werkdagen antwoordt.',
    ],
  ],
  '2026-03-18': [
    [
      'Regionaal inkopen, gemeten',
      'Inkoop',
      'Publiceer jaarlijks welk deel van de inkoop bij ondernemers uit de regio terechtkomt.',
    ],
    [
      'Werk voor iedereen',
      'Sociaal ondernemen',
      'Een regionaal werkbedrijf met sociale ondernemers voor mensen met afstand tot werk.',
    ],
    [
      'Netcongestie aanpakken',
      'Bereikbaarheid',
      'Ruimte op het stroomnet voor bedrijventerreinen, samen met de netbeheerder.',
    ],
    [
      'Regio Q4 aan tafel',
      'Samenwerking',
      'Een vast overleg van de wethouders economie met Regio Q4, twee keer per jaar.',
    ],
    [
      'Ruimte om te ondernemen',
      'Ruimte',
      'Reserveer in de omgevingsvisie ruimte voor nieuwe en groeiende bedrijven.',
    ],
  ],
};

const BOARD: [name: string, email: string][] = [
  ['Marieke Verhoef', 'm.verhoef@regioq4.example.nl'],
  ['Hans de Kruijf', 'h.dekruijf@regioq4.example.nl'],
  ['Saskia Brouwer', 's.brouwer@regioq4.example.nl'],
];

const FIRST = [
  'Anouk',
  'Bert',
  'Chantal',
  'Dirk',
  'Els',
  'Frank',
  'Germaine',
  'Henk',
  'Iris',
  'Jeroen',
  'Karin',
  'Luuk',
];
const LAST = [
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'de Boer',
  'Mulder',
  'de Groot',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
];
const PORTFOLIOS = [
  'Economische Zaken, Inkoop',
  'Sociaal Domein, Werk en Inkomen',
  'Ruimtelijke Ordening, Mobiliteit',
  'Financiën, Regionale Samenwerking',
];

/** Coalition periods after each election: since, until (null: the current one), signed, agenda day. */
const PERIODS: [since: string, until: string | null, signedOn: string, election: string][] = [
  ['2018-06-01', '2022-05-31', '2018-05-24', '2018-03-21'],
  ['2022-06-01', '2026-05-31', '2022-05-25', '2022-03-16'],
  ['2026-06-01', null, '2026-05-27', '2026-03-18'],
];

/**
 * When the outreach before an election began, in days before election day. For 2018 the board approached
 * every party in the autumn of 2017 (its review of 2017: "alle politieke partijen in de vijf Q4 gemeenten
 * benaderd"), and the promises to take the points into the programmes followed before the year was out; later
 * elections were prepared in the ten weeks before.
 */
const OUTREACH_LEAD: Record<string, { letter: number; response: number; promised: number }> = {
  '2018-03-21': { letter: -170, response: -140, promised: -110 },
};
const DEFAULT_LEAD = { letter: -70, response: -50, promised: -45 };

const SENTIMENTS = [
  ResponseSentiment.ENTHUSIASTIC,
  ResponseSentiment.ENTHUSIASTIC,
  ResponseSentiment.POSITIVE,
  ResponseSentiment.POSITIVE,
  ResponseSentiment.NEUTRAL,
  ResponseSentiment.NEGATIVE,
  ResponseSentiment.NO_RESPONSE,
];

const day = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Seats of a council shared among parties by random weights (largest remainders), every party at least one. */
function shareSeats(total: number, count: number, next: () => number): number[] {
  const weights = Array.from({ length: count }, () => 0.3 + next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - count;
  const exact = weights.map((w) => (w / sum) * spare);
  const seats = exact.map((x) => 1 + Math.floor(x));
  const order = exact.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; seats.reduce((a, b) => a + b, 0) < total; k += 1) seats[order[k][1]] += 1;
  return seats;
}

export async function seedPolitics(ctx: Context): Promise<void> {
  const { em } = ctx;
  const next = random(2018_0321);
  const municipalities = await em.find(Municipality, {
    where: { inRegion: true },
    order: { cbsCode: 'ASC' },
  });
  const board = await em.save(BOARD.map(([name, email]) => em.create(Person, { name, email })));
  const elections = await em.save(
    ELECTION_DAYS.map((date) =>
      em.create(Election, { date, kind: ElectionKind.MUNICIPAL, municipalityId: null }),
    ),
  );
  const electionOf = new Map(elections.map((e) => [e.date, e]));
  const points = new Map<string, AgendaPoint[]>();
  for (const [date, agenda] of Object.entries(AGENDAS)) {
    points.set(
      date,
      await em.save(
        agenda.map(([title, theme, description], i) =>
          em.create(AgendaPoint, {
            electionId: electionOf.get(date)!.id,
            title,
            theme,
            description,
            position: i + 1,
          }),
        ),
      ),
    );
  }

  const changes: Partial<CommitmentChange>[] = [];
  let personNumber = 0;
  for (const municipality of municipalities) {
    const council = COUNCILS[municipality.cbsCode];
    if (!council) continue;
    const parties = await em.save([
      ...NATIONAL.filter(([, abbreviation]) => council.national.includes(abbreviation)).map(
        ([name, abbreviation]) =>
          em.create(Party, {
            municipalityId: municipality.id,
            name,
            abbreviation,
            scope: PartyScope.NATIONAL,
          }),
      ),
      ...council.local.map(([name, abbreviation]) =>
        em.create(Party, { municipalityId: municipality.id, name, abbreviation, scope: PartyScope.LOCAL }),
      ),
    ]);

    for (const [since, until, signedOn, electionDay] of PERIODS) {
      const election = electionOf.get(electionDay)!;
      const seats = shareSeats(council.seats, parties.length, next);
      await em.insert(
        ElectionResult,
        parties.map((party, i) => ({ electionId: election.id, partyId: party.id, seats: seats[i] })),
      );
      // The coalition: the largest parties until they hold a majority.
      const bySeats = parties
        .map((party, i) => ({ party, seats: seats[i] }))
        .sort((a, b) => b.seats - a.seats);
      const coalition: Party[] = [];
      for (let held = 0; held <= council.seats / 2;) {
        const { party, seats: won } = bySeats[coalition.length];
        coalition.push(party);
        held += won;
      }
      const agenda = points.get(electionDay) ?? [];
      const lead = OUTREACH_LEAD[electionDay] ?? DEFAULT_LEAD;

      // Outreach before the election: a letter to every party, a meeting with some; their responses.
      const sentiments = new Map<string, ResponseSentiment>();
      for (const party of agenda.length ? parties : []) {
        const sentiment = SENTIMENTS[Math.floor(next() * SENTIMENTS.length)];
        sentiments.set(party.id, sentiment);
        const member = board[Math.floor(next() * board.length)];
        const letter = await em.save(
          em.create(Outreach, {
            partyId: party.id,
            electionId: election.id,
            contactedOn: day(electionDay, lead.letter),
            channel: OutreachChannel.LETTER,
            boardMemberId: member.id,
            notes: 'Brief met de agendapunten van Regio Q4 aan de lijsttrekker.',
            recordedBy: 'demo',
          }),
        );
        await em.insert(PartyResponse, {
          outreachId: letter.id,
          sentiment,
          summary:
            sentiment === ResponseSentiment.NO_RESPONSE
              ? 'Geen reactie ontvangen na herinnering.'
              : `Reactie van de lijsttrekker van ${party.abbreviation}: ${sentiment.toLowerCase().replace('_', ' ')}.`,
          respondedOn: day(electionDay, lead.response),
          recordedBy: 'demo',
        });
        if (sentiment === ResponseSentiment.ENTHUSIASTIC || next() < 0.3) {
          await em.insert(Outreach, {
            partyId: party.id,
            electionId: election.id,
            contactedOn: day(electionDay, -35),
            channel: next() < 0.5 ? OutreachChannel.MEETING : OutreachChannel.DEBATE,
            boardMemberId: board[Math.floor(next() * board.length)].id,
            notes: 'Gesprek over de agendapunten en wat de partij in het programma opneemt.',
            recordedBy: 'demo',
          });
        }
      }

      // Commitments: promised after a positive response, in the programme for most, in the coalition
      // agreement where the coalition took the point up, then implemented or dropped during the period.
      const covered = new Set<string>();
      const commitments: { party: Party; point: AgendaPoint; path: CommitmentStage[] }[] = [];
      for (const point of agenda) {
        for (const party of parties) {
          const sentiment = sentiments.get(party.id)!;
          const willing =
            sentiment === ResponseSentiment.ENTHUSIASTIC ||
            (sentiment === ResponseSentiment.POSITIVE && next() < 0.8) ||
            (sentiment === ResponseSentiment.NEUTRAL && next() < 0.3);
          if (!willing) continue;
          const path = [CommitmentStage.PROMISED];
          if (next() < 0.75) path.push(CommitmentStage.IN_PARTY_PROGRAMME);
          commitments.push({ party, point, path });
        }
      }
      for (const point of agenda) {
        if (commitments.some((c) => c.point === point && coalition.includes(c.party)) && next() < 0.7) {
          covered.add(point.id);
        }
      }
      for (const commitment of commitments) {
        const { party, point, path } = commitment;
        if (coalition.includes(party) && covered.has(point.id)) {
          path.push(CommitmentStage.IN_COALITION_AGREEMENT);
          if (until && next() < 0.5) path.push(CommitmentStage.IMPLEMENTED);
        }
        if (until && path.at(-1) !== CommitmentStage.IMPLEMENTED && next() < 0.2)
          path.push(CommitmentStage.DROPPED);
      }

      const agreement = await em.save(
        em.create(CoalitionAgreement, {
          municipalityId: municipality.id,
          title: `Coalitieakkoord ${municipality.name} ${since.slice(0, 4)}–${(until ?? '2030').slice(0, 4)}`,
          since,
          until,
          signedOn,
          url: `https://www.example.nl/${municipality.cbsCode.toLowerCase()}/coalitieakkoord-${since.slice(0, 4)}`,
        }),
      );
      await em.insert(
        CoalitionParty,
        coalition.map((party) => ({ agreementId: agreement.id, partyId: party.id })),
      );
      if (covered.size > 0) {
        await em.insert(
          CoalitionAgendaPoint,
          [...covered].map((agendaPointId) => ({ agreementId: agreement.id, agendaPointId })),
        );
      }

      // Aldermen of the period: one per coalition party, and a second for the largest.
      for (const [i, party] of [...coalition, coalition[0]].entries()) {
        personNumber += 1;
        const person = await em.save(
          em.create(Person, {
            name: `${FIRST[personNumber % FIRST.length]} ${LAST[(personNumber * 5) % LAST.length]}`,
            email: `wethouder${personNumber}@${municipality.cbsCode.toLowerCase()}.example.nl`,
          }),
        );
        await em.insert(AldermanTerm, {
          personId: person.id,
          municipalityId: municipality.id,
          partyId: party.id,
          portfolio: PORTFOLIOS[i % PORTFOLIOS.length],
          since,
          until,
        });
      }

      const stageDay: Record<CommitmentStage, string> = {
        PROMISED: day(electionDay, lead.promised),
        IN_PARTY_PROGRAMME: day(electionDay, -30),
        IN_COALITION_AGREEMENT: signedOn,
        IMPLEMENTED: day(since, 700),
        DROPPED: day(since, 500),
      };
      for (const { party, point, path } of commitments) {
        const last = path.at(-1)!;
        const { identifiers } = await em.insert(Commitment, {
          partyId: party.id,
          agendaPointId: point.id,
          stage: last,
          stageSince: stageDay[last],
        });
        path.forEach((stage, i) => {
          const skipped =
            i === 0
              ? false
              : path[i - 1] === CommitmentStage.PROMISED && stage === CommitmentStage.IN_COALITION_AGREEMENT;
          changes.push({
            commitmentId: identifiers[0].id as string,
            fromStage: i === 0 ? null : path[i - 1],
            toStage: stage,
            changedOn: stageDay[stage],
            evidenceQuote:
              stage === CommitmentStage.IN_COALITION_AGREEMENT || skipped
                ? `“${point.title}” staat in het coalitieakkoord.`
                : stage === CommitmentStage.IN_PARTY_PROGRAMME
                  ? `${party.abbreviation} neemt “${point.title.toLowerCase()}” op in het verkiezingsprogramma.`
                  : null,
            evidenceUrl: stage === CommitmentStage.IN_COALITION_AGREEMENT ? agreement.url : null,
            evidenceDocument:
              stage === CommitmentStage.IN_PARTY_PROGRAMME
                ? `Verkiezingsprogramma ${party.abbreviation} ${electionDay.slice(0, 4)}`
                : null,
            actorSubject: 'demo',
            actorName: BOARD[0][0],
          });
        });
      }
    }
  }
  if (changes.length > 0) await em.insert(CommitmentChange, changes);
}
