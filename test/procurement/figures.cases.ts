import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

// `Municipality.procurementStats(year:)` is batched: the municipalities of one request share one grouped
// statement per year, and each gets exactly the figures `procurementStats(year:, municipality:)` gives.

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const FIELDS = `requests awards awardedValue regionalValueShare localValueShare regionalAwardShare localAwardShare
  suppliersInvited invitations topDecileInvitationShare divisions { division label awards awardedValue }`;

interface Figures {
  requests: number;
  awards: number;
  [field: string]: unknown;
}

const municipalityFigures = (filter: string, year: number) =>
  api.graphql<{ municipalities: { cbsCode: string; procurementStats: Figures }[] }>(
    `query MunicipalityFigures { municipalities(${filter}) { cbsCode procurementStats(year: ${year}) { ${FIELDS} } } }`,
  );

test('five municipalities’ figures cost the statements of one', async () => {
  const one = await api.graphql<{ municipality: { cbsCode: string; procurementStats: Figures } }>(
    `query OneMunicipalityFigures { municipality(cbsCode: "GM0355") { cbsCode procurementStats(year: 2018) { ${FIELDS} } } }`,
  );
  const five = await municipalityFigures('inRegion: true', 2018);
  expect(one.body.errors).toBeUndefined();
  expect(five.body.errors).toBeUndefined();
  expect(five.body.data!.municipalities).toHaveLength(5);
  expect(five.body.data!.municipalities.every((m) => m.procurementStats.awards > 0)).toBe(true);
  const [oneLog, fiveLog] = [await api.logOf(one), await api.logOf(five)];
  // the municipality (or municipalities), then the figures
  expect(oneLog.sqlCount).toBe(2);
  expect(fiveLog.sqlCount).toBe(oneLog.sqlCount);
});

test('the batched figures of each municipality are those of procurementStats(municipality:)', async () => {
  for (const year of [2018, 2019]) {
    const batched = (await municipalityFigures('inRegion: true', year)).body.data!.municipalities;
    for (const { cbsCode, procurementStats } of batched) {
      const single = await api.graphql<{ procurementStats: Figures }>(
        `query($year: Int!, $municipality: String) { procurementStats(year: $year, municipality: $municipality) { ${FIELDS} } }`,
        { year, municipality: cbsCode },
      );
      expect(single.body.data!.procurementStats).toEqual(procurementStats);
    }
    // Together they add up to the figures of all municipalities.
    const all = await api.graphql<{ procurementStats: Figures }>(
      `query($year: Int!) { procurementStats(year: $year) { requests awards } }`,
      { year },
    );
    const sum = (field: 'requests' | 'awards') =>
      batched.reduce((total, m) => total + m.procurementStats[field], 0);
    expect(all.body.data!.procurementStats).toEqual({ requests: sum('requests'), awards: sum('awards') });
  }
});

test('figures of two years in one request: one statement per year', async () => {
  const res = await api.graphql<{
    municipalities: { a: Figures; b: Figures }[];
  }>(
    `query TwoYears { municipalities(inRegion: true) {
       a: procurementStats(year: 2018) { awards } b: procurementStats(year: 2019) { awards } } }`,
  );
  expect(res.body.errors).toBeUndefined();
  expect((await api.logOf(res)).sqlCount).toBe(3);
});

test('a year out of range is BAD_USER_INPUT on the municipality field too', async () => {
  const res = await municipalityFigures('inRegion: true', 1900);
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('procurementStats(municipality:) names the municipality by CBS code; a malformed or unknown one is refused', async () => {
  const figures = (municipality: string, year = 2018) =>
    api.graphql<{ procurementStats: { municipality: string | null; awards: number } }>(
      `query($year: Int!, $municipality: String) { procurementStats(year: $year, municipality: $municipality) { municipality awards } }`,
      { year, municipality },
    );
  const zeist = await figures('GM0355');
  expect(zeist.body.errors).toBeUndefined();
  expect(zeist.body.data!.procurementStats).toEqual({ municipality: 'GM0355', awards: expect.any(Number) });
  const codeOf = async (response: Awaited<ReturnType<typeof figures>>) =>
    response.body.errors?.[0].extensions?.code;
  expect(await codeOf(await figures('Zeist'))).toBe('BAD_USER_INPUT');
  expect(await codeOf(await figures('Zeist', 1900))).toBe('BAD_USER_INPUT');
  expect(await codeOf(await figures('GM9999', 1900))).toBe('BAD_USER_INPUT');
  // a typo never reads as a municipality without procurement
  expect(await codeOf(await figures('GM9999'))).toBe('NOT_FOUND');
});
