import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse, validate } from 'graphql';
import { decodeJwt } from 'jose';
import { PLAYGROUND_NOW, PlaygroundLookup } from '../../src/kit';
import { modules } from '../../src/modules';
import { ApiKey } from '../../src/modules/core/api-key.entity';
import {
  apiKeyPlaceholder,
  createPlayground,
  PLAYGROUND_KEY_NAME,
  tokenPlaceholder,
} from '../../src/playground';
import { getSchema } from '../../src/schema';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// The playground's tabs are a newcomer's first requests: they must be valid, and the ones that need no
// header must run against the demo data as they are, with no value to look up first.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const examples = modules.flatMap((module) => module.examples ?? []);
const isPlaceholder = (value: unknown): boolean =>
  value instanceof PlaygroundLookup ||
  (typeof value === 'string' && value.startsWith('<')) ||
  (typeof value === 'object' && value !== null && Object.values(value).some(isPlaceholder));

test.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
  const document = parse(example.query);
  expect(validate(getSchema(), document)).toEqual([]);
  if (example.token || example.apiKey) return; // run with their credentials in playground-browser
  // What the browser makes of PLAYGROUND_NOW: the time it opens the page.
  const variables = Object.fromEntries(
    Object.entries(example.variables ?? {}).map(([name, value]) => [
      name,
      value === PLAYGROUND_NOW ? new Date().toISOString() : value,
    ]),
  );
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  let ran = 0;
  for (const operation of operations) {
    const needs = (operation.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      .map((v) => v.variable.name.value);
    // An operation that needs a value from another one (a lookup, or `<...>`) runs in playground-browser.
    if (needs.some((name) => variables[name] === undefined || isPlaceholder(variables[name]))) continue;
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: example.query, operationName: operation.name?.value, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    expect(Object.values(body.data ?? {}).every((value) => value !== null)).toBe(true);
    if (operation.operation === 'mutation') {
      expect(JSON.stringify(body.data)).toContain('"userErrors":[]');
    }
    ran += 1;
  }
  expect(ran).toBeGreaterThan(0);
});

interface ShippedTab {
  query: string;
  variables?: string;
  headers?: string;
}

/**
 * The tabs GraphiQL is started with, as the page's script has them: a JavaScript object literal (a
 * PLAYGROUND_NOW in it is an expression), evaluated as the browser does, now.
 */
function tabsOf(html: string): ShippedTab[] {
  const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/.exec(
    html,
  );
  return (new Function(`return (${options![1]});`)() as { defaultTabs: ShippedTab[] }).defaultTabs;
}

/** The tabs as the page at /graphql hands them to GraphiQL. */
async function shippedTabs(server: TestServer): Promise<ShippedTab[]> {
  const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  return tabsOf(await response.text());
}

const headersOf = (tab: ShippedTab) => JSON.parse(tab.headers ?? '{}') as Record<string, string>;
const playgroundKeys = (server: TestServer) =>
  server.dataSource.manager.countBy(ApiKey, { name: PLAYGROUND_KEY_NAME });

