import {
  AwardProcurementRequestDocument,
  AwardsDocument,
  CloseProcurementRequestDocument,
  InvitationLogDocument,
  InviteSuppliersDocument,
  MyInvitationsDocument,
  ProcurementStatsDocument,
  SubmitQuoteDocument,
  SuggestSuppliersDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { civilServant, createRequest, createSupplier, openQuotes } from './fixtures';

let api: TestServer;
const ADVERTISING = '79341000';
type Supplier = Awaited<ReturnType<typeof createSupplier>>;
const s: Record<string, Supplier> = {};

beforeAll(async () => {
  api = await startTestServer();
  // Suppliers of a category that no demo supplier offers, so the shortlist is known exactly.
  const make = (key: string, name: string, municipality: string, cpv = ADVERTISING) =>
    createSupplier(
      api,
      { name, municipality },
      { description: 'Reclame en campagnes', cpvCodes: [cpv] },
    ).then((supplier) => (s[key] = supplier));
  await make('z1', 'Zeister Reclame', 'GM0355');
  await make('z2', 'Reclamebureau Slotlaan', 'GM0355');
  await make('b1', 'Biltse Campagnes', 'GM0310');
  await make('b2', 'Bilthoven Media', 'GM0310');
  await make('u', 'Utrecht Advertising', 'GM0344');
  await make('p', 'Bunnikse Marketing', 'GM0312', '79340000');
  // Z2 was invited last week; the others never.
  await api.dataSource.query(
    `UPDATE supplier_profile SET last_invited_at = now() - interval '7 days' WHERE id = $1`,
    [Buffer.from(s.z2.profileId, 'base64url').toString().split(':')[1]],
  );
});
afterAll(() => api.close());

const nameOf = (id: string) => Object.entries(s).find(([, v]) => v.profileId === id)?.[0];

test('the shortlist: best fit, regional first, least recently invited first, local suppliers included, with reasons', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const requestId = await createRequest(api, zeist, { cpvCode: ADVERTISING, estimatedValue: 6_000_000 });
  const all = await api.graphql(SuggestSuppliersDocument, { requestId, size: 6, localMinimum: 0 }, zeist);
  const list = all.body.data!.suggestSuppliers;
  const order = list.map((entry) => nameOf(entry.supplier.id));
  // never-invited regional suppliers (by id), then Z2 (invited last week), then outside the region, then PARENT
  expect(order.slice(3)).toEqual(['z2', 'u', 'p']);
  expect(order.slice(0, 3).sort()).toEqual(['b1', 'b2', 'z1']);
  expect(list.map((e) => e.fit)).toEqual(['EXACT', 'EXACT', 'EXACT', 'EXACT', 'EXACT', 'PARENT']);
  const z2 = list[3];
  expect(z2).toMatchObject({ rank: 4, local: true, regional: true });
  expect(z2.reasons).toEqual([
    'Offers Advertising services (79341000), the requested category',
    'Established in Zeist, the buying municipality',
    expect.stringMatching(/^Last invited on \d{4}-\d{2}-\d{2}$/),
  ]);
  expect(list[5].reasons[0]).toBe(
    'Offers Advertising and marketing services (79340000), a broader category of the request',
  );
  expect(list[4].reasons[1]).toBe('Established in Utrecht, outside the region');

  // Three places and two local suppliers required: Z2 is swapped in for the last non-local one.
  const short = await api.graphql(SuggestSuppliersDocument, { requestId, size: 3 }, zeist);
  const shortList = short.body.data!.suggestSuppliers;
  expect(
    shortList
      .filter((e) => e.local)
      .map((e) => nameOf(e.supplier.id))
      .sort(),
  ).toEqual(['z1', 'z2']);
  expect(shortList.find((e) => nameOf(e.supplier.id) === 'z2')!.reasons.at(-1)).toBe(
    'Included to have at least 2 local supplier(s) on the list',
  );
  expect(shortList.map((e) => e.rank)).toEqual([1, 2, 3]);

  // Only the request's buyers get suggestions.
  const bunnik = await api.graphql(
    SuggestSuppliersDocument,
    { requestId },
    await civilServant(api, 'GM0312'),
  );
  expect(bunnik.body.errors![0].extensions!.code).toBe('FORBIDDEN');
});

