import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toGlobalId } from '../../src/kit';
import { root } from '../support/processes';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * The demo's history is the board's own: Regio Q4's review of 2017 (the seed document, as published on
 * 15 January 2018) read sentence by sentence against the generated review of 2017, through the API and in
 * the Markdown report; then the review of 2018 against what the demo data holds for 2018.
 */

// The association's own review of 2017, as the board published it.
const SEED = readFileSync(path.join(__dirname, 'terugblik-2017.txt'), 'utf8');
const FIVE = ['GM0310', 'GM0312', 'GM0352', 'GM0355', 'GM1581'];

let api: TestServer;
let key: string;
const markdown = new Map<number, string>();

function runReport(year: number): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'dist', 'scripts', 'report', 'main.js'),
        ...['--year', String(year), '--url', `${api.url}/graphql`, '--api-key', key, '--quiet'],
      ],
      { cwd: root, env: { PATH: process.env.PATH ?? '' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The Markdown section under `## heading`, up to the next heading. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading} in:\n${text}`);
  const end = text.indexOf('\n## ', start + 3);
  return text.slice(start, end < 0 ? undefined : end);
}

const sql = <T>(query: string, parameters: unknown[] = []) =>
  api.dataSource.query(query, parameters) as Promise<T[]>;

const REVIEW = `query($year: Int!) {
  annualReview(year: $year) {
    politics { current { outreach partiesContacted commitmentsMade responses { sentiment responses }
                         stagesReached { stage count } } }
    procurement { current { requests awards awardedValue } }
    regionalContacts { current { meetings stakeholders { organisation { name } aldermenOf { cbsCode }
                                 meetings summaries } } }
    plans { current { agenda { title status } carriedOut { title status result } } }
  }
}`;

interface Review {
  politics: {
    current: {
      outreach: number;
      partiesContacted: number;
      commitmentsMade: number;
      responses: { sentiment: string; responses: number }[];
      stagesReached: { stage: string; count: number }[];
    };
  };
  procurement: { current: { requests: number; awards: number; awardedValue: number } };
  regionalContacts: {
    current: {
      meetings: number;
      stakeholders: {
        organisation: { name: string } | null;
        aldermenOf: { cbsCode: string }[];
        meetings: number;
        summaries: string[];
      }[];
    };
  };
  plans: {
    current: {
      agenda: { title: string; status: string }[];
      carriedOut: { title: string; status: string; result: string | null }[];
    };
  };
}

async function review(year: number): Promise<Review> {
  const response = await api.graphql<{ annualReview: Review }>(REVIEW, { year });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.annualReview;
}

const PARTICIPATION = `query($on: Date!) {
  socialEnterpriseParticipation(on: $on) { status since until municipality { cbsCode name inRegion } }
}`;

async function participation(on: string) {
  const response = await api.graphql<{
    socialEnterpriseParticipation: {
      status: string;
      since: string;
      until: string | null;
      municipality: { cbsCode: string; name: string; inRegion: boolean };
    }[];
  }>(PARTICIPATION, { on });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.socialEnterpriseParticipation;
}

beforeAll(async () => {
  api = await startTestServer();
  key = (await api.apiKey('Regio Q4', ['reports:read'])).secret;
  for (const year of [2017, 2018]) {
    const result = await runReport(year);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    markdown.set(year, result.stdout);
  }
}, 120_000);
afterAll(() => api?.close());

describe('the review of 2017 says what the board wrote', () => {
  test('the seed is the board’s review of 2017, with each topic this test reads', () => {
    for (const heading of [
      'Politiek',
      'Regionale inkoop',
      'Sociaal ondernemen',
      'Netwerkactiviteit',
      'Regionale contacten',
      'Agenda 2018',
    ]) {
      expect(SEED).toContain(`\n${heading}\n`);
    }
    // The report follows the board's order, then the figures of the news and the members.
    expect(
      markdown
        .get(2017)!
        .split('\n')
        .filter((line) => line.startsWith('## ')),
    ).toEqual([
      '## Politieke belangenbehartiging',
      '## Regionale inkoop',
      '## Sociaal ondernemen',
      '## Netwerkactiviteit',
      '## Regionale contacten',
      '## Agenda 2018',
      '## Nieuws',
      '## Leden',
    ]);
  });

  test('“alle politieke partijen in de vijf Q4 gemeenten benaderd met een lijst van aandachtspunten”', async () => {
    expect(SEED).toContain('hebben wij alle politieke partijen in de vijf Q4 gemeenten benaderd');
    const [{ parties }] = await sql<{ parties: number }>(
      `SELECT count(*)::int AS parties FROM party p JOIN municipality m ON m.id = p.municipality_id
        WHERE m.cbs_code = ANY($1)`,
      [FIVE],
    );
    // Every party, each in 2017 (not in January 2018, as the demo had it).
    const [{ approached }] = await sql<{ approached: number }>(
      `SELECT count(DISTINCT party_id)::int AS approached FROM outreach
        WHERE contacted_on BETWEEN '2017-01-01' AND '2017-12-31'`,
    );
    expect(approached).toBe(parties);
    const { politics } = await review(2017);
    expect(politics.current.partiesContacted).toBe(parties);
    expect(politics.current.outreach).toBeGreaterThanOrEqual(parties);
    expect(section(markdown.get(2017)!, 'Politieke belangenbehartiging')).toContain(
      `met ${parties} verschillende partijen`,
    );
  });

  test('“door een aantal politieke partijen enthousiast gereageerd en toegezegd” (programmes came in 2018)', async () => {
    expect(SEED).toContain(
      'Daarop is door een aantal politieke partijen enthousiast gereageerd en toegezegd',
    );
    const { politics } = await review(2017);
    const enthusiastic = politics.current.responses.find((r) => r.sentiment === 'ENTHUSIASTIC')!.responses;
    expect(enthusiastic).toBeGreaterThan(0);
    expect(enthusiastic).toBeLessThan(politics.current.partiesContacted); // "een aantal", not all
    const reached = (stage: string) => politics.current.stagesReached.find((s) => s.stage === stage)!.count;
    expect(politics.current.commitmentsMade).toBeGreaterThan(0);
    expect(reached('PROMISED')).toBe(politics.current.commitmentsMade);
    // "in partijprogramma's ... worden meegenomen": a promise for later, none in a programme yet in 2017.
    expect(reached('IN_PARTY_PROGRAMME')).toBe(0);
    expect(reached('IN_COALITION_AGREEMENT')).toBe(0);
    const text = section(markdown.get(2017)!, 'Politieke belangenbehartiging');
    expect(text).toContain(`enthousiast ${enthusiastic}`);
    expect(text).toContain(`Partijen deden ${politics.current.commitmentsMade} toezeggingen`);
  });

  test('“druk doende dit vorm te geven”: the supplier database was being designed, no requests before 2018', async () => {
    expect(SEED).toContain('Wij zijn momenteel druk doende dit vorm te geven.');
    const [{ before2018 }] = await sql<{ before2018: number }>(
      `SELECT count(*)::int AS before2018 FROM procurement_request
        WHERE created_at < '2018-01-01T00:00:00+01:00'`,
    );
    expect(before2018).toBe(0);
    const { procurement, plans, regionalContacts } = await review(2017);
    expect(procurement.current).toEqual({ requests: 0, awards: 0, awardedValue: 0 });
    // "de gemeenten enthousiast gekregen om mee te werken aan een database": from the aldermen's meeting.
    const aldermen = regionalContacts.current.stakeholders.find((s) => s.organisation === null)!;
    expect(aldermen.summaries.join(' ')).toContain('De gemeenten werken mee aan een database');
    expect(plans.current.carriedOut).toContainEqual({
      title: 'Een systeem voor regionale inkoop door gemeenten',
      status: 'PARTLY_DONE',
      result: expect.stringContaining('wordt nog vormgegeven'),
    });
    expect(section(markdown.get(2017)!, 'Regionale inkoop')).toContain(
      'De regionale inkoopdatabase was in 2017 nog niet in gebruik',
    );
    // And used from 2018 on.
    expect((await review(2018)).procurement.current.requests).toBeGreaterThan(0);
  });

  test('“nog in overleg met de gemeenten ... ook buiten onze regio”: who was where at the end of 2017', async () => {
    expect(SEED).toContain('Over sociaal ondernemen zijn wij nog in overleg met de gemeenten.');
    expect(SEED).toContain(
      'Er zijn diverse gemeenten – ook buiten onze regio – die deze systematiek omarmen',
    );
    const end2017 = await participation('2017-12-31');
    const by = (status: string, inRegion: boolean) =>
      end2017
        .filter((p) => p.status === status && p.municipality.inRegion === inRegion)
        .map((p) => p.municipality.name)
        .sort();
    // Wijk bij Duurstede runs it (the model is Werk bij Duurstede's); the other four in talks; two outside.
    expect(by('ADOPTED', true)).toEqual(['Wijk bij Duurstede']);
    expect(by('IN_TALKS', true)).toEqual(['Bunnik', 'De Bilt', 'Utrechtse Heuvelrug', 'Zeist']);
    expect(by('IN_TALKS', false)).toEqual(['Amersfoort', 'Houten']);
    expect(end2017.filter((p) => p.status === 'DECLINED')).toEqual([]);
    expect(section(markdown.get(2017)!, 'Sociaal ondernemen')).toContain(
      'Eind 2017: Wijk bij Duurstede werkte met het model van Werk bij Duurstede; in overleg waren Bunnik, ' +
        'De Bilt, Utrechtse Heuvelrug en Zeist en, ook buiten onze regio, Amersfoort en Houten.',
    );
  });

  test('“De netwerkactiviteit wordt verwacht in maart 2018 ... in samenwerking met Rabobank Heuvelrug”', () => {
    expect(SEED).toContain('De netwerkactiviteit wordt verwacht in maart 2018');
    // Expected, so none in 2017 itself.
    expect(section(markdown.get(2017)!, 'Netwerkactiviteit')).toContain(
      'In 2017 vonden geen netwerkbijeenkomsten plaats',
    );
    expect(section(markdown.get(2017)!, 'Netwerkactiviteit')).toContain(
      'Aangekondigd voor 2018: **Regionale netwerkbijeenkomst Regio Q4 & Rabobank Heuvelrug** op 15 maart 2018 ' +
        'bij Rabobank Heuvelrug (Utrechtse Heuvelrug), samen met Rabobank Heuvelrug.',
    );
  });

  test('“regelmatig overleg met ... Nationaal Park Heuvelrug, U10 ... alsmede de wethouders van de Q4 gemeenten”', async () => {
    expect(SEED).toContain('Nationaal Park Heuvelrug, U10');
    const { regionalContacts } = await review(2017);
    const stakeholders = regionalContacts.current.stakeholders;
    expect(stakeholders.map((s) => s.organisation?.name ?? 'wethouders')).toEqual([
      'Nationaal Park Utrechtse Heuvelrug',
      'U10',
      'wethouders',
    ]);
    // "Regelmatig": more than once each; the aldermen of all five municipalities.
    for (const s of stakeholders) expect(s.meetings).toBeGreaterThanOrEqual(2);
    expect(stakeholders[2].aldermenOf.map((m) => m.cbsCode).sort()).toEqual(FIVE);
    // "dat leidt tot nieuwe inzichten, bijvoorbeeld bij de opstelling van economische visies".
    expect(stakeholders.flatMap((s) => s.summaries).join(' ')).toMatch(/economische visie/);
    const text = section(markdown.get(2017)!, 'Regionale contacten');
    expect(text).toContain(
      'Naast deze activiteiten had het bestuur in 2017 6 keer overleg met andere stakeholders',
    );
    expect(text).toContain(
      'de wethouders van Bunnik, De Bilt, Utrechtse Heuvelrug, Wijk bij Duurstede en Zeist',
    );
    expect(text).toContain('- **Nationaal Park Utrechtse Heuvelrug** (2 overleggen):');
  });

  test('“Agenda 2018”: Utrecht Science Park, EBU, concrete concepten', async () => {
    expect(SEED).toContain(
      'het aanhalen van de banden met Utrecht Science Park en EBU, alsmede het verder ontwikkelen van concrete concepten',
    );
    const { plans } = await review(2017);
    expect(plans.current.agenda.map((p) => p.title)).toEqual([
      'De banden aanhalen met Utrecht Science Park',
      'De banden aanhalen met de Economic Board Utrecht (EBU)',
      'Concrete concepten waar ondernemers voordeel van ervaren',
    ]);
    const text = section(markdown.get(2017)!, 'Agenda 2018');
    expect(text).toContain('Voor 2018 staat op de agenda van het bestuur:');
    expect(text).toContain('- De banden aanhalen met Utrecht Science Park.');
    expect(text).toContain('- De banden aanhalen met de Economic Board Utrecht (EBU).');
    // What the board aimed at in 2017 (the seed's first paragraph), and how far it got.
    expect(text).toContain('Wat er terechtkwam van de agenda voor 2017:');
    expect(text).toContain('- Meer netwerkactiviteit. _niet gedaan_: Verschoven naar maart 2018');
  });

  test('signed by the board on behalf of the four associations (BHIK had left)', () => {
    for (const name of [
      'Zakelijk Zeist Onderneemt!',
      'Ondernemerskring Wijk bij Duurstede',
      'BCB',
      'Zakelijke Heuvelrug',
    ])
      expect(SEED).toContain(name);
    const signature = markdown
      .get(2017)!
      .split('\n')
      .find((line) => line.startsWith('Het bestuur van Regio Q4'))!;
    expect(signature).toMatch(/^Het bestuur van Regio Q4, namens de aangesloten ondernemersverenigingen: /);
    for (const name of [
      'Zakelijk Zeist Onderneemt!',
      'Ondernemerskring Wijk bij Duurstede',
      'BCB',
      'Zakelijke Heuvelrug',
    ])
      expect(signature).toContain(name);
    expect(signature).not.toContain('BHIK');
  });
});

describe('the review of 2018 says what the demo holds for 2018', () => {
  test('the March event was held and the database came into use', async () => {
    const text = markdown.get(2018)!;
    const [{ held }] = await sql<{ held: number }>(
      `SELECT count(*)::int AS held FROM event WHERE status <> 'CANCELLED'
          AND starts_at >= '2018-01-01T00:00:00+01:00' AND starts_at < '2019-01-01T00:00:00+01:00'`,
    );
    expect(section(text, 'Netwerkactiviteit')).toContain(
      `In 2018 vonden ${held} netwerkbijeenkomsten plaats`,
    );
    const [{ requests }] = await sql<{ requests: number }>(
      `SELECT count(*)::int AS requests FROM procurement_request
        WHERE created_at >= '2018-01-01T00:00:00+01:00' AND created_at < '2019-01-01T00:00:00+01:00'`,
    );
    expect(requests).toBeGreaterThan(0);
    expect(section(text, 'Regionale inkoop')).toContain(
      `De gemeenten zetten in 2018 ${requests} inkoopaanvragen uit`,
    );
    // The parties' promises went into the programmes before the election of March 2018.
    const { politics } = await review(2018);
    expect(
      politics.current.stagesReached.find((s) => s.stage === 'IN_PARTY_PROGRAMME')!.count,
    ).toBeGreaterThan(0);
  });

  test('the agenda for 2018 as carried out, and the agenda for 2019', async () => {
    const { plans, regionalContacts } = await review(2018);
    const rows = await sql<{ title: string; status: string }>(
      `SELECT title, status::text FROM board_plan WHERE year = 2018 ORDER BY position`,
    );
    expect(plans.current.carriedOut.map(({ title, status }) => ({ title, status }))).toEqual(rows);
    expect(rows.slice(0, 2).map((r) => r.status)).toEqual(['DONE', 'DONE']);
    // The ties with Utrecht Science Park and the EBU: met in May 2018.
    expect(regionalContacts.current.stakeholders.map((s) => s.organisation?.name)).toEqual(
      expect.arrayContaining(['Utrecht Science Park', 'Economic Board Utrecht']),
    );
    const text = section(markdown.get(2018)!, 'Agenda 2019');
    expect(text).toContain('Wat er terechtkwam van de agenda voor 2018:');
    expect(text).toContain('- De banden aanhalen met Utrecht Science Park. _gedaan_: Kennismaking in mei');
    expect(text).toContain('Voor 2019 staat op de agenda van het bestuur:');
  });

  test('participation at the end of 2018: Houten adopted, De Bilt declined', async () => {
    const end2018 = await participation('2018-12-31');
    const status = (code: string) => end2018.find((p) => p.municipality.cbsCode === code)?.status;
    expect({ houten: status('GM0321'), deBilt: status('GM0310'), wijk: status('GM0352') }).toEqual({
      houten: 'ADOPTED',
      deBilt: 'DECLINED',
      wijk: 'ADOPTED',
    });
    // The row of a day says how long it held: De Bilt's talks ran from May 2017 to November 2018.
    const talks = (await participation('2018-06-01')).find((p) => p.municipality.cbsCode === 'GM0310')!;
    expect(talks).toMatchObject({ status: 'IN_TALKS', since: '2017-05-15', until: '2018-11-20' });
    expect(section(markdown.get(2018)!, 'Sociaal ondernemen')).toContain(
      'Eind 2018: Wijk bij Duurstede en, ook buiten onze regio, Houten werkten met het model van Werk bij Duurstede;',
    );
  });
});

describe('participation with history', () => {
  test('before any talks a municipality has none; each day has its status; a change adds a step', async () => {
    expect((await participation('2016-01-01')).map((p) => p.municipality.cbsCode)).toEqual([]);
    const admin = await api.token({ roles: [Role.ADMIN] });
    const set = `mutation($input: SetSocialEnterpriseParticipationInput!) {
      setSocialEnterpriseParticipation(input: $input) { participation { status since until } userErrors { code } }
    }`;
    const response = await api.graphql(
      set,
      { input: { municipality: 'GM0312', status: 'ADOPTED', since: '2030-01-01' } },
      admin,
    );
    expect(response.body.data).toEqual({
      setSocialEnterpriseParticipation: {
        participation: { status: 'ADOPTED', since: '2030-01-01', until: null },
        userErrors: [],
      },
    });
    // The earlier steps are still there: Bunnik in 2017, declined in 2025, adopted from 2030.
    const bunnik = async (on: string) =>
      (await participation(on)).find((p) => p.municipality.cbsCode === 'GM0312')?.status;
    expect([await bunnik('2017-12-31'), await bunnik('2026-01-01'), await bunnik('2030-06-01')]).toEqual([
      'IN_TALKS',
      'DECLINED',
      'ADOPTED',
    ]);
    const municipality = await api.graphql<{
      municipality: { then: { status: string } | null; later: { status: string } | null };
    }>(
      `{ municipality(cbsCode: "GM0312") {
           then: socialEnterpriseParticipation(on: "2017-12-31") { status }
           later: socialEnterpriseParticipation(on: "2030-06-01") { status } } }`,
    );
    expect(municipality.body.data!.municipality).toEqual({
      then: { status: 'IN_TALKS' },
      later: { status: 'ADOPTED' },
    });
  });
});

test('regional contacts: the public summary for everyone, the meetings themselves for admins only', async () => {
  const query = `{ annualReview(year: 2017) { regionalContacts { current {
    meetings stakeholders { meetings } details { title outcomes } } } } }`;
  const callers: [string, Record<string, string>][] = [
    ['anonymous', {}],
    ['ADMIN', await api.token({ roles: [Role.ADMIN] })],
    ['EDITOR', await api.token({ roles: [Role.EDITOR] })],
    ['CIVIL_SERVANT', await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' })],
    ['COACH', await api.token({ roles: [Role.COACH] })],
    ['reports:read', { 'x-api-key': key }],
  ];
  for (const [caller, headers] of callers) {
    const response = await api.graphql<{
      annualReview: {
        regionalContacts: {
          current: { meetings: number; stakeholders: unknown[]; details: { title: string }[] | null };
        };
      };
    }>(query, {}, headers);
    expect({ caller, errors: response.body.errors }).toEqual({ caller, errors: undefined });
    const current = response.body.data!.annualReview.regionalContacts.current;
    expect({ caller, meetings: current.meetings, stakeholders: current.stakeholders.length }).toEqual({
      caller,
      meetings: 6,
      stakeholders: 3,
    });
    if (caller === 'ADMIN') expect(current.details!.map((m) => m.title)).toHaveLength(6);
    else expect({ caller, details: current.details }).toEqual({ caller, details: null });
  }
});

test('cost: the plans take one statement for both years, the regional contacts a few per year', async () => {
  const admin = await api.token({ roles: [Role.ADMIN] });
  const plans = await api.graphql(
    `{ annualReview(year: 2018) { plans { current { agenda { title } carriedOut { title } }
                                          previous { agenda { title } carriedOut { title } } } } }`,
    {},
    admin,
  );
  expect(plans.body.errors).toBeUndefined();
  expect((await api.logOf(plans)).sqlCount).toBe(1); // the agendas of 2017, 2018 and 2019 in one
  const contacts = await api.graphql(
    `{ annualReview(year: 2018) { regionalContacts {
         current { meetings stakeholders { organisation { name } aldermenOf { name } } details { title } }
         previous { meetings stakeholders { organisation { name } aldermenOf { name } } details { title } } } } }`,
    {},
    admin,
  );
  expect(contacts.body.errors).toBeUndefined();
  // Per year the meetings and their participants; then the organisations and the municipalities, once.
  expect((await api.logOf(contacts)).sqlCount).toBe(2 * 2 + 2);
});

describe('the board records its agenda and what came of a meeting', () => {
  const PLAN = `mutation($input: CreateBoardPlanInput!) {
    createBoardPlan(input: $input) { plan { id year title status result } userErrors { code message field } }
  }`;
  const UPDATE = `mutation($input: UpdateBoardPlanInput!) {
    updateBoardPlan(input: $input) { plan { id title status result } userErrors { code message field } }
  }`;
  const agendaOf = async (year: number) =>
    (
      await api.graphql<{ boardPlans: { title: string; status: string; result: string | null }[] }>(
        `query($year: Int!) { boardPlans(year: $year) { title status result } }`,
        { year },
      )
    ).body.data!.boardPlans;

  test('points go after the year’s others; judging one records its status and result; the review shows it', async () => {
    const admin = await api.token({ roles: [Role.ADMIN] });
    const before = await agendaOf(2031);
    expect(before).toEqual([]);
    const ids: string[] = [];
    for (const title of ['Eerste punt', 'Tweede punt']) {
      const res = await api.graphql<{
        createBoardPlan: { plan: { id: string } | null; userErrors: unknown[] };
      }>(PLAN, { input: { year: 2031, title: `  ${title} ` } }, admin);
      expect(res.body.data!.createBoardPlan.userErrors).toEqual([]);
      ids.push(res.body.data!.createBoardPlan.plan!.id);
    }
    expect((await agendaOf(2031)).map((p) => p.title)).toEqual(['Eerste punt', 'Tweede punt']);
    const judged = await api.graphql(
      UPDATE,
      { input: { id: ids[1], status: 'DONE', result: 'Gelukt.' } },
      admin,
    );
    expect(judged.body.data).toEqual({
      updateBoardPlan: {
        plan: { id: ids[1], title: 'Tweede punt', status: 'DONE', result: 'Gelukt.' },
        userErrors: [],
      },
    });
    const review = await api.graphql<{
      annualReview: { plans: { current: { agenda: { title: string }[]; carriedOut: { status: string }[] } } };
    }>(`{ annualReview(year: 2031) { plans { current { agenda { title } carriedOut { status } } } } }`);
    expect(review.body.data!.annualReview.plans.current).toEqual({
      agenda: [],
      carriedOut: [{ status: 'PLANNED' }, { status: 'DONE' }],
    });
    const announced = await api.graphql<{
      annualReview: { plans: { current: { agenda: { title: string }[] } } };
    }>(`{ annualReview(year: 2030) { plans { current { agenda { title } } } } }`);
    expect(announced.body.data!.annualReview.plans.current.agenda.map((p) => p.title)).toEqual([
      'Eerste punt',
      'Tweede punt',
    ]);
  });

  test('bad input is a coded error and changes nothing; an unknown point is NOT_FOUND', async () => {
    const admin = await api.token({ roles: [Role.ADMIN] });
    const before = await agendaOf(2032);
    const outOfRange = await api.graphql(PLAN, { input: { year: 2200, title: 'Te laat' } }, admin);
    expect(outOfRange.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await api.graphql(PLAN, { input: { year: 2032, title: '' } }, admin);
    expect(empty.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await agendaOf(2032)).toEqual(before);
    const unknown = await api.graphql(
      UPDATE,
      { input: { id: toGlobalId('BoardPlan', '00000000-0000-4000-8000-000000000000'), status: 'DONE' } },
      admin,
    );
    expect(unknown.body.data).toEqual({
      updateBoardPlan: {
        plan: null,
        userErrors: [{ code: 'NOT_FOUND', message: 'No such plan', field: ['input', 'id'] }],
      },
    });
    const invalidStatus = await api.graphql(UPDATE, { input: { id: 'x', status: 'MAYBE' } }, admin);
    expect(invalidStatus.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await agendaOf(2018)).map((p) => p.status)).toEqual(['DONE', 'DONE', 'PARTLY_DONE']);
  });

  test('a meeting’s public summary is what the review quotes; without one the meeting counts but is not quoted', async () => {
    const admin = await api.token({ roles: [Role.ADMIN] });
    const create = `mutation($input: CreateStakeholderMeetingInput!) {
      createStakeholderMeeting(input: $input) { meeting { id publicSummary } userErrors { code } }
    }`;
    const created = await api.graphql<{
      createStakeholderMeeting: { meeting: { id: string; publicSummary: string | null } };
    }>(
      create,
      {
        input: {
          date: '2029-04-02',
          title: 'Overleg met de wethouder van Bunnik',
          participants: [{ role: 'Wethouder', municipality: 'GM0312' }],
          outcomes: ['Vertrouwelijk: de begroting wordt krap.'],
          publicSummary: 'Bunnik denkt mee over het kansenbord.',
        },
      },
      admin,
    );
    const meeting = created.body.data!.createStakeholderMeeting.meeting;
    expect(meeting.publicSummary).toBe('Bunnik denkt mee over het kansenbord.');
    const contacts = async () =>
      (
        await api.graphql<{
          annualReview: {
            regionalContacts: { current: { meetings: number; stakeholders: { summaries: string[] }[] } };
          };
        }>(
          `{ annualReview(year: 2029) { regionalContacts { current { meetings stakeholders { summaries } } } } }`,
        )
      ).body.data!.annualReview.regionalContacts.current;
    expect(await contacts()).toEqual({
      meetings: 1,
      stakeholders: [{ summaries: ['Bunnik denkt mee over het kansenbord.'] }],
    });
    const cleared = await api.graphql(
      `mutation($input: UpdateStakeholderMeetingInput!) { updateStakeholderMeeting(input: $input) { userErrors { code } } }`,
      { input: { id: meeting.id, publicSummary: null } },
      admin,
    );
    expect(cleared.body.errors).toBeUndefined();
    expect(await contacts()).toEqual({ meetings: 1, stakeholders: [{ summaries: [] }] });
  });
});
