import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { getSchema } from '../../src/schema';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// The README's example queries are what a newcomer copies first: they must be valid, and say what they do.

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => parse(m[1]));
const operations = blocks.flatMap((document) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('every GraphQL example of the README is valid against the schema', () => {
  expect(operations.length).toBeGreaterThan(0);
  // One block holds several examples, each meant to be run on its own.
  for (const operation of operations) {
    expect(validate(getSchema(), { kind: Kind.DOCUMENT, definitions: [operation] })).toEqual([]);
  }
});

test('the businesses example lists members of the association it is given, and only those', async () => {
  const members = operations.find((o) => o.name?.value === 'Members');
  expect(members).toBeDefined();
  const associations = await api.graphql<{ associations: { id: string; shortName: string }[] }>(
    '{ associations { id shortName } }',
  );
  const zzo = associations.body.data!.associations.find((a) => a.shortName === 'ZZO')!;
  const res = await api.graphql<{
    businesses: { totalCount: number; nodes: { associations: { name: string }[] }[] };
  }>(print(members!), { association: zzo.id });
  expect(res.body.errors).toBeUndefined();
  const { totalCount, nodes } = res.body.data!.businesses;
  expect(totalCount).toBeGreaterThan(0);
  expect(nodes.every((n) => n.associations.some((a) => a.name === 'Zakelijk Zeist Onderneemt!'))).toBe(true);
});
