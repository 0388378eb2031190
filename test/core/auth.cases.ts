import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { JWK } from 'jose';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { signToken } from '../../src/kit';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

const PARK = 'Nationaal Park Utrechtse Heuvelrug';
const ME = `query Me {
  me { kind subject roles scopes municipality { cbsCode } business { kvkNumber } organisation { name } }
}`;
const FIGURES = `query Figures { businessFigures(on: "2017-12-31") { businesses associationMembers } }`;
const CREATE_KEY = `mutation CreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    apiKey { id prefix scopes organisation { name } revokedAt }
    secret
    userErrors { code message field }
  }
}`;
const REVOKE_KEY = `mutation RevokeKey($id: ID!) {
  revokeApiKey(input: { id: $id }) {
    apiKey { id revokedAt }
    userErrors { code message field }
  }
}`;

interface Me {
  me: {
    kind: string;
    subject: string | null;
    roles: string[];
    scopes: string[];
    municipality: { cbsCode: string } | null;
    business: { kvkNumber: string } | null;
    organisation: { name: string } | null;
  };
}

interface CreateKey {
  createApiKey: {
    apiKey: { id: string; prefix: string; scopes: string[]; organisation: { name: string } } | null;
    secret: string | null;
    userErrors: { code: string; message: string; field: string[] }[];
  };
}

const nowInSeconds = () => Math.floor(Date.now() / 1000);
const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

