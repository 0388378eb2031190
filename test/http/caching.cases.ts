import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { loadTrustedDocuments } from '../../src/http/trusted-documents';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A GET as a browser or CDN sends it (with the header Apollo's CSRF prevention asks for). */
async function get(
  api: TestServer,
  params: { query?: string; variables?: object; extensions?: object },
  headers: Record<string, string> = {},
) {
  const search = new URLSearchParams();
  if (params.query) search.set('query', params.query);
  if (params.variables) search.set('variables', JSON.stringify(params.variables));
  if (params.extensions) search.set('extensions', JSON.stringify(params.extensions));
  const res = await fetch(`${api.url}/graphql?${search}`, {
    headers: { 'apollo-require-preflight': 'true', ...headers },
  });
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const MUNICIPALITIES = '{ municipalities(inRegion: true) { name cbsCode } }';

describe('cache-control of GraphQL responses', () => {
  let api: TestServer;
  beforeAll(async () => {
    // Shared caches get public answers only when links do not come from the request's Host header.
    api = await startTestServer({
      env: { PUBLIC_CACHE_MAX_AGE: '120', PUBLIC_URL: 'https://api.regioq4.nl' },
    });
  });
  afterAll(() => api.close());

  test('an anonymous GET of public data may be cached by anyone, for the configured time', async () => {
    const res = await get(api, { query: MUNICIPALITIES });
    expect(res.status).toBe(200);
    expect(res.body.data.municipalities).toHaveLength(5);
    expect(res.headers.get('cache-control')).toBe('public, max-age=120');
    // Shared caches keep callers with a token or key apart from anonymous ones.
    const vary = res.headers.get('vary')!.toLowerCase();
    for (const header of ['authorization', 'x-api-key', 'origin']) expect(vary).toContain(header);
  });

  test('the same query with a token or a key, or as a POST, is private', async () => {
    const member = await api.token({ roles: [Role.MEMBER], kvk: '15798472' });
    const { headers: key } = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    for (const headers of [member, key]) {
      const res = await get(api, { query: MUNICIPALITIES }, headers);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
    }
    const post = await api.graphql(MUNICIPALITIES);
    expect(post.status).toBe(200);
    expect(post.headers.get('cache-control')).toBe('private, no-store');
  });

  test('errors, the caller and secrets are never cached publicly', async () => {
    const failing = await get(api, { query: '{ businesses(first: 101) { totalCount } }' });
    expect(failing.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(failing.headers.get('cache-control')).toBe('private, no-store');
    const forbidden = await get(api, {
      query: '{ events(first: 1) { nodes { registrations { totalCount } } } }',
    });
    expect(forbidden.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(forbidden.headers.get('cache-control')).toBe('private, no-store');
    const me = await get(api, { query: '{ me { kind } }' });
    expect(me.body.data.me.kind).toBe('ANONYMOUS');
    expect(me.headers.get('cache-control')).toBe('private, no-store');
    const secret = await get(api, {
      query: 'query($s: String!) { registration(secret: $s) { status } }',
      variables: { s: 'x'.repeat(40) },
    });
    expect(secret.body.data).toEqual({ registration: null });
    expect(secret.headers.get('cache-control')).toBe('private, no-store');
  });

  test('automatic persisted queries: the GET form with the sha256 hash, cacheable once registered', async () => {
    const query = '{ articles(first: 3) { nodes { slug title } } }';
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    const unknown = await get(api, { extensions });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(unknown.headers.get('cache-control')).not.toMatch(/public/);
    const registered = await get(api, { query, extensions });
    expect(registered.body.data.articles.nodes).toHaveLength(3);
    const byHash = await get(api, { extensions });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
    expect(byHash.headers.get('cache-control')).toBe('public, max-age=120');
  });

  test('the hash may come as `sha256:<hex>` too, as the client preset embeds it in its documents', async () => {
    const query = '{ articles(first: 2) { nodes { slug } } }';
    const prefixed = { persistedQuery: { version: 1, sha256Hash: `sha256:${sha256(query)}` } };
    const unknown = await get(api, { extensions: prefixed });
    expect(unknown.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await get(api, { query, extensions: prefixed });
    expect(registered.status).toBe(200);
    expect(registered.body.data.articles.nodes).toHaveLength(2);
    expect((await get(api, { extensions: prefixed })).body.data).toEqual(registered.body.data);
    const bare = { persistedQuery: { version: 1, sha256Hash: sha256(query) } };
    expect((await get(api, { extensions: bare })).body.data).toEqual(registered.body.data);
    const posted = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ extensions: prefixed }),
    });
    expect(((await posted.json()) as { data: unknown }).data).toEqual(registered.body.data);
  });
});

describe('cache-control without PUBLIC_URL (development as it starts)', () => {
  let api: TestServer;
  beforeAll(async () => {
    api = await startTestServer({ env: { PUBLIC_CACHE_MAX_AGE: '120' } });
  });
  afterAll(() => api.close());

  test('public reads are private: browsers may keep them, shared caches not (their links come from Host)', async () => {
    const res = await get(api, { query: MUNICIPALITIES });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, max-age=120');
    const feed = await fetch(`${api.url}/feeds/news.atom`);
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300');
    // What depends on the caller stays as it is.
    expect((await api.graphql(MUNICIPALITIES)).headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('trusted documents', () => {
  const trustedQuery = 'query Region { municipalities(inRegion: true) { cbsCode } }';
  const trustedMutation =
    'mutation NewLabel($input: CreateLabelInput!) { createLabel(input: $input) { label { slug } userErrors { code } } }';
  let dir: string;
  let api: TestServer;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'q4-trusted-'));
    const manifest = path.join(dir, 'manifest.json');
    writeFileSync(
      manifest,
      JSON.stringify({ [sha256(trustedQuery)]: trustedQuery, [sha256(trustedMutation)]: trustedMutation }),
    );
    api = await startTestServer({ env: { TRUSTED_DOCUMENTS: manifest } });
  });
  afterAll(async () => {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a trusted document runs by its hash alone (never registered) and by its text', async () => {
    const byHash = await get(api, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256(trustedQuery) } },
    });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.municipalities).toHaveLength(5);
    const byText = await api.graphql(trustedQuery);
    expect(byText.status).toBe(200);
    expect(byText.body.data).toEqual(byHash.body.data);
  });

  test('any other document is refused with 400 DOCUMENT_NOT_TRUSTED, and does nothing', async () => {
    const editor = await api.token({ roles: [Role.EDITOR] });
    const untrusted =
      'mutation { createLabel(input: { name: "Niet vertrouwd" }) { label { slug } userErrors { code } } }';
    const res = await api.graphql(untrusted, {}, editor);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('DOCUMENT_NOT_TRUSTED');
    expect(await api.dataSource.query(`SELECT 1 FROM label WHERE name = 'Niet vertrouwd'`)).toEqual([]);

    const unknownHash = await get(api, {
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { kind } }') } },
    });
    expect(unknownHash.status).toBe(400);
    expect(unknownHash.body.errors[0].extensions.code).toBe('DOCUMENT_NOT_TRUSTED');
    // Not even registering it as an automatic persisted query gets it in.
    const register = await get(api, {
      query: '{ me { kind } }',
      extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ me { kind } }') } },
    });
    expect(register.status).toBe(400);
    expect((await api.logOf(register)).errorCodes).toEqual(['DOCUMENT_NOT_TRUSTED']);

    const allowed = await api.graphql(trustedMutation, { input: { name: 'Vertrouwd' } }, editor);
    expect(allowed.body.data).toEqual({ createLabel: { label: { slug: 'vertrouwd' }, userErrors: [] } });
  });

  test('the allow-list as a directory of .graphql files, and a manifest with a wrong hash stops start-up', () => {
    const docs = mkdtempSync(path.join(os.tmpdir(), 'q4-trusted-dir-'));
    try {
      writeFileSync(path.join(docs, 'region.graphql'), trustedQuery);
      writeFileSync(path.join(docs, 'README.md'), 'not a document');
      expect([...loadTrustedDocuments(docs).entries()]).toEqual([[sha256(trustedQuery), trustedQuery]]);
      const wrong = path.join(docs, 'wrong.json');
      writeFileSync(wrong, JSON.stringify({ [sha256('{ a }')]: trustedQuery }));
      expect(() => loadTrustedDocuments(wrong)).toThrow(
        /the key "[0-9a-f]{64}" \(query Region\) does not match its document/,
      );
      expect(() => loadTrustedDocuments(path.join(docs, 'missing.json'))).toThrow(
        /^TRUSTED_DOCUMENTS: cannot read/,
      );
      expect(() => loadTrustedDocuments(path.join(docs, 'region.graphql'))).toThrow(/is not a JSON file/);
    } finally {
      rmSync(docs, { recursive: true, force: true });
    }
  });
});
