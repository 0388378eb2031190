import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, print, validate } from 'graphql';
import type { OperationDefinitionNode } from 'graphql';
import { getSchema } from '../../src/schema';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// The example queries of the README and the pages under docs/ are what a newcomer copies first: they must be
// valid, and say what they do.

const root = path.join(__dirname, '..', '..');
const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
const pages = [path.join(root, 'README.md'), ...markdownFiles(path.join(root, 'docs'))];
const blocks = pages.flatMap((page) =>
  [...readFileSync(page, 'utf8').matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => parse(m[1])),
);
const operations = blocks.flatMap((document) =>
  document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION),
);

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('every GraphQL example of the README and docs/ is valid against the schema', () => {
  // The examples of the README, the domain pages, the annual review and calling the API: none went missing.
  expect(operations.length).toBeGreaterThanOrEqual(7);
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