test('rotation over repeated requests: the invited supplier moves behind its equals', async () => {
  const deBilt = await civilServant(api, 'GM0310');
  const invited: string[] = [];
  for (let round = 0; round < 3; round += 1) {
    const requestId = await createRequest(api, deBilt, { cpvCode: ADVERTISING, estimatedValue: 500_000 });
    const suggestion = await api.graphql(
      SuggestSuppliersDocument,
      { requestId, size: 1, localMinimum: 0 },
      deBilt,
    );
    const first = suggestion.body.data!.suggestSuppliers[0].supplier.id;
    const invite = await api.graphql(
      InviteSuppliersDocument,
      { input: { requestId, supplierIds: [first] } },
      deBilt,
    );
    expect(invite.body.data!.inviteSuppliers.userErrors).toEqual([]);
    invited.push(nameOf(first)!);
  }
  // Each round a different supplier: the three that had never been invited (or least recently), in turn.
  expect(new Set(invited).size).toBe(3);
  expect(invited).not.toContain('p');
});

test('invite, log, quote before the deadline, close and award; every user error on the way', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const requestId = await createRequest(api, zeist, {
    title: 'Campagne afvalscheiding',
    cpvCode: ADVERTISING,
    estimatedValue: 6_000_000,
    socialReturnPercentage: 5,
  });
  const suggestions = (await api.graphql(SuggestSuppliersDocument, { requestId, size: 5 }, zeist)).body.data!
    .suggestSuppliers;
  const chosen = suggestions.slice(0, 3).map((e) => e.supplier.id);
  const passed = suggestions.slice(3).map((e) => e.supplier.id);

  // Too few for 3-5 quotes, an unknown supplier, and another municipality's buyer: nothing changes.
  const tooFew = await api.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: chosen.slice(0, 2) } },
    zeist,
  );
  expect(tooFew.body.data!.inviteSuppliers.userErrors).toEqual([
    { code: 'INVALID', message: expect.stringContaining('3 to 5'), field: ['input', 'supplierIds'] },
  ]);
  const foreign = await api.graphql(
    InviteSuppliersDocument,
    { input: { requestId, supplierIds: chosen } },
    await civilServant(api, 'GM0312'),
  );
  expect(foreign.body.data!.inviteSuppliers.userErrors[0]).toMatchObject({
    code: 'NOT_FOUND',
    field: ['input', 'requestId'],
  });
  expect((await api.graphql(InvitationLogDocument, { requestId }, zeist)).body.data!.invitationLog).toEqual(
    [],
  );

  const invite = await api.graphql(
    InviteSuppliersDocument,
    {
      input: {
        requestId,
        supplierIds: chosen,
        note: 'Drie offertes gevraagd',
        passedOverNotes: [{ supplierId: passed[0], note: 'Vorige week al uitgenodigd' }],
      },
    },
    zeist,
  );
  expect(invite.body.data!.inviteSuppliers.userErrors).toEqual([]);
  expect(invite.body.data!.inviteSuppliers.procurementRequest!.status).toBe('INVITING');

  const log = (await api.graphql(InvitationLogDocument, { requestId }, zeist)).body.data!.invitationLog;
  expect(
    log
      .filter((e) => e.outcome === 'INVITED')
      .map((e) => e.supplier.id)
      .sort(),
  ).toEqual([...chosen].sort());
  expect(
    log
      .filter((e) => e.outcome === 'PASSED_OVER')
      .map((e) => e.supplier.id)
      .sort(),
  ).toEqual([...passed].sort());
  const passedEntry = log.find((e) => e.supplier.id === passed[0])!;
  expect(passedEntry).toMatchObject({
    note: 'Vorige week al uitgenodigd',
    decidedByName: 'Ambtenaar GM0355',
  });
  expect(passedEntry.reasons.length).toBeGreaterThan(1);

  // A passed-over supplier asks why: it sees its own entry only, and not the request.
  const passedKvk = Object.values(s).find((v) => v.profileId === passed[0])!.kvkNumber;
  const passedMember = await api.token({ roles: [Role.MEMBER], kvk: passedKvk });
  const own = (await api.graphql(InvitationLogDocument, { requestId }, passedMember)).body.data!
    .invitationLog;
  expect(own.map((e) => [e.outcome, e.supplier.id])).toEqual([['PASSED_OVER', passed[0]]]);

  // An invited member sees the invitation and quotes.
  const winner = Object.values(s).find((v) => v.profileId === chosen[0])!;
  const member = await api.token({ roles: [Role.MEMBER], kvk: winner.kvkNumber, sub: 'lid', name: 'Lid' });
  const mine = (await api.graphql(MyInvitationsDocument, { kvkNumber: winner.kvkNumber }, member)).body.data!
    .businessByKvkNumber!.procurementInvitations!;
  const invitation = mine.find((i) => i.request?.id === requestId)!;
  expect(invitation.request!.title).toBe('Campagne afvalscheiding');
  const quote = await api.graphql(
    SubmitQuoteDocument,
    { input: { invitationId: invitation.id, amount: 5_450_000, note: 'Inclusief drukwerk' } },
    member,
  );
  expect(quote.body.data!.submitQuote.userErrors).toEqual([]);
  const quoteId = quote.body.data!.submitQuote.quote!.id;
  // someone else's invitation is not theirs to quote on
  const stranger = await api.graphql(
    SubmitQuoteDocument,
    { input: { invitationId: invitation.id, amount: 1, note: '' } },
    passedMember,
  );
  expect(stranger.body.data!.submitQuote.userErrors).toEqual([
    { code: 'NOT_FOUND', field: ['input', 'invitationId'] },
  ]);
  // other members and anonymous callers do not see the invitations
  expect(
    (await api.graphql(MyInvitationsDocument, { kvkNumber: winner.kvkNumber }, passedMember)).body.data!
      .businessByKvkNumber!.procurementInvitations,
  ).toBeNull();

  // Awarding before the quotes are closed is out of order.
  const early = await api.graphql(AwardProcurementRequestDocument, { input: { requestId, quoteId } }, zeist);
  expect(early.body.data!.awardProcurementRequest.userErrors).toEqual([
    { code: 'INVALID_TRANSITION', field: ['input', 'requestId'] },
  ]);
  // After the deadline a quote is refused with DEADLINE_PASSED.
  const dbId = Buffer.from(requestId, 'base64url').toString().split(':')[1];
  await api.dataSource.query(
    `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
    [dbId],
  );
  const late = await api.graphql(
    SubmitQuoteDocument,
    { input: { invitationId: invitation.id, amount: 5_000_000, note: '' } },
    member,
  );
  expect(late.body.data!.submitQuote.userErrors).toEqual([
    { code: 'DEADLINE_PASSED', field: ['input', 'invitationId'] },
  ]);

  expect(
    (await api.graphql(CloseProcurementRequestDocument, { id: requestId }, zeist)).body.data!
      .closeProcurementRequest.userErrors,
  ).toEqual([]);
  // Sealed quotes: opened (and, for multiple quotes, confirmed by a second civil servant) before the award.
  await openQuotes(api, 'GM0355', requestId);
  const award = await api.graphql(AwardProcurementRequestDocument, { input: { requestId, quoteId } }, zeist);
  expect(award.body.data!.awardProcurementRequest).toEqual({
    userErrors: [],
    award: expect.objectContaining({
      title: 'Campagne afvalscheiding',
      value: 5_450_000,
      socialReturnPercentage: 5,
      socialReturnObligation: 272_500,
      regional: true,
    }),
  });
  const again = await api.graphql(AwardProcurementRequestDocument, { input: { requestId, quoteId } }, zeist);
  expect(again.body.data!.awardProcurementRequest.userErrors[0].code).toBe('INVALID_TRANSITION');

  // Awards are public; the request behind them is not.
  const awards = await api.graphql(AwardsDocument, {
    municipality: 'GM0355',
    year: new Date().getFullYear(),
  });
  const published = awards.body.data!.awards.nodes.find((a) => a.title === 'Campagne afvalscheiding')!;
  expect(published).toMatchObject({ value: 5_450_000, municipality: { cbsCode: 'GM0355' }, request: null });
  expect(published.cpvCategory.code).toBe(ADVERTISING);
});

test('two buyers inviting overlapping suppliers at once both succeed, without deadlock', async () => {
  const zeist = await civilServant(api, 'GM0355');
  const deBilt = await civilServant(api, 'GM0310');
  const zeistRequest = await createRequest(api, zeist, { cpvCode: ADVERTISING, estimatedValue: 6_000_000 });
  const deBiltRequest = await createRequest(api, deBilt, { cpvCode: ADVERTISING, estimatedValue: 6_000_000 });
  const ids = [s.z1, s.b1, s.b2, s.u].map((x) => x.profileId);
  const [a, b] = await Promise.all([
    api.graphql(
      InviteSuppliersDocument,
      { input: { requestId: zeistRequest, supplierIds: ids.slice(0, 3) } },
      zeist,
    ),
    api.graphql(
      InviteSuppliersDocument,
      { input: { requestId: deBiltRequest, supplierIds: [...ids].reverse().slice(0, 3) } },
      deBilt,
    ),
  ]);
  expect(a.body.errors).toBeUndefined();
  expect(b.body.errors).toBeUndefined();
  expect(a.body.data!.inviteSuppliers.userErrors).toEqual([]);
  expect(b.body.data!.inviteSuppliers.userErrors).toEqual([]);
  const zeistLog = (await api.graphql(InvitationLogDocument, { requestId: zeistRequest }, zeist)).body.data!
    .invitationLog;
  const deBiltLog = (await api.graphql(InvitationLogDocument, { requestId: deBiltRequest }, deBilt)).body
    .data!.invitationLog;
  expect(zeistLog.filter((e) => e.outcome === 'INVITED')).toHaveLength(3);
  expect(deBiltLog.filter((e) => e.outcome === 'INVITED')).toHaveLength(3);
  // Both buyers' invitations stamped the shared suppliers: they are now the most recently invited.
  const [row] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM supplier_profile
      WHERE last_invited_at > now() - interval '1 minute' AND id = ANY($1)`,
    [[s.b1, s.b2].map((x) => Buffer.from(x.profileId, 'base64url').toString().split(':')[1])],
  );
  expect(row.n).toBe(2);
});

