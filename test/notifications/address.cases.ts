import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

// The address book through GraphQL: a signed-in person says where their mails go; admins set anyone's (a
// municipality's procurement desk for its buyers); API keys and anonymous callers have none.

let server: TestServer;
const SET = `mutation ($input: SetNotificationAddressInput!) {
  setNotificationAddress(input: $input) { address userErrors { code field } } }`;
const ME = '{ me { subject notificationAddress } }';

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const stored = async (subject: string) =>
  (await server.dataSource.query('SELECT email FROM notification_address WHERE subject = $1', [subject]))[0]
    ?.email ?? null;

describe('setNotificationAddress', () => {
  it('lets a person set, read and remove their own address', async () => {
    const coach = await server.token({ roles: [Role.COACH], sub: 'coach-adres' });
    expect((await server.graphql(ME, {}, coach)).body.data).toEqual({
      me: { subject: 'coach-adres', notificationAddress: null },
    });
    const set = await server.graphql(SET, { input: { email: 'Coach@Werkbij.example.nl' } }, coach);
    expect(set.body.errors).toBeUndefined();
    expect(set.body.data).toEqual({
      setNotificationAddress: { address: 'coach@werkbij.example.nl', userErrors: [] },
    });
    expect(await stored('coach-adres')).toBe('coach@werkbij.example.nl');
    expect((await server.graphql(ME, {}, coach)).body.data).toEqual({
      me: { subject: 'coach-adres', notificationAddress: 'coach@werkbij.example.nl' },
    });
    // Another person reads only their own.
    const other = await server.token({ roles: [Role.COACH], sub: 'andere-coach' });
    expect((await server.graphql(ME, {}, other)).body.data).toEqual({
      me: { subject: 'andere-coach', notificationAddress: null },
    });

    const removed = await server.graphql(SET, { input: { email: null } }, coach);
    expect(removed.body.data).toEqual({ setNotificationAddress: { address: null, userErrors: [] } });
    expect(await stored('coach-adres')).toBeNull();
  });

  it('refuses an address that is not one, and changes nothing', async () => {
    const buyer = await server.token({
      roles: [Role.CIVIL_SERVANT],
      municipality: 'GM0355',
      sub: 'inkoper-x',
    });
    await server.graphql(SET, { input: { email: 'inkoop@zeist.example.nl' } }, buyer);
    const refused = await server.graphql(SET, { input: { email: 'geen adres' } }, buyer);
    expect(refused.body.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ message: 'must be an e-mail address', path: ['input', 'email'] }],
    });
    expect(await stored('inkoper-x')).toBe('inkoop@zeist.example.nl');
  });

  it("lets admins set someone else's address, and nobody else", async () => {
    const admin = await server.token({ roles: [Role.ADMIN], sub: 'beheer' });
    const set = await server.graphql(
      SET,
      { input: { subject: 'demo-inkoop-gm0310', email: 'inkoop@debilt.example.nl' } },
      admin,
    );
    expect(set.body.data).toEqual({
      setNotificationAddress: { address: 'inkoop@debilt.example.nl', userErrors: [] },
    });
    expect(await stored('demo-inkoop-gm0310')).toBe('inkoop@debilt.example.nl');

    const member = await server.token({ roles: [Role.MEMBER], kvk: '12345678', sub: 'lid-y' });
    const refused = await server.graphql(
      SET,
      { input: { subject: 'demo-inkoop-gm0310', email: 'kaper@example.nl' } },
      member,
    );
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await stored('demo-inkoop-gm0310')).toBe('inkoop@debilt.example.nl');
  });

  it('has no address for API keys or anonymous callers', async () => {
    const anonymous = await server.graphql(SET, { input: { email: 'iemand@example.nl' } });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const { headers: key } = await server.apiKey('Nationaal Park Utrechtse Heuvelrug', ['events:read']);
    const keyed = await server.graphql(SET, { input: { email: 'park@example.nl' } }, key);
    expect(keyed.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await server.graphql('{ me { notificationAddress } }', {}, key)).body.data).toEqual({
      me: { notificationAddress: null },
    });
    expect(
      await server.dataSource.query(
        `SELECT subject FROM notification_address WHERE email IN ('iemand@example.nl', 'park@example.nl')`,
      ),
    ).toEqual([]);
  });
});
