import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { dbId, Role, startTestServer } from '../support/test-server';

// Who sees a quote, and who sees the name of the civil servant behind an award, on an awarded demo request
// of Zeist with several quotes: through the request, through `node(id:)` and through the public awards.

let api: TestServer;
let requestId: string;
let quoteIds: string[];
let quoterKvks: string[];
let otherKvk: string;
let awardedByName: string;

beforeAll(async () => {
  api = await startTestServer();
  const [row] = await api.dataSource.query(
    `SELECT r.id, array_agg(q.id ORDER BY q.amount, q.id) AS quotes,
            array_agg(b.kvk_number ORDER BY q.amount, q.id) AS kvks, a.awarded_by_name
       FROM procurement_request r
       JOIN municipality m ON m.id = r.municipality_id
       JOIN award a ON a.request_id = r.id
       JOIN quote q ON q.request_id = r.id
       JOIN supplier_profile p ON p.id = q.profile_id
       JOIN business b ON b.id = p.business_id
      WHERE m.cbs_code = 'GM0355' AND r.status = 'AWARDED'
      GROUP BY r.id, a.awarded_by_name
     HAVING count(*) >= 2
      ORDER BY r.created_at LIMIT 1`,
  );
  requestId = toGlobalId('ProcurementRequest', row.id);
  quoteIds = row.quotes.map((id: string) => toGlobalId('Quote', id));
  quoterKvks = row.kvks;
  awardedByName = row.awarded_by_name;
  // A member whose business was not invited for this request.
  const [other] = await api.dataSource.query(
    `SELECT b.kvk_number FROM business b
      WHERE NOT EXISTS (SELECT 1 FROM invitation i JOIN supplier_profile p ON p.id = i.profile_id
                         WHERE i.request_id = $1 AND p.business_id = b.id)
      ORDER BY b.kvk_number LIMIT 1`,
    [row.id],
  );
  otherKvk = other.kvk_number;
});
afterAll(() => api.close());

const member = (kvk: string) => api.token({ roles: [Role.MEMBER], kvk, sub: `lid-${kvk}`, name: 'Lid' });
const civilServant = (municipality: string) => api.token({ roles: [Role.CIVIL_SERVANT], municipality });

interface Seen {
  request: { quotes: { id: string; amount: number }[] } | null;
  quotes: ({ id: string } | null)[];
  award: { awardedByName: string | null } | null;
}

/** What a caller sees of the request's quotes, of each quote by `node`, and of the award's actor. */
async function seenBy(headers: Record<string, string>): Promise<Seen> {
  const res = await api.graphql<{
    procurementRequest: Seen['request'];
    awards: { nodes: { request: { id: string } | null; awardedByName: string | null; title: string }[] };
    [alias: string]: unknown;
  }>(
    `query Seen($id: ID!, ${quoteIds.map((_, i) => `$q${i}: ID!`).join(', ')}) {
      procurementRequest(id: $id) { quotes { id amount } }
      ${quoteIds.map((_, i) => `q${i}: node(id: $q${i}) { id ... on Quote { amount } }`).join('\n')}
      node(id: $id) { ... on ProcurementRequest { award { awardedByName } } }
    }`,
    { id: requestId, ...Object.fromEntries(quoteIds.map((id, i) => [`q${i}`, id])) },
    headers,
  );
  expect(res.body.errors).toBeUndefined();
  const data = res.body.data! as Record<string, unknown>;
  return {
    request: data.procurementRequest as Seen['request'],
    quotes: quoteIds.map((_, i) => data[`q${i}`] as { id: string } | null),
    award: (data.node as { award: Seen['award'] } | null)?.award ?? null,
  };
}

test('the buyers (admins, civil servants of the municipality) see every quote, also through node', async () => {
  for (const headers of [await api.token({ roles: [Role.ADMIN] }), await civilServant('GM0355')]) {
    const seen = await seenBy(headers);
    expect(seen.request!.quotes.map((q) => q.id)).toEqual(quoteIds);
    expect(seen.quotes.map((q) => q?.id)).toEqual(quoteIds);
  }
});

test('a quoting supplier’s member sees its own quote only', async () => {
  const seen = await seenBy(await member(quoterKvks[1]));
  expect(seen.request!.quotes.map((q) => q.id)).toEqual([quoteIds[1]]);
  expect(seen.quotes.map((q) => q?.id ?? null)).toEqual(quoteIds.map((id, i) => (i === 1 ? id : null)));
});

