import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('GET /popolo/<municipality>.json: the aldermen as persons, memberships and posts, the parties as organizations', async () => {
  const response = await fetch(`${api.url}/popolo/GM0355.json`);
  expect(response.status).toBe(200);
  // public once PUBLIC_URL is set; this test server has none, so shared caches are told private
  expect(response.headers.get('cache-control')).toBe('private, max-age=300');
  const body = await response.json();
  const [{ terms, parties }] = await api.dataSource.query(
    `SELECT (SELECT count(*)::int FROM alderman_term t WHERE t.municipality_id = m.id) AS terms,
            (SELECT count(*)::int FROM party p WHERE p.municipality_id = m.id) AS parties
       FROM municipality m WHERE m.cbs_code = 'GM0355'`,
  );
  // The checks of each membership below need some to check.
  expect(terms).toBeGreaterThan(0);
  expect(body.memberships).toHaveLength(terms);
  expect(body.posts).toHaveLength(terms);
  expect(
    body.organizations.filter((o: { classification: string }) => o.classification === 'party'),
  ).toHaveLength(parties);
  const ids = new Set(
    [...body.persons, ...body.organizations, ...body.posts].map((x: { id: string }) => x.id),
  );
  for (const membership of body.memberships) {
    expect(membership).toMatchObject({ organization_id: 'GM0355/college', role: 'Wethouder' });
    for (const key of ['person_id', 'organization_id', 'post_id', 'on_behalf_of_id']) {
      expect(ids.has(membership[key])).toBe(true);
    }
  }
  // Names only: the aldermen's e-mail addresses stay in the API, for admins.
  expect(JSON.stringify(body)).not.toMatch(/@/);
});

test('a malformed code is a coded 400, an unknown municipality a 404', async () => {
  const bad = await fetch(`${api.url}/popolo/Zeist.json`);
  expect(bad.status).toBe(400);
  expect((await bad.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  const unknown = await fetch(`${api.url}/popolo/GM9999.json`);
  expect(unknown.status).toBe(404);
  expect((await unknown.json()).errors[0].extensions.code).toBe('NOT_FOUND');
});
