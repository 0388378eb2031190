import { createHash } from 'node:crypto';
import http from 'node:http';
import net from 'node:net';
import { ConfigError, loadConfig } from '../../src/config';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { fixtures } from '../networking/fixtures';

const REGISTER = `mutation Register($input: RegisterForEventInput!) {
  registerForEvent(input: $input) { registration { status } userErrors { code } }
}`;
const ME = '{ me { kind } }';

const servers: TestServer[] = [];
async function server(env: Record<string, string> = {}): Promise<TestServer> {
  const started = await startTestServer({ env });
  servers.push(started);
  return started;
}
afterAll(() => Promise.all(servers.map((s) => s.close())));

const get = (api: TestServer, path: string, headers: Record<string, string> = {}) =>
  fetch(`${api.url}${path}`, { headers });

/** fetch() does not let a caller set Host; node:http does. */
function getWithHost(api: TestServer, path: string, host: string) {
  return new Promise<{ status: number; cacheControl?: string; body: string }>((resolve, reject) => {
    http
      .get(`${api.url}${path}`, { headers: { host } }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, cacheControl: res.headers['cache-control'], body }),
        );
      })
      .on('error', reject);
  });
}

describe('rate limits', () => {
  test('per client address: GraphQL and the feed, page and calendar routes answer 429 with Retry-After and RATE_LIMITED', async () => {
    const api = await server({ RATE_LIMIT_PER_ADDRESS: '4', RATE_LIMIT_WINDOW_SECONDS: '120' });
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await api.graphql(ME)).status);
    expect(statuses).toEqual([200, 200, 200, 200]);
    const refused = await api.graphql(ME);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(120);
    expect(refused.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    for (const path of ['/feeds/news.xml', '/feeds/news.atom', '/feeds/events.ics', '/news/anything']) {
      const response = await get(api, path);
      expect([path, response.status]).toEqual([path, 429]);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    }
    // Health checks are never limited: the balancer must see the instance.
    expect((await get(api, '/healthz')).status).toBe(200);
    // The counters are in PostgreSQL (what other instances read), under the address; once over the limit
    // the address is blocked in memory until the window ends, so the refused requests cost no round trip.
    const rows = await api.dataSource.query(`SELECT key, points FROM rate_limit WHERE key LIKE 'addr:%'`);
    expect(rows).toEqual([{ key: 'addr:127.0.0.1', points: 5 }]);
  });

  test('a high limit is counted in memory and written in batches; near the limit every request is counted in PostgreSQL', async () => {
    // 300 a window: batches of 3 (1% of the limit).
    const api = await server({ RATE_LIMIT_PER_ADDRESS: '300', RATE_LIMIT_WINDOW_SECONDS: '3600' });
    for (let i = 0; i < 30; i += 1) expect((await api.graphql('{ __typename }')).status).toBe(200);
    // Written at least every second: PostgreSQL holds all 30 points.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const [row] = await api.dataSource.query(`SELECT points FROM rate_limit WHERE key = 'addr:127.0.0.1'`);
    expect(row.points).toBe(30);
    // Near the limit each request is counted at once, and the limit holds exactly for one process.
    await api.dataSource.query(`UPDATE rate_limit SET points = 295 WHERE key = 'addr:127.0.0.1'`);
    const statuses: number[] = [];
    // This process still believes 30: its batches bring it near the limit, then it counts each request.
    for (let i = 0; i < 12; i += 1) statuses.push((await api.graphql('{ __typename }')).status);
    const allowed = statuses.filter((status) => status === 200).length;
    expect(allowed).toBeGreaterThanOrEqual(5);
    expect(allowed).toBeLessThanOrEqual(5 + 2 * 3 - 1); // 2 × batch − 1 beyond what PostgreSQL knew
    expect(statuses.slice(allowed).every((status) => status === 429)).toBe(true);
  });

  test('points counted in memory are written when the server closes, before its pool does', async () => {
    // 1,000 a window: batches of 10, and the next timed write a second away.
    const api = await startTestServer({
      env: { RATE_LIMIT_PER_ADDRESS: '1000', RATE_LIMIT_WINDOW_SECONDS: '3600' },
    });
    try {
      for (let i = 0; i < 5; i += 1) expect((await api.graphql('{ __typename }')).status).toBe(200);
      await api.server.close();
      const [row] = await api.dataSource.query(`SELECT points FROM rate_limit WHERE key = 'addr:127.0.0.1'`);
      expect(row.points).toBe(5);
    } finally {
      await api.close(); // closes the server again (waits for the first close), then the pool
    }
  });

  test('per API key, wherever it is used from; the key is counted by its hash', async () => {
    const api = await server({ RATE_LIMIT_PER_API_KEY: '3', RATE_LIMIT_PER_ADDRESS: '100' });
    const { headers, secret } = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    const keyed = [];
    for (let i = 0; i < 4; i += 1) keyed.push((await api.graphql(ME, {}, headers)).status);
    expect(keyed).toEqual([200, 200, 200, 429]);
    // Without the key the same address still gets through.
    expect((await api.graphql(ME)).status).toBe(200);
    const keys = (await api.dataSource.query(`SELECT key FROM rate_limit`)) as { key: string }[];
    expect(keys.map((k) => k.key)).toContain(`key:${createHash('sha256').update(secret).digest('hex')}`);
    expect(JSON.stringify(keys)).not.toContain(secret);
  });

  test("a key's calendar feed counts against the key: GraphQL and the feed share one budget", async () => {
    const api = await server({ RATE_LIMIT_PER_API_KEY: '3', RATE_LIMIT_PER_ADDRESS: '100' });
    const feed = (token: string) => get(api, `/feeds/events.ics?token=${encodeURIComponent(token)}`);

    // Used up over GraphQL, the key's feed is refused too.
    const first = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    const viaGraphql = [];
    for (let i = 0; i < 4; i += 1) viaGraphql.push((await api.graphql(ME, {}, first.headers)).status);
    expect(viaGraphql).toEqual([200, 200, 200, 429]);
    const refused = await feed(first.feedToken);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED' } }] });
    // The public feed from the same address is not the key's: it still answers.
    expect((await get(api, '/feeds/events.ics')).status).toBe(200);

    // The other way round: the feed uses up the key's budget, and then GraphQL with the key is refused.
    const second = await api.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    const viaFeed = [];
    for (let i = 0; i < 3; i += 1) viaFeed.push((await feed(second.feedToken)).status);
    expect(viaFeed).toEqual([200, 200, 200]);
    const afterFeed = await api.graphql(ME, {}, second.headers);
    expect(afterFeed.status).toBe(429);
    expect(afterFeed.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect((await feed(second.feedToken)).status).toBe(429);
    // Counted under the key's one identity (the SHA-256 of its secret), never under the token itself.
    const keys = (await api.dataSource.query(
      `SELECT key, points FROM rate_limit WHERE key LIKE 'key:%'`,
    )) as {
      key: string;
      points: number;
    }[];
    const counted = keys.find(
      (k) => k.key === `key:${createHash('sha256').update(second.secret).digest('hex')}`,
    );
    expect(counted?.points).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(keys)).not.toContain(second.feedToken);
    expect(keys.map((k) => k.key)).not.toContain(
      `key:${createHash('sha256').update(second.feedToken).digest('hex')}`,
    );

    // A token nobody issued is refused as before (401), and counts against no key.
    expect((await feed('q4f_not-a-token')).status).toBe(401);
  });

  test('TRUST_PROXY: behind a trusted balancer each forwarded client has its own limit; otherwise X-Forwarded-For is ignored', async () => {
    const direct = await server({ RATE_LIMIT_PER_ADDRESS: '2' });
    const spoofed = [];
    for (const address of ['203.0.113.1', '203.0.113.2', '203.0.113.3'])
      spoofed.push((await direct.graphql(ME, {}, { 'x-forwarded-for': address })).status);
    expect(spoofed).toEqual([200, 200, 429]);

    const proxied = await server({ RATE_LIMIT_PER_ADDRESS: '2', TRUST_PROXY: 'loopback' });
    const forwarded = [];
    for (const address of ['203.0.113.1', '203.0.113.1', '203.0.113.1', '203.0.113.2'])
      forwarded.push((await proxied.graphql(ME, {}, { 'x-forwarded-for': address })).status);
    expect(forwarded).toEqual([200, 200, 429, 200]);
  });

  test('anonymous registration: one script with made-up addresses books 5 seats, not the event (defaults)', async () => {
    // The default limits, as production has them.
    const api = await server({
      REGISTRATIONS_PER_ADDRESS_PER_HOUR: '5',
      REGISTRATIONS_PER_EVENT_PER_ADDRESS: '10',
    });
    const f = await fixtures(api);
    const eventId = await f.createEvent({ capacity: 300 });
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        api.graphql(REGISTER, { input: { eventId, name: `Bot ${i}`, email: `bot${i}@example.nl` } }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(295);
    const limited = answers.find((a) => a.status === 429)!;
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(limited.body.errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.body.data?.registerForEvent ?? null).toBeNull();
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM registration WHERE event_id = $1`,
      [Buffer.from(eventId, 'base64url').toString().split(':')[1]],
    );
    expect(n).toBe(5);

    // A member is not held to the anonymous limit, but to the cap per event and address (10), also when
    // the event's id is written with its uuid in upper case (the same event to the database).
    const member = await api.token({ roles: [Role.MEMBER], kvk: '00000000' });
    const other = await f.createEvent({ capacity: 300 });
    const [type, uuid] = Buffer.from(other, 'base64url').toString().split(':');
    const shouted = Buffer.from(`${type}:${uuid.toUpperCase()}`).toString('base64url');
    const byMember = [];
    for (let i = 0; i < 12; i += 1) {
      const input = { eventId: i % 2 ? shouted : other, name: 'Collega', email: `c${i}@example.nl` };
      const res = await api.graphql<{ registerForEvent: { registration: { status: string } | null } }>(
        REGISTER,
        { input },
        member,
      );
      byMember.push([res.status, res.body.data?.registerForEvent?.registration?.status ?? null]);
    }
    expect(byMember).toEqual([...Array(10).fill([200, 'CONFIRMED']), [429, null], [429, null]]);
    // Admins register people from one office: no cap.
    for (let i = 0; i < 12; i += 1) {
      const res = await api.graphql(
        REGISTER,
        { input: { eventId: other, name: 'Gast', email: `gast${i}@example.nl` } },
        f.admin,
      );
      expect(res.status).toBe(200);
    }
  });
});

describe('Host header', () => {
  test('without PUBLIC_URL, links follow the Host header and the feeds are not cacheable by shared caches', async () => {
    const api = await server();
    for (const path of ['/feeds/news.xml', '/feeds/news.atom', '/feeds/events.ics']) {
      const response = await getWithHost(api, path, 'evil.example');
      expect([path, response.status, response.cacheControl]).toEqual([path, 200, 'private, max-age=300']);
    }
    const feed = await getWithHost(api, '/feeds/news.xml', 'evil.example');
    expect(feed.body).toContain('http://evil.example/news/');
  });

  test('with PUBLIC_URL, links ignore the Host header and the feeds are publicly cacheable', async () => {
    const api = await server({ PUBLIC_URL: 'https://api.regioq4.nl' });
    const response = await getWithHost(api, '/feeds/news.xml', 'evil.example');
    expect(response.cacheControl).toBe('public, max-age=300');
    expect(response.body).toContain('https://api.regioq4.nl/news/');
    expect(response.body).not.toContain('evil.example');
  });

  test('production requires PUBLIC_URL', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(
      /PUBLIC_URL: must be set when NODE_ENV=production/,
    );
  });
});

/** Opens a socket and writes `text` a byte at a time; resolves with how many bytes went out before it closed. */
function trickle(url: string, text: string, everyMs: number): Promise<{ sent: number; response: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let sent = 0;
    let response = '';
    const timer = setInterval(() => {
      if (sent < text.length && socket.writable) socket.write(text[sent++]);
    }, everyMs);
    socket.on('data', (chunk) => (response += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ sent, response });
    });
  });
}

describe('slow clients', () => {
  test('a socket trickling its headers a byte a second is closed after HEADERS_TIMEOUT_MS', async () => {
    const api = await server({ HEADERS_TIMEOUT_MS: '1500', REQUEST_TIMEOUT_MS: '1500' });
    const request = `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Padding: ${'a'.repeat(100)}\r\n\r\n`;
    const result = await trickle(api.url, request, 1000);
    // Closed long before the request was complete, with a 408 rather than an answer to the request.
    expect(result.sent).toBeLessThan(10);
    expect(result.response).toMatch(/^HTTP\/1\.1 408/);
  });

  test('past MAX_CONNECTIONS new sockets are closed at once', async () => {
    const api = await server({ MAX_CONNECTIONS: '2' });
    const { hostname, port } = new URL(api.url);
    const open = await Promise.all(
      [0, 1].map(
        () =>
          new Promise<net.Socket>((resolve) => {
            const socket = net.connect(Number(port), hostname, () => resolve(socket));
          }),
      ),
    );
    const third = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), hostname, () =>
        socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n'),
      );
      let response = '';
      socket.on('data', (chunk) => (response += chunk.toString()));
      socket.on('error', () => {});
      socket.on('close', () => resolve(response));
    });
    expect(third).toBe('');
    for (const socket of open) socket.destroy();
  });
});

describe('safe defaults', () => {
  test('security headers on every response', async () => {
    const api = await server();
    const response = await get(api, '/healthz');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  test('the playground page allows exactly its own inline scripts, by hash', async () => {
    const api = await server();
    const response = await get(api, '/graphql', { accept: 'text/html' });
    expect(response.status).toBe(200);
    const html = await response.text();
    const policy = response.headers.get('content-security-policy')!;
    const scriptSrc = /script-src ([^;]+)/.exec(policy)![1].split(' ');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      (m) => `'sha256-${createHash('sha256').update(m[1]).digest('base64')}'`,
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(scriptSrc.sort()).toEqual([...inline].sort());
    // No script is loaded from anywhere else, and nothing else has an inline handler to run.
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(policy).toContain('worker-src');
    // The JSON API keeps the strict policy.
    const json = await get(api, '/healthz');
    expect(json.headers.get('content-security-policy')).not.toContain('sha256-');
  });

  test('with NODE_ENV=production: no introspection and no playground unless switched on', async () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://api.regioq4.nl',
    };
    const api = await server(production);
    const introspection = await api.graphql('{ __schema { queryType { name } } }');
    expect(introspection.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const page = await get(api, '/graphql', { accept: 'text/html' });
    expect(await page.text()).not.toContain('renderYogaGraphiQL');
    // /metrics is not served on the public port without METRICS_TOKEN or METRICS_PORT.
    expect((await get(api, '/metrics')).status).toBe(404);

    const switchedOn = await server({
      ...production,
      GRAPHQL_INTROSPECTION: 'true',
      GRAPHQL_PLAYGROUND: 'true',
    });
    expect((await switchedOn.graphql('{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
    expect(await (await get(switchedOn, '/graphql', { accept: 'text/html' })).text()).toContain(
      'renderYogaGraphiQL',
    );
  });

  test('with NODE_ENV=production: validation errors do not suggest field names (they would rebuild the schema)', async () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://api.regioq4.nl',
    };
    const misspelt = async (api: TestServer) => {
      const res = await api.graphql('{ candidat }');
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      return res.body.errors![0].message;
    };
    expect(await misspelt(await server(production))).toBe('Cannot query field "candidat" on type "Query".');
    // Where the schema is public (introspection on: development, or switched on), the suggestions help.
    expect(await misspelt(await server({ NODE_ENV: 'development' }))).toMatch(/Did you mean "candidate"/);
    expect(await misspelt(await server({ ...production, GRAPHQL_INTROSPECTION: 'true' }))).toMatch(
      /Did you mean "candidate"/,
    );
  });

  test('/metrics behind METRICS_TOKEN', async () => {
    const token = 'a-metrics-token-for-the-test';
    const api = await server({ METRICS_TOKEN: token });
    expect((await get(api, '/metrics')).status).toBe(401);
    expect((await get(api, '/metrics', { authorization: 'Bearer wrong-token-of-some-length' })).status).toBe(
      401,
    );
    const ok = await get(api, '/metrics', { authorization: `Bearer ${token}` });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('http_requests_total');
  });

  test('/metrics on METRICS_PORT only', async () => {
    const api = await server({ METRICS_PORT: '0' });
    expect((await get(api, '/metrics')).status).toBe(404);
    const line = api.logLines.find((l) => l.includes('metrics on the internal port'))!;
    const internal = (JSON.parse(line) as { url: string }).url;
    const response = await fetch(internal);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('graphql_operations_total');
  });

  test('credentials never reach the logs', async () => {
    const api = await server();
    const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.not-a-valid-signature';
    const apiKeySecret = 'q4_this-is-not-a-real-key-but-is-secret';
    await api.graphql(ME, {}, { authorization: `Bearer ${token}` });
    await api.graphql(ME, {}, { 'x-api-key': apiKeySecret });
    api.log.info(
      { req: { headers: { authorization: `Bearer ${token}`, 'x-api-key': apiKeySecret, cookie: 's=1' } } },
      'x',
    );
    api.log.info(
      { headers: { authorization: `Bearer ${token}` }, credentials: { apiKey: apiKeySecret } },
      'y',
    );
    const all = api.logLines.join('\n');
    expect(all).toContain('[redacted]');
    expect(all).not.toContain(token);
    expect(all).not.toContain(apiKeySecret);
    expect(all).not.toContain('s=1');
  });
});

test('a bad value of a new variable names it', () => {
  expect(() => loadConfig({ RATE_LIMIT_PER_ADDRESS: 'many', METRICS_TOKEN: 'short' })).toThrow(ConfigError);
});
