import http from 'node:http';
import { ConfigError, loadConfig } from '../../src/config';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request as a browser sends it (fetch would not let a test set `Origin`). */
function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const APP = 'https://app.regioq4.nl';
const OTHER = 'https://evil.example';

/** What a browser sends before a JSON POST with a token, or before a GET with Apollo's CSRF header. */
const preflight = (url: string, origin: string, headers: string, method = 'POST') =>
  request(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': headers,
    },
  });

const list = (value: string | string[] | undefined) =>
  String(value ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

describe('CORS with an allow-list', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { CORS_ORIGINS: `${APP}, http://localhost:5173` } });
  });
  afterAll(() => server.close());

  test('a preflight from an allowed origin is answered for the headers clients send', async () => {
    const response = await preflight(
      `${server.url}/graphql`,
      APP,
      'content-type,authorization,x-api-key,apollo-require-preflight',
    );
    expect(response.status).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(list(response.headers['access-control-allow-headers'])).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'x-api-key', 'apollo-require-preflight']),
    );
    expect(list(response.headers['access-control-allow-methods'])).toEqual(
      expect.arrayContaining(['get', 'post']),
    );
    expect(response.headers['access-control-max-age']).toBe('600');
    expect(list(response.headers.vary)).toContain('origin');
  });

  test('the actual cross-origin POST gets the origin and the exposed headers', async () => {
    const response = await request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: APP, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ municipalities(inRegion: true) { cbsCode } }' }),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.municipalities).toHaveLength(5);
    expect(response.headers['access-control-allow-origin']).toBe(APP);
    expect(list(response.headers['access-control-expose-headers'])).toEqual(['x-request-id', 'retry-after']);
  });

  test('a GET with apollo-require-preflight (after its preflight) works cross-origin', async () => {
    const pre = await preflight(`${server.url}/graphql`, APP, 'apollo-require-preflight', 'GET');
    expect(pre.status).toBe(204);
    const query = encodeURIComponent('{ municipality(cbsCode: "GM0355") { name } }');
    const response = await request(`${server.url}/graphql?query=${query}`, {
      headers: { origin: APP, 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body).data.municipality.name).toBe('Zeist');
    expect(response.headers['access-control-allow-origin']).toBe(APP);
  });

  test('Apollo’s CSRF prevention stays on: a simple cross-origin GET is refused', async () => {
    const query = encodeURIComponent('{ me { kind } }');
    const response = await request(`${server.url}/graphql?query=${query}`, { headers: { origin: APP } });
    expect(response.status).toBe(400);
    expect(response.body).toMatch(/CSRF/i);
  });

  test('another origin gets no CORS headers, so the browser keeps the answer from the page', async () => {
    const pre = await preflight(`${server.url}/graphql`, OTHER, 'content-type,authorization');
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    const response = await request(`${server.url}/graphql`, {
      method: 'POST',
      headers: { origin: OTHER, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { kind } }' }),
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(list(response.headers.vary)).toContain('origin');
  });

  test('the feeds and pages answer cross-origin requests and preflights too', async () => {
    for (const path of ['/feeds/events.ics', '/feeds/news.xml', '/feeds/news.atom']) {
      const response = await request(`${server.url}${path}`, { headers: { origin: APP } });
      expect(response.status).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBe(APP);
      const other = await request(`${server.url}${path}`, { headers: { origin: OTHER } });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
    }
    // A partner's page reading a feed with its key sends a header that needs a preflight.
    const pre = await preflight(`${server.url}/feeds/events.ics`, APP, 'x-api-key', 'GET');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe(APP);
  });
});

describe('CORS defaults', () => {
  test('in development the local dev servers are allowed; in production nothing unless set', async () => {
    expect(loadConfig({}).corsOrigins).toEqual(
      expect.arrayContaining([
        'http://localhost:5173',
        'http://127.0.0.1:5173',
        'http://localhost:3000',
        'http://localhost:4173',
        'http://localhost:8080',
        // Angular's `ng serve` and VS Code's Live Server.
        'http://localhost:4200',
        'http://127.0.0.1:4200',
        'http://localhost:5500',
        'http://127.0.0.1:5500',
      ]),
    );
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(40),
      PUBLIC_URL: 'https://api.regioq4.nl',
    };
    expect(loadConfig(production).corsOrigins).toEqual([]);
    expect(loadConfig({ ...production, CORS_ORIGINS: 'https://www.regioq4.nl' }).corsOrigins).toEqual([
      'https://www.regioq4.nl',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://www.regioq4.nl/app' })).toThrow(ConfigError);
    expect(() => loadConfig({ CORS_ORIGINS: 'localhost:5173' })).toThrow(/CORS_ORIGINS/);
  });

  test('a page on the Vite, Angular or Live Server dev server can call the API without any configuration', async () => {
    const server = await startTestServer();
    try {
      for (const origin of ['http://localhost:5173', 'http://localhost:4200', 'http://127.0.0.1:5500']) {
        const pre = await preflight(`${server.url}/graphql`, origin, 'content-type,authorization');
        expect(pre.status).toBe(204);
        expect(pre.headers['access-control-allow-origin']).toBe(origin);
      }
      // Allowed origins are not worth a warning.
      expect(server.logLines.filter((line) => line.includes('CORS_ORIGINS'))).toEqual([]);
    } finally {
      await server.close();
    }
  });

  test('a refused preflight logs a warning naming the origin and CORS_ORIGINS, once per origin', async () => {
    const server = await startTestServer();
    try {
      const refused = 'http://localhost:4321';
      for (let i = 0; i < 5; i += 1) {
        const pre = await preflight(`${server.url}/graphql`, refused, 'content-type');
        expect(pre.headers['access-control-allow-origin']).toBeUndefined();
      }
      await preflight(`${server.url}/feeds/events.ics`, OTHER, 'x-api-key', 'GET');
      const warnings = server.logLines
        .map((line) => JSON.parse(line) as { level: number; msg: string; origin?: string })
        .filter((entry) => entry.msg.includes('CORS_ORIGINS'));
      expect(warnings.map((entry) => [entry.level, entry.origin])).toEqual([
        [40, refused],
        [40, OTHER],
      ]);
      expect(warnings[0].msg).toMatch(/refused/);
    } finally {
      await server.close();
    }
  });
});
