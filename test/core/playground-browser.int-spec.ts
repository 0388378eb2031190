import { existsSync } from 'node:fs';
import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse } from 'graphql';
import type { Browser, Page } from 'puppeteer-core';
import puppeteer from 'puppeteer-core';
import { modules } from '../../src/modules';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// Every playground tab, exactly as the page ships it, run in a real browser (headless Chromium) through
// GraphiQL's own run button: a newcomer's first click must not end in an error. Development tabs carry
// their tokens, keys and looked-up ids; only a value that a mutation of the same tab returns is left for
// the user (`<... from CreateRequest>`), and the operations that need one are the two listed below.

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BY_HAND: string[] = []; // every operation of every tab runs as shipped

interface Tab {
  query: string;
  variables?: string;
  headers?: string;
}

let api: TestServer;
let browser: Browser;
let page: Page;
let tabs: Tab[];
const pageErrors: string[] = [];
/** The variables each operation was sent with, by operation name. */
const sent = new Map<string, Record<string, unknown>>();
let opened: number;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH. ` +
        'This test never skips: the playground must work in a real browser.',
    );
  }
  api = await startTestServer({ template: 'demo' });
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  opened = Date.now();
  const response = await page.goto(`${api.url}/graphql`, { waitUntil: 'networkidle0' });
  if (response?.status() !== 200)
    throw new Error(`the page: ${response?.status()} ${api.errorLogs.join('\n')}`);
  tabs = shippedTabs(await response!.text());
  await page.waitForSelector('#graphiql-session-tab-0').catch((error: Error) => {
    throw new Error(`GraphiQL did not start: ${error.message}\n${pageErrors.join('\n')}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.close();
});

/**
 * The tabs as the page hands them to GraphiQL: a JavaScript object literal (a PLAYGROUND_NOW in it is an
 * expression the browser evaluates), evaluated here the same way.
 */
function shippedTabs(html: string): Tab[] {
  const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/.exec(
    html,
  );
  if (!options) throw new Error('no GraphiQL options in the page');
  return (new Function(`return (${options[1]});`)() as { defaultTabs: Tab[] }).defaultTabs;
}

const operationsOf = (tab: Tab) =>
  parse(tab.query).definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );

/** Whether the operation needs a variable the tab leaves to the user (`<...>`). */
function needsHand(tab: Tab, operation: OperationDefinitionNode): boolean {
  const variables = JSON.parse(tab.variables ?? '{}') as Record<string, unknown>;
  return (operation.variableDefinitions ?? []).some((v) =>
    /[<>]/.test(JSON.stringify(variables[v.variable.name.value] ?? '')),
  );
}