test('figures agree with an independent computation', async () => {
  const year = new Date().getFullYear();
  for (const municipality of ['GM0355', null]) {
    const response = await api.graphql(ProcurementStatsDocument, { year, municipality });
    expect(response.body.errors).toBeUndefined();
    const stats = response.body.data!.procurementStats;
    const where = municipality ? `AND m.cbs_code = '${municipality}'` : '';
    const q = async (sql: string) => (await api.dataSource.query(sql))[0];
    const requests = await q(
      `SELECT count(*)::int AS n FROM procurement_request r JOIN municipality m ON m.id = r.municipality_id
        WHERE extract(year FROM r.created_at AT TIME ZONE 'Europe/Amsterdam') = ${year} ${where}`,
    );
    const awards = await q(
      `SELECT count(*)::int AS n, COALESCE(sum(a.value), 0)::float AS value,
              COALESCE(sum(a.value) FILTER (WHERE b.municipality_id = r.municipality_id), 0)::float AS local_value,
              COALESCE(sum(a.value) FILTER (WHERE bm.in_region), 0)::float AS regional_value
         FROM award a JOIN procurement_request r ON r.id = a.request_id JOIN municipality m ON m.id = r.municipality_id
         JOIN business b ON b.id = a.business_id JOIN municipality bm ON bm.id = b.municipality_id
        WHERE extract(year FROM a.awarded_at AT TIME ZONE 'Europe/Amsterdam') = ${year} ${where}`,
    );
    const perSupplier: { n: number }[] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM invitation i JOIN procurement_request r ON r.id = i.request_id
         JOIN municipality m ON m.id = r.municipality_id
        WHERE i.outcome = 'INVITED' AND extract(year FROM i.decided_at AT TIME ZONE 'Europe/Amsterdam') = ${year} ${where}
        GROUP BY i.profile_id ORDER BY 1 DESC`,
    );
    const invitations = perSupplier.reduce((sum, row) => sum + row.n, 0);
    const top = perSupplier
      .slice(0, Math.ceil(perSupplier.length * 0.1))
      .reduce((sum, row) => sum + row.n, 0);
    expect(stats.requests).toBe(requests.n);
    expect(stats.awards).toBe(awards.n);
    expect(stats.awardedValue).toBe(awards.value);
    expect(stats.localValueShare).toBeCloseTo(awards.local_value / awards.value);
    expect(stats.regionalValueShare).toBeCloseTo(awards.regional_value / awards.value);
    expect(stats.suppliersInvited).toBe(perSupplier.length);
    expect(stats.invitations).toBe(invitations);
    expect(stats.topDecileInvitationShare).toBeCloseTo(top / invitations);
    const divisions: { division: string; awards: number; awardedValue: number }[] =
      await api.dataSource.query(
        `SELECT left(r.cpv_code, 2) || '000000' AS division, count(*)::int AS awards, sum(a.value)::float AS "awardedValue"
         FROM award a JOIN procurement_request r ON r.id = a.request_id JOIN municipality m ON m.id = r.municipality_id
        WHERE extract(year FROM a.awarded_at AT TIME ZONE 'Europe/Amsterdam') = ${year} ${where}
        GROUP BY 1 ORDER BY 1`,
      );
    expect(stats.divisions).toEqual(divisions);
    expect(stats.divisions.map((d) => d.division)).toContain('79000000');
    expect(stats.awards).toBeGreaterThan(0);
    const zeist = response.body.data!.municipalities.find((m) => m.cbsCode === 'GM0355')!;
    if (municipality)
      expect(zeist.procurementStats).toEqual({ requests: stats.requests, awards: stats.awards });
  }
});
