import { hashSecret, todayInAmsterdam, toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { dbId as dbIdOf, Role, startTestServer } from '../support/test-server';

let api: TestServer;
let admin: Record<string, string>;
let zzo: string;
let other: string;
let zzoSecretary: Record<string, string>;
let otherSecretary: Record<string, string>;

beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
  const [a] = await api.dataSource.query(`SELECT id FROM association WHERE short_name = 'ZZO'`);
  const [b] = await api.dataSource.query(
    `SELECT id FROM association WHERE short_name <> 'ZZO' ORDER BY name LIMIT 1`,
  );
  zzo = toGlobalId('Association', a.id);
  other = toGlobalId('Association', b.id);
  zzoSecretary = await api.token({
    roles: [Role.SECRETARY],
    association: zzo,
    sub: 'sec-zzo',
    name: 'Secretaris ZZO',
  });
  otherSecretary = await api.token({ roles: [Role.SECRETARY], association: other, sub: 'sec-other' });
});
afterAll(() => api.close());

/** Untyped answers: these operations are ad hoc, and each assertion spells out the shape it expects. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Answer = { status: number; body: { data: any; errors?: any } };
const on =
  (server: () => TestServer) =>
  (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    server().graphql(query, variables, headers) as Promise<Answer>;
const gql = Object.assign(
  on(() => api),
  { on: (server: TestServer) => on(() => server) },
);

const APPLY = `mutation Apply($input: ApplyAsBusinessInput!) {
  applyAsBusiness(input: $input) { received userErrors { code message field } }
}`;
const CONFIRM = `mutation Confirm($token: String!) {
  confirmBusinessApplication(input: { token: $token }) {
    application { id status contactEmail } userErrors { code message field }
  }
}`;
const APPROVE = `mutation Approve($id: ID!) {
  approveBusinessApplication(input: { id: $id }) {
    application { status approvedOn decidedBy business { id kvkNumber registeredOn associations { shortName } } }
    userErrors { code message field }
  }
}`;
const REJECT = `mutation Reject($id: ID!, $reason: String!) {
  rejectBusinessApplication(input: { id: $id, reason: $reason }) {
    application { status rejectionReason } userErrors { code message }
  }
}`;
const OWNER_CONFIRMS = `mutation Owner($id: ID!) {
  confirmBusinessApplicationAsOwner(input: { id: $id }) { application { ownerConfirmedAt } userErrors { code } }
}`;
const LIST = `query { businessApplications { nodes { id kvkNumber status contactEmail } } }`;

const application = (overrides: Record<string, unknown> = {}) => ({
  kvkNumber: '77000001',
  name: 'Schilderwerken Van Dijk',
  street: 'Dorpsstraat',
  houseNumber: '12',
  postcode: '3701ab',
  city: 'Zeist',
  municipality: 'GM0355',
  contactName: 'Sanne van Dijk',
  contactEmail: 'Sanne@Example.nl',
  association: zzo,
  description: 'Binnen- en buitenschilderwerk voor woningen en kantoren',
  cpvCodes: ['45442100'],
  municipalitiesServed: ['GM0312'],
  ...overrides,
});

/**
 * Applies anonymously and returns the application's id and a working confirmation token. The token the
 * server made went to the mail path; the test replaces its stored hash with one of a token it knows.
 */
async function apply(overrides: Record<string, unknown> = {}) {
  const res = await gql(APPLY, { input: application(overrides) });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data).toEqual({ applyAsBusiness: { received: true, userErrors: [] } });
  const [row] = await api.dataSource.query(
    `SELECT id FROM business_application ORDER BY created_at DESC LIMIT 1`,
  );
  const token = `test-token-${row.id}`;
  await api.dataSource.query(`UPDATE business_application SET confirmation_token_hash = $2 WHERE id = $1`, [
    row.id,
    hashSecret(token),
  ]);
  return { id: toGlobalId('BusinessApplication', row.id), dbId: row.id as string, token };
}

const businessCount = async (kvk: string) =>
  Number((await api.dataSource.query(`SELECT count(*) FROM business WHERE kvk_number = $1`, [kvk]))[0].count);

