import v8 from 'node:v8';
import vm from 'node:vm';
import type { IntrospectionQuery } from 'graphql';
import { buildClientSchema, getIntrospectionQuery } from 'graphql';
import type { FuzzRequest, Samples } from '../support/fuzz';
import { RequestGenerator } from '../support/fuzz';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/**
 * Thousands of requests generated from the schema (by introspection) and from the app's routes, with a
 * fixed seed: valid and broken arguments for every query and mutation, as every kind of caller, operation
 * names that pick no operation (unknown, missing beside a second one, of the wrong type), and malformed
 * HTTP. No answer may be a 5xx, every error must carry a code, and no body may show a stack, SQL or a
 * file path. New modules are covered as soon as they are in the schema or mount a route.
 *
 * The requests are split into shards, each a test file of its own (`fuzz-<n>-of-<shards>.int-spec.ts`) on a
 * server of its own, so that jest runs them on both workers at once: every shard generates the whole sequence
 * (the same seed, so the same requests as one run) and sends every `shards`-th request of it.
 */
const SEED = 20181;
const GRAPHQL_REQUESTS = 4_300;
const HTTP_REQUESTS = 700;
const CONCURRENCY = 8;

const LEAK =
  /\n\s+at |node_modules|\.[jt]s:\d+|QueryFailedError|EntityNotFound|TypeORM|syntax error at or near|invalid input syntax|violates .* constraint|\bSELECT\b[\s\S]{1,200}\bFROM\b|(?:\/[\w.-]+){3,}\.[cm]?[jt]s\b/;

/** The heap after a full garbage collection (server and test share this process). */
function heapAfterGc(): number {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
  return process.memoryUsage().heapUsed;
}

let api: TestServer;

interface Problem {
  what: string;
  status: number;
  body: string;
}

/** Checks one response; returns what is wrong with it, if anything. */
function problemOf(what: string, status: number, contentType: string, text: string): Problem | null {
  const fail = (why: string) => ({ what: `${what}: ${why}`, status, body: text.slice(0, 400) });
  if (status >= 500) return fail('5xx');
  if (LEAK.test(text) && !/^text\/calendar|xml|html/.test(contentType)) return fail('leaks internals');
  if (!contentType.includes('json') || text === '') return null; // HEAD: headers only
  let body: { errors?: { extensions?: { code?: unknown } }[] };
  try {
    body = JSON.parse(text);
  } catch {
    return fail('JSON content type, body not JSON');
  }
  if (status >= 400 && !body.errors?.length) return fail('error status without errors');
  if (body.errors?.some((error) => typeof error.extensions?.code !== 'string')) return fail('uncoded error');
  if (body.errors?.some((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR'))
    return fail('masked 500');
  return null;
}

async function samplesOf(admin: Record<string, string>): Promise<Samples> {
  const res = await api.graphql<{
    businesses: { nodes: { id: string; kvkNumber: string }[]; pageInfo: { endCursor: string } };
    events: { nodes: { id: string }[]; pageInfo: { endCursor: string } };
    articles: { nodes: { id: string; slug: string }[]; pageInfo: { endCursor: string } };
    organisations: { id: string; name: string }[];
    associations: { id: string }[];
    municipalities: { id: string; cbsCode: string }[];
    labels: { id: string; slug: string }[];
    stakeholderMeetings: { nodes: { id: string; actions: { id: string }[] }[] };
  }>(
    `{ businesses(first: 5) { nodes { id kvkNumber } pageInfo { endCursor } }
       events(first: 5) { nodes { id } pageInfo { endCursor } }
       articles(first: 5) { nodes { id slug } pageInfo { endCursor } }
       organisations { id name } associations { id } municipalities { id cbsCode } labels { id slug }
       stakeholderMeetings(first: 3) { nodes { id actions { id } } } }`,
    {},
    admin,
  );
  const d = res.body.data!;
  return {
    ids: [
      ...d.businesses.nodes.map((n) => n.id),
      ...d.events.nodes.map((n) => n.id),
      ...d.articles.nodes.map((n) => n.id),
      ...d.organisations.map((n) => n.id),
      ...d.associations.map((n) => n.id),
      ...d.municipalities.map((n) => n.id),
      ...d.labels.map((n) => n.id),
      ...d.stakeholderMeetings.nodes.flatMap((n) => [n.id, ...n.actions.map((a) => a.id)]),
    ],
    strings: {
      slug: [...d.articles.nodes.map((n) => n.slug), ...d.labels.map((l) => l.slug)],
      label: d.labels.map((l) => l.slug),
      municipality: d.municipalities.map((m) => m.cbsCode),
      cbsCode: d.municipalities.map((m) => m.cbsCode),
      kvkNumber: d.businesses.nodes.map((n) => n.kvkNumber),
      after: [d.businesses.pageInfo.endCursor, d.events.pageInfo.endCursor, d.articles.pageInfo.endCursor],
      organisation: d.organisations.map((o) => o.name),
      search: ['ondernemer', 'Zeist', 'netwerk', '"regio q4" -bunnik'],
      email: ['fuzz@example.nl', 'geen-adres'],
    },
  };
}

/** The app's own GET routes (module routes included), read from its router. */
function routesOf(): string[] {
  type Layer = { route?: { path: unknown; methods?: Record<string, boolean> }; handle?: { stack?: Layer[] } };
  const walk = (stack: Layer[]): string[] =>
    stack.flatMap((layer) =>
      layer.route && typeof layer.route.path === 'string'
        ? [layer.route.path]
        : layer.handle?.stack
          ? walk(layer.handle.stack)
          : [],
    );
  return walk((api.server.app as unknown as { router: { stack: Layer[] } }).router.stack);
}

async function runPool<T>(items: T[], worker: (item: T) => Promise<void>): Promise<void> {
  let index = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (index < items.length) await worker(items[index++]);
    }),
  );
}

