import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse, validate } from 'graphql';
import { PLAYGROUND_NOW } from '../../src/kit';
import { modules } from '../../src/modules';
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
const isPlaceholder = (value: unknown) => typeof value === 'string' && value.startsWith('<');

test.each(examples.map((example) => [example.title, example] as const))('%s', async (_title, example) => {
  const document = parse(example.query);
  expect(validate(getSchema(), document)).toEqual([]);
  if (example.headers) return; // needs a token or key from the CLIs
  // What the browser makes of PLAYGROUND_NOW: the time it opens the page.
  const variables = JSON.parse(
    JSON.stringify(example.variables ?? {}).replaceAll(PLAYGROUND_NOW, new Date().toISOString()),
  ) as Record<string, unknown>;
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  let ran = 0;
  for (const operation of operations) {
    const needs = (operation.variableDefinitions ?? [])
      .filter((v) => v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue)
      .map((v) => v.variable.name.value);
    // An operation that needs a value from another one (marked `<...>`) is run by hand after it.
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
  // The options GraphiQL is started with, as the page's script has them: evaluated as the browser does.
  const options = /querySelector\('#root'\),\s*(\{[\s\S]*\}),\s*\);\s*<\/script>/.exec(html)![1];
  const fromOf = () => {
    const tabs = (
      new Function(`return (${options});`)() as { defaultTabs: { query: string; variables?: string }[] }
    ).defaultTabs;
    const tab = tabs.find((t) => t.query.includes('query UpcomingEvents'))!;
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
  const texts = examples.map(
    (example) => `${example.title}\n${example.query}\n${JSON.stringify(example.headers)}`,
  );
  expect(texts.filter((text) => /npm run (token|apikey)/.test(text))).toEqual([]);
  expect(texts.filter((text) => /npm run -s (token|apikey) --/.test(text)).length).toBeGreaterThan(5);
});
