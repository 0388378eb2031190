import {
  AddBusinessMembershipDocument,
  AssociationsDocument,
  BusinessByKvkDocument,
  BusinessCountsDocument,
  BusinessDocument,
  BusinessesDocument,
  BusinessesNestedDocument,
  CreateBusinessDocument,
  CreateOrganisationDocument,
  DeleteBusinessDocument,
  EndBusinessMembershipDocument,
  MunicipalitiesDocument,
  MunicipalitiesWithBusinessesDocument,
  NodeDocument,
  NodesDocument,
  OrganisationsDocument,
  UpdateBusinessDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';

let api: TestServer;
let admin: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  admin = await api.token({ roles: [Role.ADMIN] });
});
afterAll(() => api.close());

const newBusiness = (overrides: Record<string, unknown> = {}) => ({
  kvkNumber: '87654321',
  name: 'Fietsenmakerij Test',
  street: 'Slotlaan',
  houseNumber: '12a',
  postcode: '3701ab',
  city: 'Zeist',
  municipality: 'GM0355',
  sbiCodes: ['9529'],
  ...overrides,
});

async function businessCount(): Promise<number> {
  const [{ count }] = await api.dataSource.query('SELECT count(*)::int AS count FROM business');
  return count;
}

async function allBusinesses(
  pageSize: number,
  orderBy?: { field: 'NAME' | 'KVK_NUMBER' | 'CREATED_AT'; direction: 'ASC' | 'DESC' },
) {
  const seen: { id: string; name: string; kvkNumber: string }[] = [];
  let after: string | null | undefined;
  for (;;) {
    const res = await api.graphql(BusinessesDocument, { first: pageSize, after, orderBy });
    const page = res.body.data!.businesses;
    seen.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return seen;
    after = page.pageInfo.endCursor;
  }
}

