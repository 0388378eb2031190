import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse, validate } from 'graphql';
import { decodeJwt } from 'jose';
import { PlaygroundLookup } from '../../src/kit';
import { modules } from '../../src/modules';
import { ApiKey } from '../../src/modules/core/api-key.entity';
import { createPlayground, PLAYGROUND_KEY_NAME } from '../../src/playground';
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
  const variables = example.variables ?? {};
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

/** The tabs as the page at /graphql hands them to GraphiQL. */
async function shippedTabs(server: TestServer): Promise<ShippedTab[]> {
  const response = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(response.status).toBe(200);
  const options = /renderYogaGraphiQL\(\s*window\.document\.querySelector\('#root'\),\s*(\{.*\}),\s*\);/.exec(
    await response.text(),
  );
  return (JSON.parse(options![1]) as { defaultTabs: ShippedTab[] }).defaultTabs;
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