/** Registers the hooks and the test of shard `shard` (from 1) of `shards`. */
export function fuzzShard(shard: number, shards: number): void {
  beforeAll(async () => {
    api = await startTestServer();
  });
  afterAll(() => api.close());
  const mine = <T>(items: T[]) => items.filter((_, index) => index % shards === shard - 1);
  const share = (count: number) => mine(Array.from({ length: count })).length;
  const graphqlShare = share(GRAPHQL_REQUESTS);
  const httpShare = share(HTTP_REQUESTS);

  test(`${graphqlShare + httpShare} of ${GRAPHQL_REQUESTS + HTTP_REQUESTS} generated requests (shard ${shard} of ${shards}): no 5xx, every error coded, nothing leaked, memory bounded`, async () => {
    const callers: Record<string, string>[] = [
      {},
      await api.token({ roles: [Role.ADMIN] }),
      await api.token({ roles: [Role.EDITOR] }),
      await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' }),
      { authorization: 'Bearer not-a-token' },
      { 'x-api-key': 'q4_neverIssuedNeverIssuedNeverIssued' },
    ];
    const memberKvk = (
      await api.graphql<{ businesses: { nodes: { kvkNumber: string }[] } }>(
        '{ businesses(first: 1) { nodes { kvkNumber } } }',
      )
    ).body.data!.businesses.nodes[0].kvkNumber;
    callers.push(await api.token({ roles: [Role.MEMBER], kvk: memberKvk }));
    callers.push(
      (await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read', 'news:read'])).headers,
    );

    const introspection = await api.graphql<IntrospectionQuery>(getIntrospectionQuery());
    const schema = buildClientSchema(introspection.body.data!);
    const samples = await samplesOf(callers[1]);
    const generator = new RequestGenerator(schema, samples, SEED);
    const roots = generator.rootFields();
    expect(roots.length).toBeGreaterThan(40);

    // Every root field in turn, so each gets its share however many there are.
    const graphqlRequests: { request: FuzzRequest; headers: Record<string, string>; get: boolean }[] = [];
    for (let i = 0; i < GRAPHQL_REQUESTS; i += 1) {
      const { operation, field } = roots[i % roots.length];
      graphqlRequests.push({
        request: generator.request(operation, field),
        headers: generator.pick(callers),
        get: operation === 'query' && generator.chance(0.1),
      });
    }

    const problems: Problem[] = [];
    const seen = new Map<number, number>();
    /** The response with its body read, or null after recording a request that got no answer (a reset). */
    const answer = async (what: string, send: () => Promise<Response>) => {
      try {
        const res = await send();
        return { status: res.status, headers: res.headers, text: await res.text() };
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        seen.set(0, (seen.get(0) ?? 0) + 1);
        problems.push({
          what: `${what}: no answer (${cause?.code ?? cause?.message ?? String(error)})`,
          status: 0,
          body: '',
        });
        return null;
      }
    };
    const record = (what: string, status: number, contentType: string, text: string) => {
      seen.set(status, (seen.get(status) ?? 0) + 1);
      const problem = problemOf(what, status, contentType, text);
      if (problem) problems.push(problem);
    };

    // Half the requests first: what they leave on the heap is the baseline for the other half.
    let heapAtHalf = 0;
    let done = 0;
    let withOperationName = 0;
    await runPool(mine(graphqlRequests), async ({ request, headers, get }) => {
      const { operationName } = request;
      const nameParam =
        operationName === undefined
          ? ''
          : `&operationName=${encodeURIComponent(typeof operationName === 'string' ? operationName : JSON.stringify(operationName))}`;
      const what = `${request.what}\n${request.query}\n${JSON.stringify(request.variables)} operationName=${JSON.stringify(operationName)}`;
      const res = await answer(what, () =>
        get
          ? fetch(
              `${api.url}/graphql?query=${encodeURIComponent(request.query)}&variables=${encodeURIComponent(JSON.stringify(request.variables))}${nameParam}`,
              { headers: { ...headers, 'apollo-require-preflight': 'true' } },
            )
          : fetch(`${api.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json', ...headers },
              body: JSON.stringify({ query: request.query, variables: request.variables, operationName }),
            }),
      );
      if (operationName !== undefined) withOperationName += 1;
      if (res) record(what, res.status, res.headers.get('content-type') ?? '', res.text);
      done += 1;
      if (done === Math.floor(graphqlShare / 2)) heapAtHalf = heapAfterGc();
    });

    // Plain HTTP: the app's routes with odd parameters, and malformed GraphQL requests.
    const routes = routesOf();
    expect(routes).toEqual(expect.arrayContaining(['/healthz', '/feeds/news.xml', '/news/:slug']));
    const oddParts = [
      '%00',
      '%ff',
      '%E0%A4%A',
      'x'.repeat(300),
      '..%2F..%2Fetc%2Fpasswd',
      '%20',
      'caf%C3%A9',
      ...samples.ids.slice(0, 3),
      ...samples.strings.slug,
    ];
    const queryParams = ['label', 'organisation', 'municipality', 'first', 'after'];
    const bodies: (string | Buffer)[] = [
      '{',
      '[]',
      'null',
      '"text"',
      '{"query": 1}',
      '{"query": "{", "variables": "x"}',
      '{"query": "{ __typename }", "variables": []}',
      '{"query": "{ __typename }", "operationName": 5}',
      '{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}',
      Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]),
      `{"query": "${'{ a: __typename '.repeat(5000)}"}`,
      'x'.repeat(200_000),
    ];
    const contentTypes = [
      'application/json',
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/graphql',
      'application/json; charset=iso-8859-1',
      'application/json; charset=utf-16',
      '',
    ];
    const httpRequests: { what: string; url: string; init: RequestInit }[] = [];
    for (let i = 0; i < HTTP_REQUESTS; i += 1) {
      if (generator.chance(0.5)) {
        const path = generator.pick(routes).replace(/:(\w+)/g, () => generator.pick(oddParts));
        const params = generator.chance(0.5)
          ? `?${generator.pick(queryParams)}=${generator.pick(oddParts)}${generator.chance(0.3) ? `&${generator.pick(queryParams)}=${generator.pick(oddParts)}` : ''}`
          : '';
        const method = generator.pick(['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS']);
        httpRequests.push({
          what: `${method} ${path}${params}`,
          url: `${api.url}${path}${params}`,
          init: { method },
        });
      } else {
        const contentType = generator.pick(contentTypes);
        const method = generator.pick(['POST', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE']);
        httpRequests.push({
          what: `${method} /graphql (${contentType})`,
          url: `${api.url}/graphql`,
          init: {
            method,
            headers: contentType ? { 'content-type': contentType } : {},
            body: generator.pick(bodies) as BodyInit,
          },
        });
      }
    }
    await runPool(mine(httpRequests), async ({ what, url, init }) => {
      const res = await answer(what, () => fetch(url, init));
      if (res) record(what, res.status, res.headers.get('content-type') ?? '', res.text);
    });
    const heapAtEnd = heapAfterGc();

    expect(problems.slice(0, 12)).toEqual([]);
    // Operation names, right and wrong, were part of the traffic.
    expect(withOperationName).toBeGreaterThan(300 / shards);
    expect([...seen.values()].reduce((a, b) => a + b, 0)).toBe(graphqlShare + httpShare);
    // Both success and refusal were exercised.
    expect(seen.get(200)).toBeGreaterThan(500 / shards);
    expect(seen.get(400)).toBeGreaterThan(500 / shards);
    // The server keeps nothing per request: the second half of the traffic leaves the heap about where the
    // first half did (the test itself keeps a log line per request, a few hundred bytes each; the bounded caches
    // of parsed and compiled operations in src/executor.ts are full well before the half).
    expect(heapAtHalf).toBeGreaterThan(0);
    expect(heapAtEnd - heapAtHalf).toBeLessThan(32 * 1024 * 1024);
    // No unexpected error was logged either.
    expect(api.errorLogs.slice(0, 3)).toEqual([]);
  }, 300_000); // half a minute on its own, a few when the other suites share two cores
}