describe('the region', () => {
  test('lists the five municipalities of Regio Q4 with CBS codes, and others outside it', async () => {
    const inRegion = await api.graphql(MunicipalitiesDocument, { inRegion: true });
    expect(inRegion.body.data!.municipalities.map((m) => `${m.cbsCode} ${m.name}`)).toEqual([
      'GM0312 Bunnik',
      'GM0310 De Bilt',
      'GM1581 Utrechtse Heuvelrug',
      'GM0352 Wijk bij Duurstede',
      'GM0355 Zeist',
    ]);
    const outside = await api.graphql(MunicipalitiesDocument, { inRegion: false });
    expect(outside.body.data!.municipalities.map((m) => m.name)).toContain('Utrecht');
  });

  test('finds a municipality by CBS code and refuses a malformed code', async () => {
    const found = await api.graphql('{ municipality(cbsCode: "GM0352") { name inRegion } }');
    expect(found.body.data).toEqual({ municipality: { name: 'Wijk bij Duurstede', inRegion: true } });
    const unknown = await api.graphql('{ municipality(cbsCode: "GM9999") { name } }');
    expect(unknown.body.data).toEqual({ municipality: null });
    const malformed = await api.graphql('{ municipality(cbsCode: "Zeist") { name } }');
    expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('membership of Regio Q4 is dated: BHIK (Bunnik) left in 2017', async () => {
    const all = await api.graphql(AssociationsDocument, {});
    expect(all.body.data!.associations).toHaveLength(5);
    const bhik = all.body.data!.associations.find((a) => a.name === 'BHIK')!;
    expect(bhik.municipality.name).toBe('Bunnik');
    expect(bhik.regioQ4Memberships).toEqual([{ since: '2015-01-01', until: '2017-06-30' }]);

    const end2017 = await api.graphql(AssociationsDocument, { memberOn: '2017-12-31' });
    expect(end2017.body.data!.associations.map((a) => a.name)).toEqual([
      'BCB',
      'Ondernemerskring Wijk bij Duurstede',
      'Zakelijk Zeist Onderneemt!',
      'Zakelijke Heuvelrug',
    ]);
    const mid2016 = await api.graphql(AssociationsDocument, { memberOn: '2016-06-01' });
    expect(mid2016.body.data!.associations.map((a) => a.name)).toContain('BHIK');
    expect(mid2016.body.data!.associations.every((a) => a.isRegioQ4Member)).toBe(true);
  });

  test('lists partner organisations, optionally of one kind', async () => {
    const all = await api.graphql(OrganisationsDocument, {});
    const names = all.body.data!.organisations.map((o) => o.name);
    for (const partner of [
      'Rabobank Heuvelrug',
      'Nationaal Park Utrechtse Heuvelrug',
      'U10',
      'Utrecht Science Park',
      'Economic Board Utrecht',
    ]) {
      expect(names).toContain(partner);
    }
    const parks = await api.graphql(OrganisationsDocument, { kind: 'NATURE_PARK' });
    expect(parks.body.data!.organisations).toEqual([
      expect.objectContaining({
        name: 'Nationaal Park Utrechtse Heuvelrug',
        kind: 'NATURE_PARK',
        municipality: { name: 'Utrechtse Heuvelrug' },
      }),
    ]);
  });
});

describe('businesses', () => {
  test('demo data: a few hundred businesses over all five municipalities (and a few suppliers from neighbours), valid KvK numbers and postcodes', async () => {
    const rows: { kvk_number: string; postcode: string; cbs_code: string }[] = await api.dataSource.query(
      'SELECT b.kvk_number, b.postcode, m.cbs_code FROM business b JOIN municipality m ON m.id = b.municipality_id',
    );
    expect(rows.length).toBeGreaterThanOrEqual(200);
    // The five, and Utrecht, Houten and Amersfoort for the procurement demo's suppliers from outside the region.
    expect(new Set(rows.map((r) => r.cbs_code))).toEqual(
      new Set(['GM0355', 'GM0310', 'GM0312', 'GM0352', 'GM1581', 'GM0344', 'GM0321', 'GM0307']),
    );
    expect(rows.every((r) => /^\d{8}$/.test(r.kvk_number) && /^[1-9]\d{3} [A-Z]{2}$/.test(r.postcode))).toBe(
      true,
    );
  });

  test('filters by municipality, association and search; totalCount follows the filter', async () => {
    const total = await api.graphql(BusinessesDocument, { first: 1 });
    const perMunicipality = await Promise.all(
      ['GM0355', 'GM0310', 'GM0312', 'GM0352', 'GM1581', 'GM0344', 'GM0321', 'GM0307'].map((municipality) =>
        api.graphql(BusinessesDocument, { first: 1, filter: { municipality } }),
      ),
    );
    const sum = perMunicipality.reduce((acc, res) => acc + res.body.data!.businesses.totalCount, 0);
    expect(sum).toBe(total.body.data!.businesses.totalCount);

    const bakeries = await api.graphql(BusinessesDocument, { first: 100, filter: { search: 'bakkerij' } });
    expect(bakeries.body.data!.businesses.totalCount).toBeGreaterThan(0);
    expect(bakeries.body.data!.businesses.edges.every((e) => /bakkerij/i.test(e.node.name))).toBe(true);

    const first = total.body.data!.businesses.edges[0].node;
    const byKvk = await api.graphql(BusinessesDocument, { first: 5, filter: { search: first.kvkNumber } });
    expect(byKvk.body.data!.businesses.edges.map((e) => e.node.id)).toContain(first.id);

    const literal = await api.graphql(BusinessesDocument, { first: 5, filter: { search: '%%' } });
    expect(literal.body.data!.businesses.totalCount).toBe(0);

    const zzo = (await api.graphql(AssociationsDocument, {})).body.data!.associations.find(
      (a) => a.name === 'Zakelijk Zeist Onderneemt!',
    )!;
    const members = await api.graphql(BusinessesDocument, { first: 100, filter: { association: zzo.id } });
    expect(members.body.data!.businesses.totalCount).toBeGreaterThan(0);
    for (const edge of members.body.data!.businesses.edges.slice(0, 5)) {
      const detail = await api.graphql(BusinessDocument, { id: edge.node.id });
      expect(detail.body.data!.business!.municipality.cbsCode).toBe('GM0355');
      expect(
        detail.body.data!.business!.memberships.some(
          (m) => m.association.name === zzo.name && m.until === null,
        ),
      ).toBe(true);
    }
  });

  test('pages through every business exactly once, in name order, with stable cursors', async () => {
    const seen = await allBusinesses(37);
    expect(seen).toHaveLength(await businessCount());
    expect(new Set(seen.map((b) => b.id)).size).toBe(seen.length);
    const names = seen.map((b) => b.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  test('a cursor stays valid when rows are added before it', async () => {
    const page1 = (await api.graphql(BusinessesDocument, { first: 10 })).body.data!.businesses;
    const created = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '00000001', name: 'AAA Eerste Bedrijf' }) },
      admin,
    );
    expect(created.body.data!.createBusiness.userErrors).toEqual([]);
    const page2 = (await api.graphql(BusinessesDocument, { first: 10, after: page1.pageInfo.endCursor })).body
      .data!.businesses;
    const ids1 = page1.edges.map((e) => e.node.id);
    expect(page2.edges.some((e) => ids1.includes(e.node.id))).toBe(false);
    expect(page2.edges[0].node.name >= page1.edges[9].node.name).toBe(true);
    await api.graphql(
      DeleteBusinessDocument,
      { input: { id: created.body.data!.createBusiness.business!.id } },
      admin,
    );
  });

  test('orders by KvK number descending', async () => {
    const seen = await allBusinesses(100, { field: 'KVK_NUMBER', direction: 'DESC' });
    const kvks = seen.map((b) => b.kvkNumber);
    expect(kvks).toEqual([...kvks].sort().reverse());
  });

  test('refuses page sizes above 100 or below 1 and foreign cursors, with BAD_USER_INPUT', async () => {
    for (const first of [101, 0, -1]) {
      const res = await api.graphql(BusinessesDocument, { first });
      expect(res.body.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['first'] }],
      });
    }
    const res = await api.graphql(BusinessesDocument, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    // A cursor of one ordering is refused by another, not compared with the wrong column.
    const byKvk = await api.graphql(BusinessesDocument, {
      first: 5,
      orderBy: { field: 'KVK_NUMBER', direction: 'ASC' },
    });
    const mixed = await api.graphql(BusinessesDocument, {
      first: 5,
      after: byKvk.body.data!.businesses.pageInfo.endCursor,
    });
    expect(mixed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('statements per request independent of page size; 1 for each compiled list (businesses with their municipality, memberships, associations, profile and count)', async () => {
    const small = await api.graphql(BusinessesNestedDocument, { first: 5 });
    const large = await api.graphql(BusinessesNestedDocument, { first: 100 });
    expect(large.body.data!.businesses.nodes).toHaveLength(100);
    // Both pages reach every loader: a page without members would skip the associations' statement.
    for (const page of [small, large]) {
      expect(page.body.data!.businesses.nodes.some((n) => n.associations.length > 0)).toBe(true);
      expect(page.body.data!.businesses.nodes.some((n) => n.supplierProfile)).toBe(true);
    }
    const [smallLog, largeLog] = [await api.logOf(small), await api.logOf(large)];
    expect(smallLog.sqlCount).toBe(1);
    expect(largeLog.sqlCount).toBe(1);
    // The benchmark's W2: a municipality and words; the municipality is looked up in the same statement.
    const searched = await api.graphql(BusinessesNestedDocument, {
      first: 20,
      filter: { municipality: 'GM0355', search: 'bakkerij' },
    });
    const found = searched.body.data!.businesses;
    expect(found.totalCount).toBeGreaterThan(0);
    expect(found.nodes.every((n) => n.municipality.name === 'Zeist' && /bakkerij/i.test(n.name))).toBe(true);
    expect((await api.logOf(searched)).sqlCount).toBe(1);
    // An unknown municipality matches nothing, in one statement too.
    const unknown = await api.graphql(BusinessesNestedDocument, { filter: { municipality: 'GM9999' } });
    expect(unknown.body.data!.businesses).toEqual({ totalCount: 0, nodes: [] });

    // With COMPILED_LISTS=off, the same answers from page, count, municipalities, memberships, associations
    // and profiles, still independent of the page size.
    api.config.compiledLists = false;
    try {
      const [loadedSmall, loadedLarge, loadedSearched] = [
        await api.graphql(BusinessesNestedDocument, { first: 5 }),
        await api.graphql(BusinessesNestedDocument, { first: 100 }),
        await api.graphql(BusinessesNestedDocument, {
          first: 20,
          filter: { municipality: 'GM0355', search: 'bakkerij' },
        }),
      ];
      expect(loadedSmall.body).toEqual(small.body);
      expect(loadedLarge.body).toEqual(large.body);
      expect(loadedSearched.body).toEqual(searched.body);
      expect((await api.logOf(loadedLarge)).sqlCount).toBe(6);
      expect((await api.logOf(loadedSmall)).sqlCount).toBe(6);
    } finally {
      api.config.compiledLists = true;
    }
  });

  test('the businesses of every municipality in a list: the same pages as the filter, in a constant number of statements', async () => {
    const small = await api.graphql(MunicipalitiesWithBusinessesDocument, { first: 2 });
    const large = await api.graphql(MunicipalitiesWithBusinessesDocument, { first: 25 });
    expect((await api.logOf(large)).sqlCount).toBe((await api.logOf(small)).sqlCount);
    // municipalities + ranked ids + rows + counts + the businesses' municipalities
    expect((await api.logOf(large)).sqlCount).toBeLessThanOrEqual(5);

    for (const municipality of large.body.data!.municipalities) {
      const filtered = (
        await api.graphql(BusinessesDocument, { first: 25, filter: { municipality: municipality.cbsCode } })
      ).body.data!.businesses;
      expect(municipality.businesses.totalCount).toBe(filtered.totalCount);
      expect(municipality.businesses.nodes.map((n) => n.id)).toEqual(filtered.edges.map((e) => e.node.id));
      expect(
        municipality.businesses.nodes.every((n) => n.municipality.cbsCode === municipality.cbsCode),
      ).toBe(true);
      expect(municipality.businesses.pageInfo.hasNextPage).toBe(filtered.pageInfo.hasNextPage);
    }

    const zeist = large.body.data!.municipalities.find((m) => m.cbsCode === 'GM0355')!;
    const next = await api.graphql(MunicipalitiesWithBusinessesDocument, {
      first: 25,
      after: zeist.businesses.pageInfo.endCursor,
    });
    const zeistNext = next.body.data!.municipalities.find((m) => m.cbsCode === 'GM0355')!;
    const filteredNext = await api.graphql(BusinessesDocument, {
      first: 25,
      after: zeist.businesses.pageInfo.endCursor,
      filter: { municipality: 'GM0355' },
    });
    expect(zeistNext.businesses.nodes.map((n) => n.id)).toEqual(
      filteredNext.body.data!.businesses.edges.map((e) => e.node.id),
    );
  });

  test('a list that selects only totalCount counts, and loads no page', async () => {
    const res = await api.graphql(BusinessCountsDocument, { municipality: 'GM0355' });
    expect(res.body.errors).toBeUndefined();
    const { businesses, municipalities } = res.body.data!;
    const zeist = municipalities.find((m) => m.cbsCode === 'GM0355')!;
    expect(businesses.totalCount).toBe(zeist.businesses.totalCount);
    expect(zeist.businesses.totalCount).toBeGreaterThan(0);
    const [{ count }] = await api.dataSource.query(
      `SELECT count(*)::int AS count FROM business b JOIN municipality m ON m.id = b.municipality_id
        WHERE m.cbs_code = 'GM0355'`,
    );
    expect(businesses.totalCount).toBe(count);
    // the count (the municipality looked up in it, no page); the municipalities with their counts in one
    expect((await api.logOf(res)).sqlCount).toBe(2);
    api.config.compiledLists = false;
    try {
      const loaded = await api.graphql(BusinessCountsDocument, { municipality: 'GM0355' });
      expect(loaded.body).toEqual(res.body);
      // ... and with COMPILED_LISTS=off the municipalities, then their counts
      expect((await api.logOf(loaded)).sqlCount).toBe(3);
    } finally {
      api.config.compiledLists = true;
    }
  });

  test('businessByKvkNumber finds a business and validates the number', async () => {
    const [row]: { kvk_number: string; name: string }[] = await api.dataSource.query(
      'SELECT kvk_number, name FROM business LIMIT 1',
    );
    const found = await api.graphql(BusinessByKvkDocument, { kvkNumber: row.kvk_number });
    expect(found.body.data!.businessByKvkNumber?.name).toBe(row.name);
    const unknown = await api.graphql(BusinessByKvkDocument, { kvkNumber: '99999999' });
    expect(unknown.body.data!.businessByKvkNumber).toBeNull();
    const bad = await api.graphql(BusinessByKvkDocument, { kvkNumber: '1234' });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('global ids', () => {
  test('node(id:) refetches any type; nodes(ids:) keeps the order and gives null for unknown ids', async () => {
    const business = (await api.graphql(BusinessesDocument, { first: 1 })).body.data!.businesses.edges[0]
      .node;
    const zeist = (
      await api.graphql(MunicipalitiesDocument, { inRegion: true })
    ).body.data!.municipalities.find((m) => m.name === 'Zeist')!;

    const node = await api.graphql(NodeDocument, { id: business.id });
    expect(node.body.data!.node).toEqual({
      __typename: 'Business',
      id: business.id,
      kvkNumber: business.kvkNumber,
    });
    const municipality = await api.graphql(NodeDocument, { id: zeist.id });
    expect(municipality.body.data!.node).toMatchObject({ __typename: 'Municipality', cbsCode: 'GM0355' });

    const unknownId = Buffer.from('Business:00000000-0000-4000-8000-000000000000').toString('base64url');
    const nodes = await api.graphql(NodesDocument, { ids: [zeist.id, unknownId, business.id] });
    expect(nodes.body.data!.nodes).toEqual([
      { __typename: 'Municipality', id: zeist.id },
      null,
      { __typename: 'Business', id: business.id },
    ]);
  });

  test('ids are opaque and checked: garbage and ids of another type are BAD_USER_INPUT', async () => {
    const zeist = (await api.graphql(MunicipalitiesDocument, { inRegion: true })).body.data!
      .municipalities[0];
    expect(zeist.id).not.toMatch(/^[0-9a-f-]{36}$/);
    const garbage = await api.graphql(NodeDocument, { id: 'not-an-id' });
    expect(garbage.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await api.graphql(BusinessDocument, { id: zeist.id });
    expect(wrongType.body.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('not of a Business'),
    });
  });

  test("a person's e-mail address is personal data: admins only", async () => {
    await api.dataSource.query(`UPDATE person SET email = 'lex@example.nl' WHERE name = 'Lex Geerts'`);
    const [person]: { id: string }[] = await api.dataSource.query(
      `SELECT id FROM person WHERE name = 'Lex Geerts'`,
    );
    const id = Buffer.from(`Person:${person.id}`).toString('base64url');
    const query = `query ($id: ID!) { node(id: $id) { ... on Person { name email } } }`;
    const anonymous = await api.graphql(query, { id });
    expect(anonymous.body.data).toEqual({ node: { name: 'Lex Geerts', email: null } });
    expect(anonymous.body.errors?.[0]).toMatchObject({
      path: ['node', 'email'],
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const member = await api.graphql(query, { id }, await api.token({ roles: [Role.EDITOR] }));
    expect(member.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asAdmin = await api.graphql(query, { id }, admin);
    expect(asAdmin.body).toEqual({ data: { node: { name: 'Lex Geerts', email: 'lex@example.nl' } } });
  });
});

describe('business mutations', () => {
  test('an admin registers a business; the postcode is normalised', async () => {
    const res = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '11112222' }) },
      admin,
    );
    expect(res.body.data!.createBusiness).toEqual({
      business: expect.objectContaining({
        kvkNumber: '11112222',
        postcode: '3701 AB',
        municipality: { cbsCode: 'GM0355' },
      }),
      userErrors: [],
    });
  });

  test('a taken KvK number or an unknown municipality is a userError and changes nothing', async () => {
    await api.graphql(CreateBusinessDocument, { input: newBusiness({ kvkNumber: '22223333' }) }, admin);
    const before = await businessCount();
    const taken = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '22223333' }) },
      admin,
    );
    expect(taken.body.data!.createBusiness).toEqual({
      business: null,
      userErrors: [expect.objectContaining({ code: 'TAKEN', field: ['input', 'kvkNumber'] })],
    });
    const unknown = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '22224444', municipality: 'GM9999' }) },
      admin,
    );
    expect(unknown.body.data!.createBusiness.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND', field: ['input', 'municipality'] }),
    ]);
    expect(await businessCount()).toBe(before);
  });

  test('malformed KvK numbers, postcodes and websites are BAD_USER_INPUT naming each field', async () => {
    const before = await businessCount();
    const res = await api.graphql(
      CreateBusinessDocument,
      {
        input: newBusiness({
          kvkNumber: '1234',
          postcode: '0123 AB',
          website: 'ftp://x',
          municipality: 'Zeist',
        }),
      },
      admin,
    );
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (res.body.errors?.[0].extensions?.fields as { path: string[] }[]).map((f) =>
      f.path.join('.'),
    );
    expect(fields).toEqual(
      expect.arrayContaining(['input.kvkNumber', 'input.postcode', 'input.website', 'input.municipality']),
    );
    expect(await businessCount()).toBe(before);
  });

  test('only admins register businesses', async () => {
    const input = newBusiness({ kvkNumber: '33334444' });
    const anonymous = await api.graphql(CreateBusinessDocument, { input });
    expect(anonymous.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    for (const role of [Role.MEMBER, Role.EDITOR, Role.CIVIL_SERVANT, Role.COACH]) {
      const headers = await api.token({ roles: [role], kvk: '33334444', municipality: 'GM0355' });
      const res = await api.graphql(CreateBusinessDocument, { input }, headers);
      expect(res.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    expect(await api.dataSource.query(`SELECT 1 FROM business WHERE kvk_number = '33334444'`)).toEqual([]);
  });

  test('a member edits their own business and no other; the KvK number is for admins', async () => {
    const [own, other]: { id: string; kvk_number: string; name: string }[] = await api.dataSource.query(
      'SELECT id, kvk_number, name FROM business ORDER BY kvk_number LIMIT 2',
    );
    const gid = (id: string) => Buffer.from(`Business:${id}`).toString('base64url');
    const member = await api.token({ roles: [Role.MEMBER], kvk: own.kvk_number });

    const ok = await api.graphql(
      UpdateBusinessDocument,
      { input: { id: gid(own.id), name: 'Nieuwe Naam BV', website: 'https://nieuw.nl' } },
      member,
    );
    expect(ok.body.data!.updateBusiness).toEqual({
      business: expect.objectContaining({ name: 'Nieuwe Naam BV', website: 'https://nieuw.nl' }),
      userErrors: [],
    });

    const foreign = await api.graphql(
      UpdateBusinessDocument,
      { input: { id: gid(other.id), name: 'Gekaapt' } },
      member,
    );
    expect(foreign.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [otherNow] = await api.dataSource.query('SELECT name FROM business WHERE id = $1', [other.id]);
    expect(otherNow.name).toBe(other.name);

    const kvk = await api.graphql(
      UpdateBusinessDocument,
      { input: { id: gid(own.id), kvkNumber: '55556666', name: 'Niet Opgeslagen' } },
      member,
    );
    expect(kvk.body.data!.updateBusiness.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_ALLOWED', field: ['input', 'kvkNumber'] }),
    ]);
    const [ownNow] = await api.dataSource.query('SELECT name, kvk_number FROM business WHERE id = $1', [
      own.id,
    ]);
    expect(ownNow).toEqual({ name: 'Nieuwe Naam BV', kvk_number: own.kvk_number });

    const removed = await api.graphql(
      UpdateBusinessDocument,
      { input: { id: gid(own.id), website: null } },
      member,
    );
    expect(removed.body.data!.updateBusiness.business?.website).toBeNull();

    const taken = await api.graphql(
      UpdateBusinessDocument,
      { input: { id: gid(own.id), kvkNumber: other.kvk_number } },
      admin,
    );
    expect(taken.body.data!.updateBusiness.userErrors).toEqual([expect.objectContaining({ code: 'TAKEN' })]);
  });

  test('an admin deletes a business', async () => {
    const created = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '44445555' }) },
      admin,
    );
    const id = created.body.data!.createBusiness.business!.id;
    const member = await api.token({ roles: [Role.MEMBER], kvk: '44445555' });
    const refused = await api.graphql(DeleteBusinessDocument, { input: { id } }, member);
    expect(refused.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const deleted = await api.graphql(DeleteBusinessDocument, { input: { id } }, admin);
    expect(deleted.body.data!.deleteBusiness).toEqual({ deletedId: id, userErrors: [] });
    expect((await api.graphql(BusinessDocument, { id })).body.data!.business).toBeNull();
    const again = await api.graphql(DeleteBusinessDocument, { input: { id } }, admin);
    expect(again.body.data!.deleteBusiness.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_FOUND' }),
    ]);
  });

  test('association memberships are dated: join, refuse overlap, end', async () => {
    const created = await api.graphql(
      CreateBusinessDocument,
      { input: newBusiness({ kvkNumber: '66667777' }) },
      admin,
    );
    const businessId = created.body.data!.createBusiness.business!.id;
    const zzo = (await api.graphql(AssociationsDocument, {})).body.data!.associations.find(
      (a) => a.name === 'Zakelijk Zeist Onderneemt!',
    )!;
    const input = { businessId, associationId: zzo.id };

    const joined = await api.graphql(
      AddBusinessMembershipDocument,
      { input: { ...input, since: '2020-01-01' } },
      admin,
    );
    expect(joined.body.data!.addBusinessMembership).toEqual({
      membership: { since: '2020-01-01', until: null, association: { name: zzo.name } },
      userErrors: [],
    });
    const nested = await api.graphql('query ($id: ID!) { business(id: $id) { associations { name } } }', {
      id: businessId,
    });
    expect(nested.body.data).toEqual({ business: { associations: [{ name: zzo.name }] } });

    const overlap = await api.graphql(
      AddBusinessMembershipDocument,
      { input: { ...input, since: '2021-01-01' } },
      admin,
    );
    expect(overlap.body.data!.addBusinessMembership.userErrors).toEqual([
      expect.objectContaining({ code: 'NOT_ALLOWED' }),
    ]);

    const early = await api.graphql(
      EndBusinessMembershipDocument,
      { input: { ...input, until: '2019-12-31' } },
      admin,
    );
    expect(early.body.data!.endBusinessMembership.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID', field: ['input', 'until'] }),
    ]);

    const ended = await api.graphql(
      EndBusinessMembershipDocument,
      { input: { ...input, until: '2024-12-31' } },
      admin,
    );
    expect(ended.body.data!.endBusinessMembership.membership).toEqual({
      since: '2020-01-01',
      until: '2024-12-31',
    });
    const after = await api.graphql('query ($id: ID!) { business(id: $id) { associations { name } } }', {
      id: businessId,
    });
    expect(after.body.data).toEqual({ business: { associations: [] } });
  });

  test('two memberships of one business and association started at once: one is refused, none overlap', async () => {
    const zzo = (await api.graphql(AssociationsDocument, {})).body.data!.associations.find(
      (a) => a.name === 'Zakelijk Zeist Onderneemt!',
    )!;
    // Several businesses, each with a pair of concurrent joins: without a lock, both of a pair find no
    // membership and both start one.
    for (const kvkNumber of ['66661001', '66661002', '66661003', '66661004', '66661005']) {
      const created = await api.graphql(CreateBusinessDocument, { input: newBusiness({ kvkNumber }) }, admin);
      const input = { businessId: created.body.data!.createBusiness.business!.id, associationId: zzo.id };
      const results = await Promise.all(
        ['2020-01-01', '2021-01-01'].map((since) =>
          api.graphql(AddBusinessMembershipDocument, { input: { ...input, since } }, admin),
        ),
      );
      const outcomes = results.map((res) =>
        res.body.data!.addBusinessMembership.userErrors.map((e) => e.code),
      );
      expect(outcomes.sort()).toEqual([[], ['NOT_ALLOWED']]);
      const [{ count }] = await api.dataSource.query(
        `SELECT count(*)::int AS count FROM business_membership m JOIN business b ON b.id = m.business_id
          WHERE b.kvk_number = $1`,
        [kvkNumber],
      );
      expect(count).toBe(1);
    }
  });

  test('an admin updates an organisation; a taken name or an unknown id changes nothing', async () => {
    const UPDATE = `mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
      updateOrganisation(input: $input) {
        organisation { name kind website municipality { cbsCode } }
        userErrors { code field }
      }
    }`;
    type Result = {
      updateOrganisation: {
        organisation: {
          name: string;
          kind: string;
          website: string | null;
          municipality: { cbsCode: string } | null;
        } | null;
        userErrors: { code: string; field: string[] }[];
      };
    };
    const u10 = (await api.graphql(OrganisationsDocument, {})).body.data!.organisations.find(
      (o) => o.name === 'U10',
    )!;

    const updated = await api.graphql<Result>(
      UPDATE,
      { input: { id: u10.id, website: 'https://www.u10.nl/regio', municipality: 'GM0355' } },
      admin,
    );
    expect(updated.body.data!.updateOrganisation).toEqual({
      organisation: {
        name: 'U10',
        kind: 'MUNICIPAL_NETWORK',
        website: 'https://www.u10.nl/regio',
        municipality: { cbsCode: 'GM0355' },
      },
      userErrors: [],
    });

    const taken = await api.graphql<Result>(
      UPDATE,
      { input: { id: u10.id, name: 'Rabobank Heuvelrug' } },
      admin,
    );
    expect(taken.body.data!.updateOrganisation.userErrors).toEqual([
      { code: 'TAKEN', field: ['input', 'name'] },
    ]);
    const unknownMunicipality = await api.graphql<Result>(
      UPDATE,
      { input: { id: u10.id, municipality: 'GM9999' } },
      admin,
    );
    expect(unknownMunicipality.body.data!.updateOrganisation.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'municipality'] },
    ]);
    const [row] = await api.dataSource.query('SELECT name, website FROM organisation WHERE name = $1', [
      'U10',
    ]);
    expect(row).toEqual({ name: 'U10', website: 'https://www.u10.nl/regio' });

    const unknownId = Buffer.from('Organisation:00000000-0000-4000-8000-000000000000').toString('base64url');
    const missing = await api.graphql<Result>(UPDATE, { input: { id: unknownId, name: 'Nieuw' } }, admin);
    expect(missing.body.data!.updateOrganisation.userErrors).toEqual([
      { code: 'NOT_FOUND', field: ['input', 'id'] },
    ]);

    const member = await api.graphql<Result>(
      UPDATE,
      { input: { id: u10.id, name: 'Gekaapt' } },
      await api.token({ roles: [Role.MEMBER], kvk: '12345678' }),
    );
    expect(member.body.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  test('organisation names are unique', async () => {
    const res = await api.graphql(
      CreateOrganisationDocument,
      { input: { name: 'Rabobank Heuvelrug', kind: 'BANK' } },
      admin,
    );
    expect(res.body.data!.createOrganisation.userErrors).toEqual([
      expect.objectContaining({ code: 'TAKEN', field: ['input', 'name'] }),
    ]);
    const created = await api.graphql(
      CreateOrganisationDocument,
      { input: { name: 'Hogeschool Utrecht', kind: 'KNOWLEDGE_INSTITUTE', municipality: 'GM0344' } },
      admin,
    );
    expect(created.body.data!.createOrganisation.organisation).toMatchObject({
      name: 'Hogeschool Utrecht',
      kind: 'KNOWLEDGE_INSTITUTE',
    });
  });
});