describe('credentials in the tabs', () => {
  test('in development each tab acts for its caller: a 1-hour token, or the playground’s key', async () => {
    const tabs = await shippedTabs(api);
    const withToken = tabs.filter((tab) => headersOf(tab).Authorization);
    const withKey = tabs.filter((tab) => headersOf(tab)['X-Api-Key']);
    expect(withToken.length + withKey.length).toBe(examples.filter((e) => e.token || e.apiKey).length);
    for (const tab of withToken) {
      const token = headersOf(tab).Authorization.replace(/^Bearer /, '');
      const claims = decodeJwt(token);
      expect(claims.exp! - claims.iat!).toBe(3600);
    }
    // One key per organisation and scopes, issued once: a second page build (another start) reuses them.
    const keys = new Set(withKey.map((tab) => headersOf(tab)['X-Api-Key']));
    expect(await playgroundKeys(api)).toBe(keys.size);
    const again = await startTestServer({ env: {} });
    try {
      expect(await playgroundKeys(again)).toBe(0); // its own database: nothing issued there yet
      await shippedTabs(again);
      expect(await playgroundKeys(again)).toBe(keys.size);
      // A restart on the same database builds the page anew: the same keys.
      const rebuilt = await createPlayground(again.config, again.dataSource, '/graphql', again.log).html();
      expect(await playgroundKeys(again)).toBe(keys.size);
      expect(rebuilt).toContain(JSON.stringify([...keys][0]).slice(1, -1));
    } finally {
      await again.close();
    }
  });

  test('in production no token, key or looked-up id is made: the tabs say how to get them', async () => {
    const production = await startTestServer({
      env: {
        NODE_ENV: 'production',
        JWT_SECRET: 'x'.repeat(40),
        PUBLIC_URL: 'https://api.regioq4.nl',
        GRAPHQL_PLAYGROUND: 'true',
      },
    });
    try {
      const before = await playgroundKeys(production);
      const tabs = await shippedTabs(production);
      const page = JSON.stringify(tabs);
      expect(page).not.toMatch(/eyJ|q4_/); // no JWT, no API key secret
      // Every tab that acts for someone says how to get the credential.
      expect(tabs.filter((tab) => headersOf(tab).Authorization).length).toBe(
        examples.filter((e) => e.token).length,
      );
      expect(tabs.filter((tab) => headersOf(tab)['X-Api-Key']).length).toBe(
        examples.filter((e) => e.apiKey).length,
      );
      for (const tab of tabs) {
        for (const [name, value] of Object.entries(headersOf(tab))) {
          if (name === 'Authorization') {
            expect(value).toMatch(/^Bearer <paste the output of: npm run -s token -- --role [A-Z_]+/);
          }
          if (name === 'X-Api-Key') {
            expect(value).toMatch(
              /^<paste the output of: npm run -s apikey -- --organisation "[^"]+" --scopes /,
            );
          }
        }
      }
      expect(page).toContain('<an id from Associations>');
      expect(await playgroundKeys(production)).toBe(before);
      // Sent as it is, a placeholder gets a 401 that says what to do.
      const tab = tabs.find((t) => headersOf(t).Authorization)!;
      const res = await production.graphql('{ me { kind } }', {}, headersOf(tab));
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0].message).toMatch(/placeholder.*npm run -s token -- --role/);
    } finally {
      await production.close();
    }
  });
});

test('every tab has an operation name of its own (GraphiQL names the tab after it)', () => {
  const names = examples.flatMap((example) =>
    parse(example.query)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((operation) => operation.name?.value),
  );
  expect(names).not.toContain(undefined);
  expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
});

test('the upcoming events tab starts from the moment the playground is opened, not the server start', async () => {
  const upcoming = examples.find((example) => example.query.includes('query UpcomingEvents'))!;
  expect(upcoming.variables).toEqual({ from: PLAYGROUND_NOW });
  const html = await (await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } })).text();
  expect(html).not.toContain(PLAYGROUND_NOW);
  const fromOf = () => {
    const tab = tabsOf(html).find((t) => t.query.includes('query UpcomingEvents'))!;
    return (JSON.parse(tab.variables!) as { from: string }).from;
  };
  const before = Date.now();
  const first = fromOf();
  expect(Date.parse(first)).toBeGreaterThanOrEqual(before);
  expect(Date.parse(first)).toBeLessThanOrEqual(Date.now());
  await new Promise((resolve) => setTimeout(resolve, 5));
  expect(Date.parse(fromOf())).toBeGreaterThan(Date.parse(first));
});

test('tabs name the CLIs one way: `npm run -s token` and `npm run -s apikey` (the -s keeps npm quiet)', () => {
  // With what a production tab shows in its headers instead of a credential.
  const texts = examples.map((example) =>
    [
      example.title,
      example.query,
      JSON.stringify(example.headers),
      example.token && tokenPlaceholder(example.token),
      example.apiKey && apiKeyPlaceholder(example.apiKey),
    ].join('\n'),
  );
  expect(texts.filter((text) => /npm run (token|apikey)/.test(text))).toEqual([]);
  expect(texts.filter((text) => /npm run -s (token|apikey) --/.test(text)).length).toBeGreaterThan(5);
});
