import { execFile, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse, print } from 'graphql';
import { createClient, GraphQLRequestError } from '../../docs/examples/client';
import { freePort } from '../../src/cli/throwaway-database';
import { ConfigError, loadConfig } from '../../src/config';
import { root } from '../support/processes';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * A frontend team's setup exactly as docs/frontend.md shows it: GraphQL Code Generator's client preset with
 * persisted documents, run on a small project of its own, and the manifest it writes as TRUSTED_DOCUMENTS.
 */

const examples = path.join(root, 'docs', 'examples');
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

type Operations = {
  UpcomingEvents: TypedDocumentNode<
    { events: { nodes: { id: string; title: string; startsAt: string }[] } },
    { from: string }
  >;
  NewLabel: TypedDocumentNode<
    { createLabel: { label: { slug: string } | null; userErrors: { code: string }[] } },
    { input: { name: string } }
  >;
};

let project: string;
let manifestPath: string;
let operations: Operations;
let api: TestServer;

beforeAll(async () => {
  project = mkdtempSync(path.join(os.tmpdir(), 'q4-frontend-'));
  // The project's own node_modules would hold the same packages (codegen resolves the preset from there).
  symlinkSync(path.join(root, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  mkdirSync(path.join(project, 'src'));
  copyFileSync(path.join(examples, 'operations.ts'), path.join(project, 'src', 'operations.ts'));
  // `npx graphql-codegen --config codegen.ts` in the project, with the doc's config file as it is.
  await promisify(execFile)(
    process.execPath,
    [
      path.join(root, 'node_modules', '@graphql-codegen', 'cli', 'cjs', 'bin.js'),
      '--config',
      path.join(examples, 'codegen.ts'),
      '--silent',
    ],
    { cwd: project, env: { ...process.env, REGIO_Q4_SCHEMA: path.join(root, 'schema', 'schema.graphql') } },
  );
  manifestPath = path.join(project, 'src', 'gql', 'persisted-documents.json');
  operations = (await import(path.join(project, 'src', 'operations.ts'))) as Operations;
  api = await startTestServer({ env: { TRUSTED_DOCUMENTS: manifestPath } });
}, 60_000);

afterAll(async () => {
  await api?.close();
  rmSync(project, { recursive: true, force: true });
});

const codeBlocks = (markdown: string) =>
  [...markdown.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```$/gm)].map((match) => match[1]);

test('docs/frontend.md shows the example files as they are', () => {
  const page = readFileSync(path.join(root, 'docs', 'frontend.md'), 'utf8');
  for (const file of ['codegen.ts', 'operations.ts', 'client.ts']) {
    expect(codeBlocks(page)).toContain(readFileSync(path.join(examples, file), 'utf8'));
    expect(page).toContain(`(examples/${file})`);
  }
});

test("the client preset's manifest (keys `sha256:<hex>`) is the allow-list, and its documents run by their hash", async () => {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  expect(Object.keys(manifest)).toHaveLength(2);
  for (const [key, document] of Object.entries(manifest)) expect(key).toBe(`sha256:${sha256(document)}`);
  // The scalars arrive typed as the doc says.
  const types = readFileSync(path.join(project, 'src', 'gql', 'graphql.ts'), 'utf8');
  expect(types).toContain('export type UpcomingEventsQueryVariables = Exact<{\n  from: string;\n}>;');
  expect(types).toContain('nodes: Array<{ id: string, title: string, startsAt: string }>');

  const execute = createClient(`${api.url}/graphql`);
  const upcoming = await execute(operations.UpcomingEvents, { from: '2017-01-01T00:00:00Z' });
  expect(upcoming.events.nodes).toHaveLength(3);
  expect(upcoming.events.nodes[0].startsAt).toMatch(/^2018-03-15T/); // the first event: with Rabobank Heuvelrug, March 2018
  const asEditor = createClient(`${api.url}/graphql`, await api.token({ roles: [Role.EDITOR] }));
  const created = await asEditor(operations.NewLabel, { input: { name: 'Uit de frontend' } });
  expect(created.createLabel).toEqual({ label: { slug: 'uit-de-frontend' }, userErrors: [] });
  // Each went by its hash alone (a GET for the query, a POST for the mutation), and nothing was refused.
  const requests = api.logs.filter((entry) => entry.operationName !== undefined).slice(-2);
  expect(requests.map((entry) => [entry.operationName, entry.status])).toEqual([
    ['UpcomingEvents', 200],
    ['NewLabel', 200],
  ]);

  // The manifest's text itself, alone or with its `sha256:` hash (as Apollo's persisted-query link retries).
  const [key, text] = Object.entries(manifest).find(([, document]) => document.includes('UpcomingEvents'))!;
  const variables = { from: '2017-01-01T00:00:00Z' };
  expect((await api.graphql(text, variables)).body.data).toEqual(upcoming);
  const both = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: text,
      variables,
      extensions: { persistedQuery: { version: 1, sha256Hash: key } },
    }),
  });
  expect(both.status).toBe(200);
  expect(((await both.json()) as { data: unknown }).data).toEqual(upcoming);
});

test('the generated client type-checks as a strict project would, and wrong variables do not compile', async () => {
  writeFileSync(
    path.join(project, 'src', 'use.ts'),
    `import { createClient } from './client';
import { UpcomingEvents } from './operations';

export async function titles(url: string): Promise<string[]> {
  const execute = createClient(url);
  const { events } = await execute(UpcomingEvents, { from: new Date().toISOString() });
  // @ts-expect-error a DateTime variable is an ISO 8601 string
  await execute(UpcomingEvents, { from: new Date() });
  return events.nodes.map((event) => \`\${event.title} (\${event.startsAt.slice(0, 10)})\`);
}
`,
  );
  copyFileSync(path.join(examples, 'client.ts'), path.join(project, 'src', 'client.ts'));
  const options = { strict: true, verbatimModuleSyntax: true, noEmit: true, skipLibCheck: true };
  writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        ...options,
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        lib: ['ES2022', 'DOM'],
      },
      include: ['src'],
    }),
  );
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  await expect(promisify(execFile)(process.execPath, [tsc, '-p', project])).resolves.toBeDefined();
});