function expectUnauthenticated(res: GraphQLResponse, reason: RegExp | string): void {
  expect(res.status).toBe(401);
  expect(res.body.data ?? null).toBeNull();
  expect(res.body.errors).toHaveLength(1);
  expect(res.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  expect(res.body.errors?.[0].message).toMatch(reason);
}

let api: TestServer;
let parkId: string;
let kvkNumber: string;

beforeAll(async () => {
  api = await startTestServer();
  const organisations = await api.graphql<{ organisations: { id: string; name: string }[] }>(
    '{ organisations { id name } }',
  );
  parkId = organisations.body.data!.organisations.find((o) => o.name === PARK)!.id;
  const businesses = await api.graphql<{ businesses: { nodes: { kvkNumber: string }[] } }>(
    '{ businesses(first: 1) { nodes { kvkNumber } } }',
  );
  kvkNumber = businesses.body.data!.businesses.nodes[0].kvkNumber;
});
afterAll(() => api.close());

async function createKey(scopes: string[], headers?: Record<string, string>) {
  return api.graphql<CreateKey>(
    CREATE_KEY,
    { input: { organisationId: parkId, name: 'auth spec key', scopes } },
    headers ?? (await api.token({ roles: [Role.ADMIN], sub: 'admin-1' })),
  );
}

describe('who the caller is (me)', () => {
  test('without credentials the caller is anonymous', async () => {
    const res = await api.graphql<Me>(ME);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toEqual({
      kind: 'ANONYMOUS',
      subject: null,
      roles: [],
      scopes: [],
      municipality: null,
      business: null,
      organisation: null,
    });
  });

  test.each([Role.ADMIN, Role.EDITOR, Role.COACH])(
    'a valid %s token makes the caller that person',
    async (role) => {
      const res = await api.graphql<Me>(ME, {}, await api.token({ roles: [role], sub: `user-${role}` }));
      expect(res.body.errors).toBeUndefined();
      expect(res.body.data?.me).toMatchObject({
        kind: 'PERSON',
        subject: `user-${role}`,
        roles: [role],
        scopes: [],
        municipality: null,
        business: null,
      });
    },
  );

  test('a civil servant acts for the municipality in the token', async () => {
    const res = await api.graphql<Me>(
      ME,
      {},
      await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toMatchObject({
      kind: 'PERSON',
      roles: ['CIVIL_SERVANT'],
      municipality: { cbsCode: 'GM0355' },
      business: null,
    });
  });

  test('a member acts for the business with the KvK number in the token', async () => {
    const res = await api.graphql<Me>(ME, {}, await api.token({ roles: [Role.MEMBER], kvk: kvkNumber }));
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toMatchObject({
      kind: 'PERSON',
      roles: ['MEMBER'],
      business: { kvkNumber },
      municipality: null,
    });
  });
});

describe('credentials that are presented but wrong fail the request with 401 instead of falling back to anonymous', () => {
  test('an Authorization header that is not `Bearer <token>`', async () => {
    expectUnauthenticated(await api.graphql(ME, {}, { authorization: 'Basic dXNlcjpwYXNz' }), /Bearer/);
  });

  test('a placeholder left in the header says so, and how to get a real token', async () => {
    for (const authorization of [
      'Bearer <token>',
      'Bearer <paste the output of: npm run -s token -- --role ADMIN>',
      'Bearer <token from npm run token -- --role CIVIL_SERVANT --municipality GM0355>',
      '<token>',
      'Bearer TOKEN>',
    ]) {
      const res = await api.graphql(ME, {}, { authorization });
      expectUnauthenticated(res, /placeholder.*npm run -s token -- --role/);
    }
    const key = await api.graphql(ME, {}, { 'x-api-key': '<paste the output of npm run -s apikey>' });
    expectUnauthenticated(key, /placeholder.*npm run -s apikey -- --organisation/);
  });

  test('a bearer value that is not a JWT', async () => {
    expectUnauthenticated(await api.graphql(ME, {}, { authorization: 'Bearer not-a-jwt' }), /not a JWT/);
  });

  test('a token signed with another secret', async () => {
    const token = await signToken('another-secret-that-is-at-least-32-characters', {
      sub: 'intruder',
      roles: [Role.ADMIN],
    });
    expectUnauthenticated(
      await api.graphql(ME, {}, { authorization: `Bearer ${token}` }),
      /Invalid bearer token: .*signature/,
    );
  });

  test('an expired token', async () => {
    const token = await signToken(
      api.config.jwt.secret,
      { sub: 'late', roles: [Role.ADMIN] },
      nowInSeconds() - 60,
    );
    expectUnauthenticated(await api.graphql(ME, {}, { authorization: `Bearer ${token}` }), /expired/);
  });

  test('a token with a role that does not exist', async () => {
    const headers = await api.token({ roles: ['SUPERUSER' as Role] });
    expectUnauthenticated(await api.graphql(ME, {}, headers), /roles must be a list of/);
  });

  test('a civil servant token without a municipality', async () => {
    const headers = await api.token({ roles: [Role.CIVIL_SERVANT] });
    expectUnauthenticated(await api.graphql(ME, {}, headers), /municipality/);
  });

  test('a member token without a KvK number', async () => {
    const headers = await api.token({ roles: [Role.MEMBER] });
    expectUnauthenticated(await api.graphql(ME, {}, headers), /kvk/);
  });

  test('an unsigned token (alg none)', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const token = `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'x', roles: ['ADMIN'], exp: nowInSeconds() + 600 })}.`;
    expectUnauthenticated(
      await api.graphql(ME, {}, { authorization: `Bearer ${token}` }),
      /Invalid bearer token/,
    );
  });

  test('a bearer token and an API key at once', async () => {
    const { headers } = await api.apiKey(PARK, ['events:read']);
    const res = await api.graphql(ME, {}, { ...(await api.token({ roles: [Role.ADMIN] })), ...headers });
    expectUnauthenticated(res, /either a bearer token or an API key/);
  });

  test('an unknown API key', async () => {
    expectUnauthenticated(
      await api.graphql(ME, {}, { 'x-api-key': 'q4_thisKeyWasNeverIssuedByRegioQ4atAll' }),
      /Unknown or revoked API key/,
    );
  });
});

describe('API keys', () => {
  test('a key makes the caller its organisation, with its scopes, and records when it was last used', async () => {
    const { headers, secret } = await api.apiKey(PARK, ['events:read', 'news:read']);
    const [before] = await api.dataSource.query('select last_used_at from api_key where secret_hash = $1', [
      sha256(secret),
    ]);
    expect(before.last_used_at).toBeNull();

    const res = await api.graphql<Me>(ME, {}, headers);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toMatchObject({
      kind: 'API_KEY',
      roles: [],
      organisation: { name: PARK },
    });
    expect([...(res.body.data?.me.scopes ?? [])].sort()).toEqual(['EVENTS_READ', 'NEWS_READ']);
    expect((await api.logOf(res)).callerKind).toBe('API_KEY');

    const [after] = await api.dataSource.query('select last_used_at from api_key where secret_hash = $1', [
      sha256(secret),
    ]);
    expect(after.last_used_at).toBeInstanceOf(Date);
    expect(Math.abs(Date.now() - (after.last_used_at as Date).getTime())).toBeLessThan(5 * 60_000);
  });

  test('admins list the keys of an organisation, newest first, without secrets; others may not', async () => {
    const first = (await createKey(['EVENTS_READ'])).body.data!.createApiKey.apiKey!;
    const second = (await createKey(['REPORTS_READ'])).body.data!.createApiKey.apiKey!;
    const LIST = `query Keys($organisationId: ID) {
      apiKeys(organisationId: $organisationId) { id name prefix scopes revokedAt organisation { name } }
    }`;
    const admin = await api.token({ roles: [Role.ADMIN] });
    const res = await api.graphql<{
      apiKeys: { id: string; prefix: string; organisation: { name: string } }[];
    }>(LIST, { organisationId: parkId }, admin);
    const ids = res.body.data!.apiKeys.map((key) => key.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
    expect(ids.indexOf(first.id)).toBeGreaterThanOrEqual(0);
    expect(
      res.body.data!.apiKeys.every((key) => key.organisation.name === PARK && key.prefix.startsWith('q4_')),
    ).toBe(true);
    for (const headers of [
      await api.token({ roles: [Role.EDITOR] }),
      (await api.apiKey(PARK, ['reports:read'])).headers,
    ]) {
      const refused = await api.graphql(LIST, { organisationId: parkId }, headers);
      expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect((await api.graphql(LIST, {})).body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  test('an admin creates a key: the secret is shown once, only its hash is stored, and the key works', async () => {
    const res = await createKey(['EVENTS_READ']);
    expect(res.body.errors).toBeUndefined();
    const created = res.body.data!.createApiKey;
    expect(created.userErrors).toEqual([]);
    expect(created.apiKey).toMatchObject({ scopes: ['EVENTS_READ'], organisation: { name: PARK } });
    const secret = created.secret!;
    expect(secret).toMatch(/^q4_[\w-]{20,}$/);
    expect(secret.startsWith(created.apiKey!.prefix)).toBe(true);

    const rows: { row: string; secret_hash: string }[] = await api.dataSource.query(
      'select row_to_json(k)::text as row, secret_hash from api_key k',
    );
    expect(rows.some((r) => r.secret_hash === sha256(secret))).toBe(true);
    for (const { row } of rows) expect(row).not.toContain(secret);

    const me = await api.graphql<Me>(ME, {}, { 'x-api-key': secret });
    expect(me.body.data?.me).toMatchObject({
      kind: 'API_KEY',
      scopes: ['EVENTS_READ'],
      organisation: { name: PARK },
    });
  });

  test('a revoked key is refused, and revoking it again is a user error', async () => {
    const created = (await createKey(['EVENTS_READ'])).body.data!.createApiKey;
    const headers = { 'x-api-key': created.secret! };
    expect((await api.graphql<Me>(ME, {}, headers)).body.data?.me.kind).toBe('API_KEY');

    const admin = await api.token({ roles: [Role.ADMIN] });
    const revoked = await api.graphql<{
      revokeApiKey: { apiKey: { revokedAt: string | null } | null; userErrors: { code: string }[] };
    }>(REVOKE_KEY, { id: created.apiKey!.id }, admin);
    expect(revoked.body.errors).toBeUndefined();
    expect(revoked.body.data?.revokeApiKey.userErrors).toEqual([]);
    expect(revoked.body.data?.revokeApiKey.apiKey?.revokedAt).toEqual(expect.any(String));

    expectUnauthenticated(await api.graphql(ME, {}, headers), /Unknown or revoked API key/);

    const again = await api.graphql<{ revokeApiKey: { apiKey: unknown; userErrors: { code: string }[] } }>(
      REVOKE_KEY,
      { id: created.apiKey!.id },
      admin,
    );
    expect(again.body.data?.revokeApiKey.apiKey).toBeNull();
    expect(again.body.data?.revokeApiKey.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'id'] }),
    ]);
  });

  test('only admins create keys: a member is forbidden, an anonymous caller unauthenticated', async () => {
    const countKeys = async () =>
      Number((await api.dataSource.query('select count(*) from api_key'))[0].count);
    const before = await countKeys();

    const asMember = await createKey(
      ['EVENTS_READ'],
      await api.token({ roles: [Role.MEMBER], kvk: kvkNumber }),
    );
    expect(asMember.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(asMember.body.data).toBeNull();

    const anonymous = await createKey(['EVENTS_READ'], {});
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.body.data).toBeNull();

    expect(await countKeys()).toBe(before);
  });

  test('a key needs at least one scope', async () => {
    const res = await createKey([]);
    const error = res.body.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields).toEqual([
      expect.objectContaining({
        path: expect.arrayContaining(['scopes']),
        message: 'a key needs at least one scope',
      }),
    ]);
    expect(res.body.data).toBeNull();
  });
});

describe('business figures need an admin or an API key with reports:read', () => {
  test('a key without reports:read is forbidden', async () => {
    const { headers } = await api.apiKey(PARK, ['events:read']);
    const res = await api.graphql(FIGURES, {}, headers);
    expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(res.body.data).toBeNull();
  });

  test('a key with reports:read gets the figures', async () => {
    const { headers } = await api.apiKey(PARK, ['reports:read']);
    const res = await api.graphql<{ businessFigures: { businesses: number }[] }>(FIGURES, {}, headers);
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.businessFigures.length).toBeGreaterThan(0);
    expect(res.body.data?.businessFigures.every((f) => f.businesses > 0)).toBe(true);
  });

  test('an admin gets the figures', async () => {
    const res = await api.graphql<{ businessFigures: unknown[] }>(
      FIGURES,
      {},
      await api.token({ roles: [Role.ADMIN] }),
    );
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.businessFigures.length).toBeGreaterThan(0);
  });

  test('an editor is forbidden and an anonymous caller unauthenticated', async () => {
    const editor = await api.graphql(FIGURES, {}, await api.token({ roles: [Role.EDITOR] }));
    expect(editor.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await api.graphql(FIGURES);
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('tokens of a municipal identity provider (JWKS)', () => {
  const ISSUER = 'https://idp.example';
  const AUDIENCE = 'regio-q4';
  const KID = 'idp-key-1';
  let jwksServer: http.Server;
  let idp: TestServer;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    privateKey = pair.privateKey;
    const jwk: JWK = { ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' };
    jwksServer = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const { port } = jwksServer.address() as AddressInfo;
    idp = await startTestServer({
      env: {
        JWT_JWKS_URL: `http://127.0.0.1:${port}/.well-known/jwks.json`,
        JWT_ISSUER: ISSUER,
        JWT_AUDIENCE: AUDIENCE,
      },
    });
  });
  afterAll(async () => {
    await idp?.close();
    await new Promise((resolve) => jwksServer?.close(resolve));
  });

  const idpToken = (
    claims: { iss?: string; aud?: string; kid?: string },
    key: CryptoKey = privateKey,
  ): Promise<string> =>
    new SignJWT({ roles: ['CIVIL_SERVANT'], municipality: 'GM0310' })
      .setProtectedHeader({ alg: 'RS256', kid: claims.kid ?? KID })
      .setSubject('civil-servant@debilt.nl')
      .setIssuer(claims.iss ?? ISSUER)
      .setAudience(claims.aud ?? AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(key);

  test('a token of the identity provider is accepted', async () => {
    const res = await idp.graphql<Me>(ME, {}, { authorization: `Bearer ${await idpToken({})}` });
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data?.me).toMatchObject({
      kind: 'PERSON',
      subject: 'civil-servant@debilt.nl',
      roles: ['CIVIL_SERVANT'],
      municipality: { cbsCode: 'GM0310' },
    });
  });

  test('a token for another audience is refused', async () => {
    const res = await idp.graphql(
      ME,
      {},
      { authorization: `Bearer ${await idpToken({ aud: 'another-app' })}` },
    );
    expectUnauthenticated(res, /aud/);
  });

  test('a token of another issuer is refused', async () => {
    const res = await idp.graphql(
      ME,
      {},
      {
        authorization: `Bearer ${await idpToken({ iss: 'https://evil.example' })}`,
      },
    );
    expectUnauthenticated(res, /iss/);
  });

  test('a token signed with a key that is not in the JWKS is refused', async () => {
    const other = await generateKeyPair('RS256');
    const res = await idp.graphql(
      ME,
      {},
      {
        authorization: `Bearer ${await idpToken({}, other.privateKey)}`,
      },
    );
    expectUnauthenticated(res, /Invalid bearer token/);
  });

  test('the shared-secret tokens keep working beside the identity provider', async () => {
    const res = await idp.graphql<Me>(ME, {}, await idp.token({ roles: [Role.ADMIN], sub: 'admin-2' }));
    expect(res.body.data?.me).toMatchObject({ kind: 'PERSON', subject: 'admin-2', roles: ['ADMIN'] });
  });
});