/** Selects a tab by clicking it (a DOM click: the tab bar also reacts to drags of the mouse). */
async function select(index: number, tab: Tab): Promise<void> {
  await page.$eval(`#graphiql-session-tab-${index}`, (button) => (button as HTMLElement).click());
  await page.waitForSelector(`.graphiql-tab-active #graphiql-session-tab-${index}`);
  // The editor shows the tab's first line (its title) once the switch is done.
  const firstLine = tab.query.split('\n')[0].slice(0, 40);
  await page.waitForFunction(
    (line) =>
      (document.querySelector('.graphiql-query-editor')?.textContent ?? '')
        .replace(/\u00a0/g, ' ')
        .includes(line),
    {},
    firstLine,
  );
  // GraphiQL reads the operation names of the new document after a short debounce; a run before that asks
  // for the previous tab's operation ("Cannot infer operation"). A person is never that quick.
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** Runs one operation with GraphiQL's run button (its menu when the tab has several) and returns the response. */
async function run(name: string, several: boolean): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = page.waitForResponse(
    (r) =>
      r.url().endsWith('/graphql') &&
      r.request().method() === 'POST' &&
      !r.request().postData()?.includes('IntrospectionQuery'),
    { timeout: 30_000 },
  );
  // GraphiQL parses the editor's document a moment after a switch: wait until the button knows how many
  // operations the tab has (a menu of them, or a plain button), and the previous run has ended.
  await page.waitForFunction(
    (menu) => {
      const button = document.querySelector('.graphiql-execute-button');
      // Not the stop button of the previous run either.
      return (
        button?.getAttribute('aria-label')?.startsWith('Execute') &&
        button.hasAttribute('aria-haspopup') === menu
      );
    },
    {},
    several,
  );
  if (!several) {
    await page.$eval('.graphiql-execute-button', (button) => (button as HTMLElement).click());
  } else {
    // Opens the menu of operations (on a pointer press, as a user's click makes).
    await page.click('.graphiql-execute-button');
    // Found and clicked in one step: the menu re-renders while it opens.
    await page.waitForFunction(
      (operation) => {
        const items = [...document.querySelectorAll<HTMLElement>('[role="menuitem"]')];
        const item = items.find((candidate) => candidate.textContent?.trim() === operation);
        item?.click();
        return Boolean(item);
      },
      {},
      name,
    );
  }
  const answered = await response;
  const request = JSON.parse(answered.request().postData() ?? '{}') as {
    variables?: Record<string, unknown>;
  };
  sent.set(name, request.variables ?? {});
  const body = (await answered.json()) as { data?: unknown; errors?: unknown[] };
  // The result pane shows it too (the editor renders the visible lines only: the start is enough).
  await page.waitForFunction(
    () => /"(data|errors)"/.test(document.querySelector('.result-window')?.textContent ?? ''),
    { timeout: 10_000 },
  );
  return body;
}

test("a tab for every module's example, and every one has a query", () => {
  expect(tabs.length).toBe(modules.flatMap((module) => module.examples ?? []).length);
  expect(tabs.length).toBeGreaterThanOrEqual(24);
  for (const tab of tabs) expect(operationsOf(tab).length).toBeGreaterThan(0);
});

test('every tab runs as shipped in the browser, with no error in any result', async () => {
  const ran: string[] = [];
  const byHand: string[] = [];
  const failures: string[] = [];
  for (const [index, tab] of tabs.entries()) {
    await select(index, tab);
    // The pane below the editor shows the headers of a tab that has any, else its variables.
    const pane = await page.$eval('.graphiql-editor-tools button.active', (b) => b.getAttribute('data-name'));
    if (pane !== (tab.headers ? 'headers' : 'variables')) failures.push(`tab ${index}: ${pane} pane open`);
    const operations = operationsOf(tab);
    for (const operation of operations) {
      const name = operation.name!.value;
      if (needsHand(tab, operation)) {
        byHand.push(name);
        continue;
      }
      const body = await run(name, operations.length > 1).catch(async (error: Error) => {
        const shown = await page.$eval('.result-window', (pane) => pane.textContent?.slice(0, 300));
        throw new Error(`tab ${index} ${name}: ${error.message}; the result pane shows ${shown}`);
      });
      ran.push(name);
      const text = JSON.stringify(body);
      if (body.errors || !body.data) failures.push(`tab ${index} ${name}: ${text.slice(0, 300)}`);
      else if (operation.operation === 'mutation' && !text.includes('"userErrors":[]')) {
        failures.push(`tab ${index} ${name}: ${text.slice(0, 300)}`);
      }
    }
  }
  expect(failures).toEqual([]);
  expect(byHand).toEqual(BY_HAND);
  expect(ran.length).toBe(tabs.reduce((n, tab) => n + operationsOf(tab).length, 0) - BY_HAND.length);
  expect(pageErrors).toEqual([]);
  // "Upcoming" from the moment the browser opened the page (PLAYGROUND_NOW), not the server's start.
  const from = Date.parse(sent.get('UpcomingEvents')?.from as string);
  expect(from).toBeGreaterThanOrEqual(opened);
  expect(from).toBeLessThanOrEqual(Date.now());
}, 300_000);
