import { SignJWT } from 'jose';
import { durationSeconds, loadConfig } from '../../src/config';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

/** Access is withdrawn by tokens running out: an HS256 token must expire, within JWT_MAX_LIFETIME. */
let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ env: { JWT_MAX_LIFETIME: '2h' } });
});
afterAll(() => api.close());

const ME = '{ me { kind roles } }';

function sign(build: (jwt: SignJWT) => SignJWT): Promise<string> {
  const jwt = new SignJWT({ roles: ['ADMIN'] }).setProtectedHeader({ alg: 'HS256' }).setSubject('someone');
  return build(jwt).sign(new TextEncoder().encode(api.config.jwt.secret));
}

async function meWith(token: string) {
  return api.graphql(ME, {}, { authorization: `Bearer ${token}` });
}

test('a token without exp is refused with 401', async () => {
  const res = await meWith(await sign((jwt) => jwt.setIssuedAt()));
  expect(res.status).toBe(401);
  expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors?.[0].message).toMatch(/exp/);
});

test('a token that lives longer than the maximum is refused, also without iat', async () => {
  for (const token of [
    await sign((jwt) => jwt.setIssuedAt().setExpirationTime('30d')),
    await sign((jwt) => jwt.setExpirationTime('3h')),
  ]) {
    const res = await meWith(token);
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0].message).toMatch(/longer than the maximum of 2h/);
  }
});

test('a token issued long ago with a far expiry is refused even if little time is left for it', async () => {
  const now = Math.floor(Date.now() / 1000);
  const res = await meWith(
    await sign((jwt) => jwt.setIssuedAt(now - 10 * 3600).setExpirationTime(now + 3600)),
  );
  expect(res.status).toBe(401);
});

test('a token within the maximum works', async () => {
  const res = await api.graphql(ME, {}, await api.token({ roles: [Role.ADMIN] }, '2h'));
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data).toEqual({ me: { kind: 'PERSON', roles: ['ADMIN'] } });
});

test('JWT_MAX_LIFETIME: seconds or a unit, 12 hours by default', () => {
  expect(loadConfig({}).jwt.maxLifetimeSeconds).toBe(12 * 3600);
  expect(loadConfig({ JWT_MAX_LIFETIME: '90m' }).jwt.maxLifetimeSeconds).toBe(5400);
  expect(loadConfig({ JWT_MAX_LIFETIME: '3600' }).jwt.maxLifetimeSeconds).toBe(3600);
  expect(durationSeconds('1d')).toBe(86_400);
  expect(() => loadConfig({ JWT_MAX_LIFETIME: 'forever' })).toThrow(/JWT_MAX_LIFETIME/);
});
