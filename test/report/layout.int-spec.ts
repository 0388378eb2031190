import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import type { Figures as SocialEnterpriseFigures } from '../../scripts/report/sections/social-enterprise';
import { socialEnterprise } from '../../scripts/report/sections/social-enterprise';
import { formatter, TEXTS } from '../../scripts/report/i18n';
import type { RenderContext } from '../../scripts/report/review';
import { root } from '../support/processes';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

/**
 * Where the screenshots go: `docs/` with `REPORT_SCREENSHOTS=docs` (to refresh the documentation's), else the
 * test's own folder, so an ordinary run leaves the working tree as it was.
 */
const SCREENSHOTS = process.env.REPORT_SCREENSHOTS === 'docs' ? path.join(root, 'docs') : null;

/**
 * The review of a year not yet ended, as a board member reads it, and the HTML report's layout measured in a
 * real browser (the system's headless Chromium): chart titles and legends inside their charts and apart,
 * tables within the page's column. Screenshots of the 2017 and the current-year review go to `docs/`.
 */

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const now = new Date();
const currentYear = Number(
  new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(now),
);
const todayText = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  timeZone: 'Europe/Amsterdam',
}).format(now);

let api: TestServer;
let key: string;
let dir: string;
let browser: Browser;
const html = new Map<number, string>();
let currentMarkdown: string;

function runReport(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        path.join(root, 'dist', 'scripts', 'report', 'main.js'),
        ...args,
        ...['--url', `${api.url}/graphql`, '--api-key', key, '--quiet'],
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

function section(text: string, heading: string): string {
  const start = text.indexOf(`## ${heading}\n`);
  if (start < 0) throw new Error(`no section ${heading}`);
  const end = text.indexOf('\n## ', start + 3);
  return text.slice(start, end < 0 ? undefined : end);
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  }
  api = await startTestServer();
  key = (await api.apiKey('Regio Q4', ['reports:read'])).secret;
  dir = mkdtempSync(path.join(os.tmpdir(), 'regio-q4-layout-'));
  for (const year of [2017, 2018, currentYear]) {
    const file = path.join(dir, `review-${year}.html`);
    const result = await runReport(['--year', String(year), '--out', file]);
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    html.set(year, file);
  }
  const md = await runReport(['--year', String(currentYear)]);
  expect({ code: md.code, stderr: md.stderr }).toEqual({ code: 0, stderr: '' });
  currentMarkdown = md.stdout;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the review of the current year', () => {
  test('says it runs up to and including today, and no day after it', () => {
    expect(currentMarkdown).toContain(
      `Dit is de terugblik van Regio Q4 op ${currentYear} tot en met ${todayText}: het jaar is nog niet om.`,
    );
    expect(currentMarkdown).not.toContain(`31 december ${currentYear}`);
    expect(currentMarkdown).not.toContain(`Eind ${currentYear}`);
    expect(section(currentMarkdown, 'Leden')).toContain(`Op ${todayText} ${currentYear} waren`);
  });

  test('tells of this year’s events held so far, the next event, the contacts and the agenda', () => {
    const networking = section(currentMarkdown, 'Netwerkactiviteit');
    expect(networking).toMatch(new RegExp(`In ${currentYear} vonden \\d+ netwerkbijeenkomsten? plaats`));
    expect(networking).toContain('De volgende bijeenkomst: **');
    expect(section(currentMarkdown, 'Regionale contacten')).toContain(
      `het bestuur in ${currentYear} (tot en met ${todayText})`,
    );
    const agenda = section(currentMarkdown, `Agenda ${currentYear + 1}`);
    expect(agenda).toContain(
      `De agenda voor ${currentYear}, zoals die er op ${todayText} ${currentYear} voor staat:`,
    );
    expect(agenda).toContain(`Voor ${currentYear + 1} staat op de agenda van het bestuur:`);
  });

  test('businesses outside the region count in the totals only, not as rows of the table', () => {
    const members = section(currentMarkdown, 'Leden');
    for (const outside of ['Amersfoort', 'Houten', 'Utrecht |'])
      expect(members).not.toContain(`| ${outside}`);
    expect(members).toMatch(/gevestigd buiten de regio; die tellen mee in het totaal/);
    const rows = members.split('\n').filter((line) => /^\| (?!Gemeente|---)/.test(line));
    expect(rows.map((r) => r.split(' | ')[0].slice(2))).toEqual([
      'Bunnik',
      'De Bilt',
      'Utrechtse Heuvelrug',
      'Wijk bij Duurstede',
      'Zeist',
    ]);
  });

  test('no table of the review is made of `*` alone', () => {
    for (const line of currentMarkdown.split('\n').filter((l) => l.startsWith('| '))) {
      const cells = line.split(' | ').slice(1);
      expect({ line, allStars: cells.every((c) => c.replace(/ \|$/, '').trim() === '*') }).toEqual({
        line,
        allStars: false,
      });
    }
  });
});