test('without TRUSTED_DOCUMENTS (development) the same client sends the text of a document the API does not know', async () => {
  const development = await startTestServer();
  try {
    const execute = createClient(`${development.url}/graphql`);
    const first = await execute(operations.UpcomingEvents, { from: '2017-01-01T00:00:00Z' });
    expect(first.events.nodes).toHaveLength(3);
    const again = await execute(operations.UpcomingEvents, { from: '2017-01-01T00:00:00Z' });
    expect(again).toEqual(first);
    // Hash (not found), text; then the text at once.
    expect(development.logs.map((entry) => entry.errorCodes ?? [])).toEqual([
      ['PERSISTED_QUERY_NOT_FOUND'],
      [],
      [],
    ]);
  } finally {
    await development.close();
  }
});

test('a document not in the manifest is refused with DOCUMENT_NOT_TRUSTED, by hash or by text, and does nothing', async () => {
  const text =
    'mutation { createLabel(input: { name: "Niet vertrouwd" }) { label { slug } userErrors { code } } }';
  const untrusted = Object.assign(parse(text), { __meta__: { hash: `sha256:${sha256(text)}` } });
  const asEditor = createClient(`${api.url}/graphql`, await api.token({ roles: [Role.EDITOR] }));
  const refused = await asEditor(untrusted).catch((error: unknown) => error);
  expect(refused).toBeInstanceOf(GraphQLRequestError);
  expect((refused as GraphQLRequestError).errors.map((e) => e.extensions?.code)).toEqual([
    'DOCUMENT_NOT_TRUSTED',
  ]);

  const byText = await api.graphql(print(untrusted), {}, await api.token({ roles: [Role.EDITOR] }));
  expect(byText.status).toBe(400);
  expect(byText.body.errors?.map((e) => e.extensions?.code)).toEqual(['DOCUMENT_NOT_TRUSTED']);
  expect(await api.dataSource.query(`SELECT 1 FROM label WHERE name = 'Niet vertrouwd'`)).toEqual([]);
});

describe('a manifest the API cannot use', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'q4-bad-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const manifestWith = (name: string, content: object) => {
    const file = path.join(dir, name);
    writeFileSync(file, JSON.stringify(content, null, 2));
    return file;
  };
  const problemsOf = (file: string) => {
    try {
      loadConfig({ TRUSTED_DOCUMENTS: file });
    } catch (error) {
      if (error instanceof ConfigError) return error.problems;
      throw error;
    }
    throw new Error('the configuration was accepted');
  };

  test('stops start-up before the database starts, in well under the time PostgreSQL takes, saying which key and why', async () => {
    const document = 'query Region { municipalities(inRegion: true) { cbsCode } }';
    const edited = 'query Region { municipalities(inRegion: true) { cbsCode name } }';
    const wrongKey = `sha256:${sha256(document)}`;
    const file = manifestWith('edited.json', { [wrongKey]: edited });
    const dataDir = path.join(dir, 'data');
    const startedAt = Date.now();
    const run = spawnSync(process.execPath, [path.join(root, 'dist', 'src', 'main.js')], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'development',
        TRUSTED_DOCUMENTS: file,
        DATA_DIR: dataDir,
        PORT: String(await freePort()),
        EMBEDDED_PG_PORT: String(await freePort()),
      },
      encoding: 'utf8',
      timeout: 20_000,
    });
    const durationMs = Date.now() - startedAt;
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Invalid configuration');
    expect(run.stderr).toContain(`TRUSTED_DOCUMENTS: in ${file}, the key "${wrongKey}" (query Region)`);
    expect(run.stderr).toContain(
      `the key says ${sha256(document)}, the document's SHA-256 is ${sha256(edited)}`,
    );
    expect(run.stderr).toMatch(/regenerate the manifest/);
    // Nothing of PostgreSQL was made: no initdb, no migrations, no demo data.
    expect(readdirSync(dir)).not.toContain('data');
    // The configuration is checked before the server's code is even loaded: ~0.6 s on a busy machine, where
    // the database, migrations and demo data before took ~25 s.
    expect(durationMs).toBeLessThan(3_000);
  });

  test('says what is wrong with each key: not a SHA-256, not a document, or a document that is not its hash', () => {
    const text = '{ me { kind } }';
    const sha1 = createHash('sha1').update(text).digest('hex');
    const file = manifestWith('several.json', {
      [`sha256:${sha256(text)}`]: text,
      [sha1]: text,
      [sha256('{ a }')]: { body: text },
    });
    expect(problemsOf(file)).toEqual([
      `TRUSTED_DOCUMENTS: in ${file}, the key "${sha1}" is not a SHA-256 (64 hex characters, "sha256:" before them or not); it has 40 hex characters, so its hash is probably SHA-1: leave the client preset's persistedDocuments.hashAlgorithm at sha256`,
      `TRUSTED_DOCUMENTS: in ${file}, the value of "${sha256('{ a }')}" is an object, not the text of a document; the manifest maps each hash to its document: { "sha256:<hex>": "query … { … }" }`,
    ]);
    expect(problemsOf(manifestWith('empty.json', {}))).toEqual([
      `TRUSTED_DOCUMENTS: ${path.join(dir, 'empty.json')} holds no documents`,
    ]);
  });
});