test('another municipality’s civil servant, another member, anonymous callers and API keys see no quote', async () => {
  const callers: [string, Record<string, string>][] = [
    ['Bunnik civil servant', await civilServant('GM0312')],
    ['member of a business not invited', await member(otherKvk)],
    ['anonymous', {}],
    ['suppliers:read key', (await api.apiKey('Rabobank Heuvelrug', ['suppliers:read'])).headers],
    ['events:read key', (await api.apiKey('Rabobank Heuvelrug', ['events:read'])).headers],
  ];
  for (const [who, headers] of callers) {
    const seen = await seenBy(headers);
    expect([who, seen.request, seen.quotes]).toEqual([who, null, quoteIds.map(() => null)]);
  }
});

test('the name of the civil servant who awarded is for the buyers only; the award stays public', async () => {
  const query = `query($municipality: String) {
    awards(municipality: $municipality, first: 100) { nodes { id value awardedByName request { id } } }
  }`;
  type Awards = {
    awards: { nodes: { value: number; awardedByName: string | null; request: { id: string } | null }[] };
  };
  const buyers: Record<string, string>[] = [
    await api.token({ roles: [Role.ADMIN] }),
    await civilServant('GM0355'),
  ];
  const others: Record<string, string>[] = [
    {},
    await civilServant('GM0312'),
    await member(quoterKvks[0]),
    (await api.apiKey('Rabobank Heuvelrug', ['suppliers:read'])).headers,
  ];
  for (const headers of buyers) {
    const nodes = (await api.graphql<Awards>(query, { municipality: 'GM0355' }, headers)).body.data!.awards
      .nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.awardedByName === awardedByName)).toBe(true);
  }
  for (const headers of others) {
    const res = await api.graphql<Awards>(query, { municipality: 'GM0355' }, headers);
    expect(res.body.errors).toBeUndefined();
    const nodes = res.body.data!.awards.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((n) => n.value > 0 && n.awardedByName === null)).toBe(true);
  }
  // A civil servant of Bunnik sees the names of Bunnik's own awards, not Zeist's.
  const all = (await api.graphql<Awards>(query, {}, await civilServant('GM0312'))).body.data!.awards.nodes;
  expect(all.some((n) => n.awardedByName === 'Sanne Koster')).toBe(true);
  expect(all.some((n) => n.awardedByName === awardedByName)).toBe(false);
  // The same through node(id:) for the winning supplier's member.
  expect((await seenBy(await member(quoterKvks[0]))).award).toEqual({ awardedByName: null });
});

test('the names of the civil servants behind a request and its invitations are for the buyers only', async () => {
  // The request's maker and the invitations' deciders are the same people as the award's: a member who sees
  // one name must not see the others.
  const query = `query($id: ID!) {
    procurementRequest(id: $id) { createdByName invitations { decidedByName } }
    invitationLog(requestId: $id) { decidedByName }
    node(id: $id) { ... on ProcurementRequest { createdByName } }
  }`;
  type Names = {
    procurementRequest: {
      createdByName: string | null;
      invitations: { decidedByName: string | null }[];
    } | null;
    invitationLog: { decidedByName: string | null }[];
    node: { createdByName: string | null } | null;
  };
  const [names] = await api.dataSource.query(
    `SELECT r.created_by_name AS created, array_agg(DISTINCT i.decided_by_name) AS decided
       FROM procurement_request r JOIN invitation i ON i.request_id = r.id WHERE r.id = $1 GROUP BY r.id`,
    [dbId(requestId)],
  );
  for (const headers of [await api.token({ roles: [Role.ADMIN] }), await civilServant('GM0355')]) {
    const res = await api.graphql<Names>(query, { id: requestId }, headers);
    expect(res.body.errors).toBeUndefined();
    const data = res.body.data!;
    expect(data.procurementRequest!.createdByName).toBe(names.created);
    expect(data.node!.createdByName).toBe(names.created);
    expect(data.invitationLog.length).toBeGreaterThan(0);
    for (const entry of [...data.invitationLog, ...data.procurementRequest!.invitations])
      expect(names.decided).toContain(entry.decidedByName);
  }
  // A quoting supplier's member sees the request and its own invitation, but neither name.
  const res = await api.graphql<Names>(query, { id: requestId }, await member(quoterKvks[1]));
  expect(res.body.errors).toBeUndefined();
  const data = res.body.data!;
  expect(data.procurementRequest).not.toBeNull();
  expect(data.procurementRequest!.createdByName).toBeNull();
  expect(data.node!.createdByName).toBeNull();
  expect(data.invitationLog.length).toBeGreaterThan(0);
  expect([...data.invitationLog, ...data.procurementRequest!.invitations]).toEqual(
    expect.arrayContaining([{ decidedByName: null }]),
  );
  expect(
    [...data.invitationLog, ...data.procurementRequest!.invitations].every((e) => e.decidedByName === null),
  ).toBe(true);
  expect(JSON.stringify(data)).not.toContain(names.created);
});
