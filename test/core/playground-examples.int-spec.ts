import type { OperationDefinitionNode } from 'graphql';
import { Kind, parse, validate } from 'graphql';
import { PlaygroundLookup } from '../../src/kit';
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
