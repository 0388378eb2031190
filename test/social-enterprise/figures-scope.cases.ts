import { SocialEnterpriseStatsDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { toGlobalId } from '../../src/kit';
import { coach, dbId, postOpportunity } from './fixtures';

// Which year and which municipality `socialEnterpriseStats` counts: the year in Amsterdam time, the
// municipality by its CBS code, refused when malformed or unknown.

let api: TestServer;
let coachHeaders: Record<string, string>;
const HOUTEN = 'GM0321';

beforeAll(async () => {
  api = await startTestServer();
  coachHeaders = await coach(api);
});
afterAll(() => api.close());

const stats = (year: number, municipality?: string) =>
  api.graphql(SocialEnterpriseStatsDocument, { year, municipality }, coachHeaders);

test('a year is the calendar year in Amsterdam: the first and last instants of it count, the ones beside not', async () => {
  const [row] = await api.dataSource.query(`SELECT id FROM organisation WHERE name = 'Werk bij Duurstede'`);
  const post = async (createdAt: string) => {
    const id = await postOpportunity(api, coachHeaders, {
      kind: 'PROJECT',
      title: `Project van ${createdAt}`,
      municipality: HOUTEN,
      organisationId: toGlobalId('Organisation', row.id),
    });
    await api.dataSource.query(`UPDATE opportunity SET created_at = $2 WHERE id = $1`, [dbId(id), createdAt]);
  };
  // 2040-01-01 00:00 in Amsterdam is 2039-12-31 23:00 UTC; 2041-01-01 00:00 is 2040-12-31 23:00 UTC.
  await post('2039-12-31T22:59:59.999Z');
  await post('2039-12-31T23:00:00.000Z');
  await post('2040-12-31T22:59:59.999Z');
  await post('2040-12-31T23:00:00.000Z');
  const counts = async (year: number) => {
    const response = await stats(year, HOUTEN);
    expect(response.body.errors).toBeUndefined();
    return response.body.data!.socialEnterpriseStats.opportunities.value;
  };
  expect([await counts(2039), await counts(2040), await counts(2041)]).toEqual([1, 2, 1]);
});

test('a malformed CBS code is BAD_USER_INPUT, an unknown one NOT_FOUND, as in annualReview', async () => {
  const malformed = await stats(2026, 'Houten');
  expect(malformed.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  const unknown = await stats(2026, 'GM9999');
  expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  expect(unknown.body.errors?.[0].message).toBe('No municipality has CBS code GM9999');
});
