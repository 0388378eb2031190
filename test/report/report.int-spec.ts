import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import type { DefaultTreeAdapterMap } from 'parse5';
import { parse as parseHtml } from 'parse5';
import { freePort } from '../../src/cli/throwaway-database';
import { ReportCheckFiguresDocument, ReportCheckSocialEnterpriseDocument } from '../__generated__/graphql';
import { awardRequest, createSupplier } from '../procurement/fixtures';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createClient } from '../../scripts/report/client';
import { gatherReview } from '../../scripts/report/gather';
import { renderContext } from '../../scripts/report/main';
import { renderMarkdown } from '../../scripts/report/render/markdown';
import type { SectionDefinition, YearPair } from '../../scripts/report/review';
import { SECTIONS } from '../../scripts/report/sections';
import { root } from '../support/processes';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * The reporting client (`npm run report`) as a user runs it: the compiled script as its own process, over
 * HTTP, against the real server on the demo data, with a real `reports:read` key.
 */

type Node = DefaultTreeAdapterMap['node'];
type Variables = { year: number; municipality: string | null };
type Element = DefaultTreeAdapterMap['element'];

interface Figure {
  section: string;
  figure: string;
  municipality: string | null;
  year: number;
  value: number | null;
}

function runReport(args: string[], env: Record<string, string> = {}, script = 'main.js') {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    // Asynchronous: the server answering the client runs in this very process.
    const child = spawn(process.execPath, [path.join(root, 'dist', 'scripts', 'report', script), ...args], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function elements(node: Node, name: string): Element[] {
  const found: Element[] = [];
  const visit = (n: Node) => {
    if ('tagName' in n && n.tagName === name) found.push(n);
    if ('childNodes' in n) n.childNodes.forEach(visit);
    if ('content' in n && n.content) visit(n.content as Node);
  };
  visit(node);
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const attribute = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;

/** The client with the test's reports:read key against the test server, for a year, plus other options. */
const review = (year: number, ...options: string[]) =>
  runReport(['--year', String(year), '--url', url, '--api-key', key, ...options]);

let api: TestServer;
let url: string;
let key: string;
let dir: string;

beforeAll(async () => {
  api = await startTestServer();
  url = `${api.url}/graphql`;
  key = (await api.apiKey('Regio Q4', ['reports:read'])).secret;
  dir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-report-'));
  // Awards in 2018 and 2017: Zeist buys from a Zeist supplier (regional), De Bilt from one in Utrecht (not).
  const profile = { description: 'Drukwerk', cpvCodes: ['79810000'] };
  const zeist = await createSupplier(api, { name: 'Drukkerij Zeist', municipality: 'GM0355' }, profile);
  const utrecht = await createSupplier(
    api,
    { name: 'Drukkerij Utrecht', municipality: 'GM0344', postcode: '3511 AA', city: 'Utrecht' },
    profile,
  );
  const awards = [
    [await awardRequest(api, 'GM0355', [zeist], 2_800_000), '2018-05-01T10:00:00Z'],
    [await awardRequest(api, 'GM0310', [utrecht], 1_200_000), '2018-09-01T10:00:00Z'],
    [await awardRequest(api, 'GM0355', [utrecht], 900_000), '2017-03-01T10:00:00Z'],
  ];
  for (const [requestId, day] of awards) {
    await api.dataSource.query(`UPDATE award SET awarded_at = $2 WHERE request_id = $1`, [requestId, day]);
  }
}, 120_000);
afterAll(async () => {
  await api?.close();
  rmSync(dir, { recursive: true, force: true });
});

// In the order of the board's own review of 2017, then the figures of the news and the members.
const DUTCH_SECTIONS = [
  'Politieke belangenbehartiging',
  'Regionale inkoop',
  'Sociaal ondernemen',
  'Netwerkactiviteit',
  'Regionale contacten',
  'Agenda 2019',
  'Nieuws',
  'Leden',
];

describe('the formats', () => {
  let figures: Figure[];

  beforeAll(async () => {
    const json = await review(2018, '--format', 'json');
    expect(json).toMatchObject({ code: 0, stderr: expect.not.stringContaining('unexpected') });
    figures = (JSON.parse(json.stdout) as { figures: Figure[] }).figures;
  });

  test('Markdown on standard output by default, in Dutch: every section, with the change against 2017', async () => {
    const { code, stdout, stderr } = await review(2018);
    expect(code).toBe(0);
    const headings = stdout.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(DUTCH_SECTIONS.map((name) => `## ${name}`));
    expect(stdout).toMatch(/^# Terugblik Regio Q4 op 2018\n/);
    expect(stdout).toMatch(/(meer|minder) dan in 2017|evenveel als in 2017/);
    // BHIK (Bunnik) left on 30 June 2017: a member at the end of 2016, not at the end of 2017.
    expect(stdout).toContain('Zakelijk Zeist Onderneemt!');
    expect(stdout).not.toContain('BHIK');
    // Progress goes to standard error, as plain lines when it is not a terminal; never into the report.
    expect(stderr).toMatch(/^report: procurement .*\(\d+\/\d+\)$/m);
    expect(stdout).not.toContain('report:');
  });

  test('the year a member association left says so; --lang en writes English', async () => {
    const { code, stdout } = await review(2017, '--lang', 'en');
    expect(code).toBe(0);
    expect(stdout.split('\n').filter((line) => line.startsWith('## '))).toEqual([
      '## Political advocacy',
      '## Regional procurement',
      '## Social enterprise',
      '## Networking',
      '## Regional contacts',
      '## Agenda for 2018',
      '## News',
      '## Members',
    ]);
    expect(stdout).toContain('No longer a member since the end of 2016: BHIK.');
  });

  test('HTML: one self-contained file that parses, with the same sections and one SVG per chart', async () => {
    const file = path.join(dir, 'review-2018.html');
    const { code, stderr } = await review(2018, '--out', file);
    expect({ code, stderr }).toEqual({ code: 0, stderr: expect.stringContaining(`wrote ${file} (html`) });
    const html = readFileSync(file, 'utf8');
    const document = parseHtml(html, { sourceCodeLocationInfo: false, onParseError: null });
    expect(elements(document, 'h2').map(textOf)).toEqual(DUTCH_SECTIONS);
    const charts = elements(document, 'figure').filter((f) => attribute(f, 'class') === 'chart');
    // 2018 has no placements (the opportunity board came later): its section says so without a chart.
    expect(charts.map((f) => attribute(f, 'data-chart'))).toEqual([
      'commitments-funnel',
      'regional-share',
      'attendance',
    ]);
    for (const chart of charts) {
      const svgs = elements(chart, 'svg');
      expect(svgs).toHaveLength(1);
      // A real chart: bars or lines drawn, not an empty frame.
      expect(elements(svgs[0], 'path').length).toBeGreaterThan(10);
    }
    expect(elements(document, 'svg')).toHaveLength(charts.length);
    // Nothing loaded from elsewhere: no scripts, style sheets, images or fonts by URL.
    for (const name of ['script', 'link', 'img', 'iframe', 'object'])
      expect(elements(document, name)).toEqual([]);
    // (`url(#clip)` is a reference inside the page, which the charts use for clipping.)
    expect(html).not.toMatch(/url\((?!#)|@import|(src|href)="(https?:)?\/\//);
  });

  test('CSV: one row per figure that reads back to exactly the JSON figures', async () => {
    const { code, stdout } = await review(2018, '--format', 'csv');
    expect(code).toBe(0);
    const rows = parseCsv(stdout, { columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0])).toEqual(['section', 'figure', 'municipality', 'year', 'value']);
    const read: Figure[] = rows.map((row) => ({
      section: row.section,
      figure: row.figure,
      municipality: row.municipality === '' ? null : row.municipality,
      year: Number(row.year),
      value: row.value === '' ? null : Number(row.value),
    }));
    expect(read).toEqual(figures);
    expect(new Set(read.map((f) => f.section))).toEqual(
      new Set([
        'membership',
        'news',
        'networking',
        'procurement',
        'socialEnterprise',
        'politics',
        'regionalContacts',
        'plans',
      ]),
    );
    // Region-wide and each of the five municipalities, for this year and the last.
    const procurement = read.filter((f) => f.section === 'procurement' && f.figure === 'awards');
    expect(procurement.map((f) => `${f.municipality ?? 'region'} ${f.year}`).sort()).toEqual(
      ['region', 'GM0310', 'GM0312', 'GM0352', 'GM0355', 'GM1581']
        .flatMap((m) => [`${m} 2017`, `${m} 2018`])
        .sort(),
    );
  });

  test('the raw figures are the modules’ own figures, as the API gives them to the key', async () => {
    const { body } = await api.graphql(ReportCheckFiguresDocument, { year: 2018 }, { 'x-api-key': key });
    const region = (section: string, figure: string) =>
      figures.find(
        (f) => f.section === section && f.figure === figure && f.municipality === null && f.year === 2018,
      )?.value;
    const { procurementStats, networkingStats, zeist, deBilt } = body.data!;
    expect({
      requests: region('procurement', 'requests'),
      awards: region('procurement', 'awards'),
      awardedValue: region('procurement', 'awardedValue'),
      regionalValueShare: region('procurement', 'regionalValueShare'),
      eventsHeld: region('networking', 'eventsHeld'),
      confirmed: region('networking', 'confirmed'),
      checkedIn: region('networking', 'checkedIn'),
      shareFromOtherMunicipalities: region('networking', 'shareFromOtherMunicipalities'),
    }).toEqual({ ...procurementStats, ...networkingStats });
    // The demo data has the March 2018 event with Rabobank Heuvelrug, and the test its awards: not all zero.
    expect(networkingStats.eventsHeld).toBeGreaterThan(0);
    expect(procurementStats.awards).toBeGreaterThanOrEqual(2);
    // Per municipality too (the test's awards make both shares non-null).
    const share = (municipality: string) =>
      figures.find(
        (f) =>
          f.section === 'procurement' &&
          f.figure === 'regionalValueShare' &&
          f.municipality === municipality &&
          f.year === 2018,
      )?.value;
    expect({ zeist: share('GM0355'), deBilt: share('GM0310') }).toEqual({
      zeist: zeist.regionalValueShare,
      deBilt: deBilt.regionalValueShare,
    });
    expect([zeist.regionalValueShare, deBilt.regionalValueShare]).not.toContain(null);

    // Politics: the region's figures, and each municipality's funnel from the same request.
    expect({
      outreach: region('politics', 'outreach'),
      commitmentsMade: region('politics', 'commitmentsMade'),
    }).toEqual(body.data!.politicsStats);
    // The election of March 2018: the parties promised in the autumn of 2017, and met the board again in 2018.
    expect(body.data!.politicsStats.outreach).toBeGreaterThan(0);
    expect(
      figures.find(
        (f) =>
          f.section === 'politics' &&
          f.figure === 'commitmentsMade' &&
          f.municipality === null &&
          f.year === 2017,
      )?.value,
    ).toBeGreaterThan(0);
    const zeistStages = figures.filter(
      (f) => f.section === 'politics' && f.municipality === 'GM0355' && f.year === 2018,
    );
    expect(
      body.data!.zeistPolitics.stagesReached.map((s) => ({
        figure: `stagesReached.${s.stage}`,
        value: s.count,
      })),
    ).toEqual(
      zeistStages
        .filter((f) => f.figure.startsWith('stagesReached.'))
        .map(({ figure, value }) => ({ figure, value })),
    );
  });
});

test('the year of the demo’s placements: suppressed counts stay suppressed for the key, marked in the chart', async () => {
  const [{ year }] = (await api.dataSource.query(
    `SELECT extract(year FROM max(created_at) AT TIME ZONE 'Europe/Amsterdam')::int AS year FROM placement`,
  )) as { year: number }[];
  const { body } = await api.graphql(ReportCheckSocialEnterpriseDocument, { year }, { 'x-api-key': key });
  const stats = body.data!.socialEnterpriseStats;
  const suppressed = stats.placementsByStage.filter((s) => s.count.suppressed).map((s) => s.stage);
  expect(suppressed.length).toBeGreaterThan(0); // the demo's few placements: some counts are withheld

  const json = await review(year, '--format', 'json');
  expect(json.code).toBe(0);
  const figures = (JSON.parse(json.stdout) as { figures: Figure[] }).figures.filter(
    (f) => f.section === 'socialEnterprise' && f.year === year && f.municipality === null,
  );
  // A withheld count is no value, never a 0.
  for (const { stage, count } of stats.placementsByStage) {
    expect(figures.find((f) => f.figure === `placementsByStage.${stage}`)?.value).toBe(count.value);
  }
  expect(figures.find((f) => f.figure === 'placements')?.value).toBe(stats.placements.value);

  const file = path.join(dir, `review-${year}.html`);
  expect((await review(year, '--out', file)).code).toBe(0);
  const document = parseHtml(readFileSync(file, 'utf8'));
  const chart = elements(document, 'figure').find((f) => attribute(f, 'data-chart') === 'placements');
  const markdown = await review(year);
  expect(markdown.stdout).toContain('## Sociaal ondernemen');
  const breakdown = figures.filter((f) => /^placementsBy(Stage|TargetGroup)\./.test(f.figure));
  if (breakdown.every((f) => f.value === null)) {
    // Every part withheld: one sentence says so, with no table of `*` and no chart without bars.
    expect(chart).toBeUndefined();
    expect(markdown.stdout).not.toMatch(/\| fase: [a-z ]+ \| \* \|/);
    expect(markdown.stdout).toMatch(/wordt niet gepubliceerd|worden niet gepubliceerd/);
  } else {
    // Some parts published: a withheld one is marked `*` in the table and the chart, never drawn as 0.
    expect(elements(chart!, 'svg')).toHaveLength(1);
    const shown = elements(chart!, 'text').map(textOf);
    expect(shown).toContain('*');
    expect(shown).toContain('* niet getoond: te klein aantal om te publiceren');
    expect(markdown.stdout).toMatch(/\| fase: [a-z ]+ \| \* \|/);
  }
});

test('a section the API does not have (an older server, a module it does not run) is left out and named', async () => {
  // A section of a module this server does not run, for a field it lacks.
  const tourism: SectionDefinition<unknown> = {
    name: 'tourism',
    title: { nl: 'Toerisme', en: 'Tourism' },
    restricted: false,
    perMunicipality: true,
    async fetch(client, year, municipality) {
      const document: TypedDocumentNode<{ annualReview: { tourism: YearPair<unknown> } }, Variables> = parse(
        'query ReviewTourism($year: Int!, $municipality: String) { annualReview(year: $year, municipality: $municipality) { tourism { current { year } previous { year } } } }',
      );
      return (await client.request(document, { year, municipality })).annualReview.tourism;
    },
    figures: () => [],
    render: () => [{ kind: 'paragraph', text: 'Overnachtingen.' }],
  };
  const client = createClient({ url, apiKey: key });
  const quiet = { step() {}, end() {} };
  const review = await gatherReview(
    client,
    [...SECTIONS, tourism],
    { year: 2018, lang: 'nl', source: url, hasKey: true },
    quiet,
  );
  expect(review.sections.map((s) => s.definition.name)).toEqual([
    'politics',
    'procurement',
    'socialEnterprise',
    'networking',
    'regionalContacts',
    'plans',
    'news',
    'membership',
  ]);
  expect(review.skipped.map((s) => s.name)).toEqual(['tourism']);
  const markdown = renderMarkdown(review, renderContext(review));
  expect(markdown).toContain(
    'Niet opgenomen (nog niet beschikbaar in deze versie van het platform): Toerisme.',
  );
  expect(markdown).not.toContain('## Toerisme');
  // The municipalities, each section region-wide (politics with its funnel per municipality in the same
  // request), networking and procurement per municipality, and one for the missing section, not five.
  expect(client.requests).toBe(1 + 8 + 5 * 2 + 1);
});

test('npm run report:demo: a reports:read key for Regio Q4 made with an ADMIN token, three reviews, the key revoked', async () => {
  const out = mkdtempSync(path.join(dir, 'demo-'));
  const result = await runReport(
    ['--url', url],
    {
      // What `npm run` gives it: npm itself (for `npm run token`), and the folder it was started in.
      ...(process.env.npm_execpath ? { npm_execpath: process.env.npm_execpath } : {}),
      INIT_CWD: out,
      JWT_SECRET: api.config.jwt.secret,
    },
    'demo.js',
  );
  expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
  const thisYear = new Date().getFullYear();
  for (const year of [2017, 2018, thisYear]) {
    const html = readFileSync(path.join(out, `review-${year}.html`), 'utf8');
    expect(elements(parseHtml(html), 'h1').map(textOf)).toEqual([`Terugblik Regio Q4 op ${year}`]);
  }
  const keyId = /a reports:read key for Regio Q4, (\S+)/.exec(result.stderr)![1];
  const admin = await api.token({ roles: [Role.ADMIN] });
  const { body } = await api.graphql<{
    apiKeys: { id: string; scopes: string[]; revokedAt: string | null }[];
  }>('{ apiKeys { id scopes revokedAt organisation { name } } }', {}, admin);
  expect(body.data!.apiKeys.find((k) => k.id === keyId)).toEqual({
    id: keyId,
    scopes: ['REPORTS_READ'],
    revokedAt: expect.any(String),
    organisation: { name: 'Regio Q4' },
  });
});

describe('each failure is one line on standard error and its own exit code', () => {
  test('the server cannot be reached: 3', async () => {
    const port = await freePort();
    const result = await runReport([
      '--year',
      '2018',
      '--url',
      `http://127.0.0.1:${port}/graphql`,
      '--api-key',
      key,
    ]);
    expect(result).toEqual({
      code: 3,
      stdout: '',
      stderr: expect.stringMatching(
        new RegExp(
          `^report: cannot reach the API at http://127\\.0\\.0\\.1:${port}/graphql \\(ECONNREFUSED\\)`,
          'm',
        ),
      ),
    });
  });

  test('a URL that is not the GraphQL endpoint: 3', async () => {
    const result = await runReport(['--year', '2018', '--url', `${api.url}/nothing-here`, '--api-key', key]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^report: .*did not answer as a GraphQL API \(HTTP 404/m);
  });

  test('a key the API does not know: 4', async () => {
    const result = await runReport(['--year', '2018', '--url', url, '--api-key', 'q4_not-a-real-key']);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(
      /^report: the API refused the key \(UNAUTHENTICATED: .*\): check --api-key/m,
    );
  });

  test('a key without reports:read: 5, naming the scope and the sections that need it', async () => {
    const partner = (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read'])).secret;
    const file = path.join(dir, 'partner.html');
    const result = await runReport(['--year', '2018', '--url', url, '--api-key', partner, '--out', file]);
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(
      /^report: the key lacks the scope reports:read, which the sections networking, membership need/m,
    );
    expect(existsSync(file)).toBe(false);
  });

  test('no key at all: 5, saying a reports:read key is needed; REPORT_API_KEY is read instead of --api-key', async () => {
    const without = await runReport(['--year', '2018', '--url', url]);
    expect(without.code).toBe(5);
    expect(without.stderr).toMatch(
      /^report: no API key given: the sections networking, membership need a key/m,
    );
    const fromEnv = await runReport(['--year', '2018', '--url', url, '--format', 'json'], {
      REPORT_API_KEY: key,
    });
    expect(fromEnv.code).toBe(0);
  });

  test.each([
    [['--url', 'http://localhost:1/graphql'], /--year is required/],
    [['--year', '18'], /--year must be a year such as 2018, not "18"/],
    [['--year', '2018', '--lang', 'de'], /--lang must be nl or en, not "de"/],
    [['--year', '2018', '--format', 'pdf'], /--format must be one of html, md, csv, json, not "pdf"/],
    [['--year', '2018', '--out', 'review.pdf'], /cannot tell the format from "review\.pdf"/],
    [['--year', '2018', '--url', 'localhost:4000'], /--url must be an http or https URL/],
    [['--year', '2018', '--yaer', '2019'], /Unknown option '--yaer'/],
  ])('bad arguments %j: 2, before any request', async (args, message) => {
    const result = await runReport(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(message)]);
  });

  test('a year the API refuses: 1, with its code and message (Dutch, as the report)', async () => {
    const result = await review(1999);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^report: the API answered Review\w+ with BAD_USER_INPUT: year moet tussen 2001 en 2100 liggen$/m,
    );
  });
});