describe('a section whose every count is suppressed', () => {
  const withheld = { value: null, suppressed: true };
  const figures = (participation: SocialEnterpriseFigures['participation']): SocialEnterpriseFigures =>
    ({
      opportunities: withheld,
      opportunitiesByKind: ['JOB', 'INTERNSHIP'].map((kind) => ({ kind, count: withheld })),
      placements: withheld,
      placementsByStage: ['PROPOSED', 'PLACED'].map((stage) => ({ stage, count: withheld })),
      placementsByTargetGroup: ['PUPIL', 'INTERN'].map((targetGroup) => ({ targetGroup, count: withheld })),
      fillRate: null,
      medianDaysToPlacement: null,
      participation,
    }) as SocialEnterpriseFigures;
  const context = (lang: 'nl' | 'en'): RenderContext => ({
    year: 2026,
    periodEnd: '2026-12-31',
    complete: true,
    periodEndText: '31 december 2026',
    lang,
    format: formatter(lang),
    texts: TEXTS[lang],
    municipalities: [],
    nameOf: (code) => code,
  });

  test('is one sentence that says so: no table of `*`, no chart without bars', () => {
    const data = { region: { current: figures([]), previous: figures([]) }, byMunicipality: new Map() };
    expect(socialEnterprise.render(data, context('nl'))).toEqual([
      {
        kind: 'paragraph',
        text:
          'De aantallen van het kansenbord over 2026 worden niet gepubliceerd: elk aantal is kleiner dan 5 of af ' +
          'te leiden uit de andere (privacy van kandidaten).',
      },
    ]);
    expect(socialEnterprise.render(data, context('en'))).toEqual([
      {
        kind: 'paragraph',
        text: expect.stringMatching(/^The opportunity board’s counts for 2026 are not published/),
      },
    ]);
  });

  test('a breakdown of which every count is withheld is one sentence too, after the published totals', () => {
    const current = {
      ...figures([]),
      placements: { value: 12, suppressed: false },
      opportunities: { value: 9, suppressed: false },
    };
    const data = { region: { current, previous: figures([]) }, byMunicipality: new Map() };
    const blocks = socialEnterprise.render(data, context('nl'));
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks[1]).toEqual({
      kind: 'paragraph',
      text: expect.stringMatching(
        /^Hoe de plaatsingen van 2026 over fasen en doelgroepen verdeeld waren, wordt niet gepubliceerd/,
      ),
    });
  });
});

/** What the browser measures of one page: each chart's texts and each table against the page's column. */
interface Measured {
  column: { left: number; right: number };
  charts: {
    name: string;
    box: { left: number; right: number; top: number; bottom: number };
    texts: { text: string; left: number; right: number; top: number; bottom: number }[];
    /** Legend icons and line symbols: the small shapes beside which a label must not run. */
    marks: { left: number; right: number; top: number; bottom: number }[];
  }[];
  tables: { right: number; scrollWidth: number; clientWidth: number; head: string }[];
}

async function measure(file: string, width: number, screenshot?: string): Promise<Measured> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.goto(`file://${file}`, { waitUntil: 'load' });
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return await page.evaluate(() => {
      const rect = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      };
      const main = document.querySelector('main')!;
      const style = getComputedStyle(main);
      const outer = main.getBoundingClientRect();
      return {
        column: {
          left: outer.left + parseFloat(style.paddingLeft),
          right: outer.right - parseFloat(style.paddingRight),
        },
        charts: [...document.querySelectorAll('figure.chart')].map((figure) => ({
          name: figure.getAttribute('data-chart') ?? '',
          box: rect(figure.querySelector('svg')!),
          texts: [...figure.querySelectorAll('svg text')]
            .filter((t) => (t.textContent ?? '').trim() !== '')
            .map((t) => ({ text: t.textContent ?? '', ...rect(t) })),
          marks: [...figure.querySelectorAll('svg path')]
            .map(rect)
            .filter((r) => r.right - r.left <= 30 && r.bottom - r.top <= 16 && r.right > r.left),
        })),
        tables: [...document.querySelectorAll('table')].map((table) => ({
          right: table.getBoundingClientRect().right,
          scrollWidth: table.scrollWidth,
          clientWidth: table.clientWidth,
          head: table.querySelector('th')?.textContent ?? '',
        })),
      };
    });
  } finally {
    await page.close();
  }
}

const overlap = (
  a: { left: number; right: number; top: number; bottom: number },
  b: { left: number; right: number; top: number; bottom: number },
) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

describe('the HTML report fits the page, measured in Chromium', () => {
  // A desktop window, and an A4 page's width at 96 dpi (print).
  test.each([
    [2017, 1024],
    [2018, 1024],
    [2018, 794],
    [currentYear, 1024],
    [currentYear, 794],
  ])(
    'the review of %i at %i px: every chart text inside its chart and apart, every table within the column',
    async (year, width) => {
      const screenshot =
        width === 1024 && year !== 2018
          ? path.join(SCREENSHOTS ?? dir, year === 2017 ? 'review-2017.png' : 'review-current-year.png')
          : undefined;
      const page = await measure(html.get(year)!, width, screenshot);
      const problems: string[] = [];
      for (const chart of page.charts) {
        for (const t of chart.texts) {
          if (
            t.left < chart.box.left - 0.5 ||
            t.right > chart.box.right + 0.5 ||
            t.top < chart.box.top - 0.5 ||
            t.bottom > chart.box.bottom + 0.5
          )
            problems.push(`${chart.name}: "${t.text}" runs outside the chart`);
        }
        for (const t of chart.texts)
          for (const mark of chart.marks)
            if (overlap(t, mark)) problems.push(`${chart.name}: "${t.text}" runs into a legend mark`);
        chart.texts.forEach((a, i) =>
          chart.texts.slice(i + 1).forEach((b) => {
            if (overlap(a, b)) problems.push(`${chart.name}: "${a.text}" overlaps "${b.text}"`);
          }),
        );
        if (chart.box.right > page.column.right + 0.5) problems.push(`${chart.name}: wider than the column`);
      }
      for (const table of page.tables) {
        if (table.right > page.column.right + 0.5 || table.scrollWidth > table.clientWidth)
          problems.push(`the table "${table.head}" is wider than the column`);
      }
      expect(problems).toEqual([]);
      // Something was measured: the charts of the year are there.
      if (year === 2018)
        expect(page.charts.map((c) => c.name)).toEqual([
          'commitments-funnel',
          'regional-share',
          'attendance',
        ]);
      if (screenshot) expect(readFileSync(screenshot).length).toBeGreaterThan(10_000);
    },
  );
});