describe('a firm applies, confirms and is approved', () => {
  test('from anonymous to an approved business with membership and supplier profile', async () => {
    const { id, token } = await apply();
    expect(await businessCount('77000001')).toBe(0);

    // Unconfirmed: nobody can approve it yet.
    const early = await gql(APPROVE, { id }, zzoSecretary);
    expect(early.body.data.approveBusinessApplication.userErrors).toEqual([
      expect.objectContaining({
        code: 'NOT_ALLOWED',
        message: 'The contact has not confirmed the e-mail address yet',
      }),
    ]);

    const confirmed = await gql(CONFIRM, { token });
    expect(confirmed.body.data.confirmBusinessApplication).toEqual({
      // The anonymous holder of the link sees the status, not the contact data.
      application: { id, status: 'PENDING', contactEmail: null },
      userErrors: [],
    });
    // A link works once.
    const again = await gql(CONFIRM, { token });
    expect(again.body.data.confirmBusinessApplication.userErrors[0].code).toBe('NOT_FOUND');

    // Another association's secretary neither sees nor decides it.
    const foreign = await gql(APPROVE, { id }, otherSecretary);
    expect(foreign.body.data.approveBusinessApplication.userErrors[0].code).toBe('NOT_FOUND');
    const foreignList = await gql(LIST, {}, otherSecretary);
    expect(foreignList.body.data.businessApplications.nodes.map((n: { id: string }) => n.id)).not.toContain(
      id,
    );
    const ownList = await gql(LIST, {}, zzoSecretary);
    expect(ownList.body.data.businessApplications.nodes).toContainEqual({
      id,
      kvkNumber: '77000001',
      status: 'PENDING',
      contactEmail: 'sanne@example.nl',
    });

    const approved = await gql(APPROVE, { id }, zzoSecretary);
    expect(approved.body.errors).toBeUndefined();
    const today = todayInAmsterdam();
    expect(approved.body.data.approveBusinessApplication).toEqual({
      application: {
        status: 'APPROVED',
        approvedOn: today,
        decidedBy: 'Secretaris ZZO',
        business: expect.objectContaining({
          kvkNumber: '77000001',
          registeredOn: today,
          associations: [{ shortName: 'ZZO' }],
        }),
      },
      userErrors: [],
    });
    expect(await businessCount('77000001')).toBe(1);

    // The civil servant finds it in supplier search, with the contact from the application.
    const civilServant = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' });
    const found = await gql(
      `query { suppliers(filter: { search: "buitenschilderwerk", cpv: ["45442100"] }) {
        nodes { business { kvkNumber } contactEmail contactName } } }`,
      {},
      civilServant,
    );
    expect(found.body.data.suppliers.nodes).toContainEqual({
      business: { kvkNumber: '77000001' },
      contactEmail: 'sanne@example.nl',
      contactName: 'Sanne van Dijk',
    });

    // Approved once: a second approval is refused and changes nothing.
    const twice = await gql(APPROVE, { id }, admin);
    expect(twice.body.data.approveBusinessApplication.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('the figures count the approved firm and its membership from the approval day', async () => {
    const figures = `query($on: Date) { businessFigures(on: $on) { municipality { cbsCode } businesses associationMembers } }`;
    const zeist = async (on: string) =>
      (await gql(figures, { on }, admin)).body.data.businessFigures.find(
        (f: { municipality: { cbsCode: string } }) => f.municipality.cbsCode === 'GM0355',
      );
    const before = await zeist(todayInAmsterdam());
    const { id, token } = await apply({ kvkNumber: '77000002' });
    await gql(CONFIRM, { token });
    // Applied and confirmed: not yet counted.
    expect(await zeist(todayInAmsterdam())).toEqual(before);
    await gql(APPROVE, { id }, admin);
    const yesterday = todayInAmsterdam(new Date(Date.now() - 24 * 3600 * 1000));
    const after = await zeist(todayInAmsterdam());
    expect(after.businesses).toBe(before.businesses + 1);
    expect(after.associationMembers).toBe(before.associationMembers + 1);
    const dayBefore = await zeist(yesterday);
    expect(dayBefore.businesses).toBeLessThan(after.businesses);
  });

  test('a rejection keeps the reason and creates nothing', async () => {
    const { id, token } = await apply({ kvkNumber: '77000003' });
    await gql(CONFIRM, { token });
    const res = await gql(REJECT, { id, reason: 'Geen vestiging in de regio' }, zzoSecretary);
    expect(res.body.data.rejectBusinessApplication).toEqual({
      application: { status: 'REJECTED', rejectionReason: 'Geen vestiging in de regio' },
      userErrors: [],
    });
    expect(await businessCount('77000003')).toBe(0);
    const approve = await gql(APPROVE, { id }, admin);
    expect(approve.body.data.approveBusinessApplication.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  test('an application naming no association is for Regio Q4 (admins), not for a secretary', async () => {
    const { id, token } = await apply({ kvkNumber: '77000004', association: null });
    await gql(CONFIRM, { token });
    const bySecretary = await gql(APPROVE, { id }, zzoSecretary);
    expect(bySecretary.body.data.approveBusinessApplication.userErrors[0].code).toBe('NOT_FOUND');
    const byAdmin = await gql(APPROVE, { id }, admin);
    expect(byAdmin.body.data.approveBusinessApplication.application.business.associations).toEqual([]);
  });

  test('bad input is a user error and stores nothing', async () => {
    const count = async () =>
      Number((await api.dataSource.query(`SELECT count(*) FROM business_application`))[0].count);
    const before = await count();
    const res = await gql(APPLY, {
      input: application({ municipality: 'GM9999', cpvCodes: ['99999999'] }),
    });
    expect(res.body.data.applyAsBusiness.received).toBe(false);
    expect(res.body.data.applyAsBusiness.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ['input', 'municipality'],
      ['input', 'cpvCodes', '0'],
    ]);
    const invalid = await gql(APPLY, { input: application({ kvkNumber: '123' }) });
    expect(invalid.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(before);
  });
});

describe('the mailed link', () => {
  test('GET shows a button and changes nothing; its POST confirms once', async () => {
    const { id, token } = await apply({ kvkNumber: '77000031' });
    const page = await fetch(`${api.url}/applications/confirm?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(`name="token" value="${token}"`);
    const status = async () =>
      (await api.dataSource.query(`SELECT status FROM business_application WHERE id = $1`, [dbIdOf(id)]))[0]
        .status;
    expect(await status()).toBe('UNCONFIRMED');
    const post = (value: string) =>
      fetch(`${api.url}/applications/confirm`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: value }).toString(),
      });
    const confirmed = await post(token);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.text()).toContain('Uw e-mailadres is bevestigd');
    expect(await status()).toBe('PENDING');
    expect((await post(token)).status).toBe(404);
  });
});

describe('a KvK number already in the register', () => {
  test('is never a second business; its owner must confirm before approval', async () => {
    const [row] = await api.dataSource.query(
      `SELECT b.kvk_number FROM business b WHERE NOT EXISTS (SELECT 1 FROM business_membership m
         JOIN association a ON a.id = m.association_id WHERE m.business_id = b.id AND a.short_name = 'ZZO')
        ORDER BY b.kvk_number LIMIT 1`,
    );
    const kvk = row.kvk_number as string;
    const { id, token } = await apply({ kvkNumber: kvk });
    await gql(CONFIRM, { token });
    const refused = await gql(APPROVE, { id }, zzoSecretary);
    expect(refused.body.data.approveBusinessApplication.userErrors[0].code).toBe('NOT_ALLOWED');

    // A member of another business cannot confirm it; the owner can.
    const stranger = await api.token({ roles: [Role.MEMBER], kvk: '12345670' });
    const byStranger = await gql(OWNER_CONFIRMS, { id }, stranger);
    expect(byStranger.body.data.confirmBusinessApplicationAsOwner.userErrors[0].code).toBe('NOT_FOUND');
    const owner = await api.token({ roles: [Role.MEMBER], kvk });
    const ownerList = await gql(LIST, {}, owner);
    expect(ownerList.body.data.businessApplications.nodes.map((n: { id: string }) => n.id)).toEqual([id]);
    await gql(OWNER_CONFIRMS, { id }, owner);

    const approved = await gql(APPROVE, { id }, zzoSecretary);
    expect(approved.body.data.approveBusinessApplication.userErrors).toEqual([]);
    expect(await businessCount(kvk)).toBe(1);
    expect(approved.body.data.approveBusinessApplication.application.business.associations).toContainEqual({
      shortName: 'ZZO',
    });
  });

  test('two applications for one new number, both approved, make one business', async () => {
    const first = await apply({ kvkNumber: '77000005' });
    await gql(CONFIRM, { token: first.token });
    const second = await apply({ kvkNumber: '77000005', association: other });
    // One application per number waits at a time.
    const waiting = await gql(CONFIRM, { token: second.token });
    expect(waiting.body.data.confirmBusinessApplication.userErrors[0].code).toBe('TAKEN');
    await gql(APPROVE, { id: first.id }, admin);
    expect(
      (await gql(CONFIRM, { token: second.token })).body.data.confirmBusinessApplication.userErrors,
    ).toEqual([]);
    // The second is now for an existing business: its owner confirms, then it only adds the membership.
    await gql(OWNER_CONFIRMS, { id: second.id }, await api.token({ roles: [Role.MEMBER], kvk: '77000005' }));
    const res = await gql(APPROVE, { id: second.id }, otherSecretary);
    expect(res.body.data.approveBusinessApplication.userErrors).toEqual([]);
    expect(await businessCount('77000005')).toBe(1);
  });
});

describe('the secretary role', () => {
  const ADD = `mutation($b: ID!, $a: ID!, $since: Date!) {
    addBusinessMembership(input: { businessId: $b, associationId: $a, since: $since }) {
      membership { since association { shortName } } userErrors { code }
    }
  }`;
  const END = `mutation($b: ID!, $a: ID!, $until: Date!) {
    endBusinessMembership(input: { businessId: $b, associationId: $a, until: $until }) {
      membership { until } userErrors { code }
    }
  }`;

  test('manages its own association’s memberships and nothing of another', async () => {
    const [row] = await api.dataSource.query(
      `SELECT b.id FROM business b WHERE NOT EXISTS (SELECT 1 FROM business_membership m WHERE m.business_id = b.id)
        ORDER BY b.kvk_number LIMIT 1`,
    );
    const business = toGlobalId('Business', row.id);
    const foreign = await gql(ADD, { b: business, a: other, since: '2026-01-01' }, zzoSecretary);
    expect(foreign.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const own = await gql(ADD, { b: business, a: zzo, since: '2026-01-01' }, zzoSecretary);
    expect(own.body.data.addBusinessMembership.membership).toEqual({
      since: '2026-01-01',
      association: { shortName: 'ZZO' },
    });
    const endForeign = await gql(END, { b: business, a: zzo, until: '2026-06-30' }, otherSecretary);
    expect(endForeign.body.errors[0].extensions.code).toBe('FORBIDDEN');
    const end = await gql(END, { b: business, a: zzo, until: '2026-06-30' }, zzoSecretary);
    expect(end.body.data.endBusinessMembership.membership).toEqual({ until: '2026-06-30' });
    // Renewal: a new membership after the ended one.
    const renew = await gql(ADD, { b: business, a: zzo, since: '2026-09-01' }, zzoSecretary);
    expect(renew.body.data.addBusinessMembership.userErrors).toEqual([]);
  });

  test('a SECRETARY token without an association claim is refused', async () => {
    const res = await gql(`{ me { kind } }`, {}, await api.token({ roles: [Role.SECRETARY] }));
    expect(res.status).toBe(401);
    const ok = await gql(`{ me { roles association { shortName } } }`, {}, zzoSecretary);
    expect(ok.body.data.me).toEqual({ roles: ['SECRETARY'], association: { shortName: 'ZZO' } });
  });
});

describe('stale applications', () => {
  test('unconfirmed ones after 7 days and rejected ones 30 days after the decision are deleted', async () => {
    const old = await apply({ kvkNumber: '77000011' });
    const young = await apply({ kvkNumber: '77000012' });
    const rejected = await apply({ kvkNumber: '77000013' });
    await api.dataSource.query(
      `UPDATE business_application SET created_at = now() - interval '8 days' WHERE id = $1`,
      [old.dbId],
    );
    await api.dataSource.query(
      `UPDATE business_application SET created_at = now() - interval '6 days' WHERE id = $1`,
      [young.dbId],
    );
    await api.dataSource.query(
      `UPDATE business_application SET status = 'REJECTED', decided_at = now() - interval '31 days' WHERE id = $1`,
      [rejected.dbId],
    );
    // The old link no longer works even before the clean-up ran.
    expect(
      (await gql(CONFIRM, { token: old.token })).body.data.confirmBusinessApplication.userErrors[0].code,
    ).toBe('NOT_FOUND');
    await apply({ kvkNumber: '77000014' });
    const left = (await api.dataSource.query(`SELECT id FROM business_application`)).map(
      (r: { id: string }) => r.id,
    );
    expect(left).not.toContain(old.dbId);
    expect(left).not.toContain(rejected.dbId);
    expect(left).toContain(young.dbId);
  });
});

describe('rate limits', () => {
  test('stop scripted applications from one address', async () => {
    const limited = await startTestServer({ env: { APPLICATIONS_PER_ADDRESS_PER_DAY: '2' } });
    try {
      const count = async () =>
        Number((await limited.dataSource.query(`SELECT count(*) FROM business_application`))[0].count);
      const before = await count();
      for (const kvk of ['77000021', '77000022']) {
        const res = await gql.on(limited)(APPLY, { input: application({ kvkNumber: kvk }) });
        expect(res.body.data.applyAsBusiness.received).toBe(true);
      }
      const third = await gql.on(limited)(APPLY, { input: application({ kvkNumber: '77000023' }) });
      expect(third.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(await count()).toBe(before + 2);
    } finally {
      await limited.close();
    }
  });
});
