import { RequiredProcedureDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
});
afterAll(() => api.close());

const euros = (amount: number) => Math.round(amount * 100);
const PAINTING = '45442100'; // works
const PRINTING = '79810000'; // services
const FURNITURE = '39100000'; // supplies
const PHYSIOTHERAPY = '85142100'; // social services

async function procedure(municipality: string, cpv: string, value: number, on: string) {
  const response = await api.graphql(RequiredProcedureDocument, {
    municipality,
    cpv,
    estimatedValue: euros(value),
    on,
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.requiredProcedure;
}

// [municipality, cpv, euros, day, expected procedure]
const CASES: [string, string, number, string, string][] = [
  // Zeist, services: 3-5 quotes from €40,000 until 2019, from €50,000 since 2020
  ['GM0355', PRINTING, 39_999.99, '2019-12-31', 'SINGLE_QUOTE'],
  ['GM0355', PRINTING, 40_000, '2019-12-31', 'MULTIPLE_QUOTE'],
  ['GM0355', PRINTING, 40_000, '2020-01-01', 'SINGLE_QUOTE'],
  ['GM0355', PRINTING, 49_999.99, '2020-01-01', 'SINGLE_QUOTE'],
  ['GM0355', PRINTING, 50_000, '2020-01-01', 'MULTIPLE_QUOTE'],
  // EU supplies/services: €221,000 in 2018-19, €214,000 in 2020-21, €215,000 in 2022-23, €221,000 in 2024-25
  ['GM0355', PRINTING, 220_999.99, '2018-06-01', 'MULTIPLE_QUOTE'],
  ['GM0355', PRINTING, 221_000, '2018-06-01', 'EUROPEAN'],
  ['GM0355', FURNITURE, 214_000, '2019-12-31', 'MULTIPLE_QUOTE'],
  ['GM0355', FURNITURE, 214_000, '2020-01-01', 'EUROPEAN'],
  ['GM0310', FURNITURE, 214_500, '2021-12-31', 'EUROPEAN'],
  ['GM0310', FURNITURE, 214_500, '2022-01-01', 'MULTIPLE_QUOTE'],
  ['GM0310', FURNITURE, 215_000, '2023-12-31', 'EUROPEAN'],
  ['GM0310', FURNITURE, 220_999.99, '2024-01-01', 'MULTIPLE_QUOTE'],
  ['GM0310', FURNITURE, 221_000, '2025-12-31', 'EUROPEAN'],
  // Works in Bunnik: 3-5 quotes from €100,000, national from €1,000,000, EU €5,548,000 in 2018-19
  ['GM0312', PAINTING, 99_999.99, '2018-03-01', 'SINGLE_QUOTE'],
  ['GM0312', PAINTING, 100_000, '2018-03-01', 'MULTIPLE_QUOTE'],
  ['GM0312', PAINTING, 999_999.99, '2018-03-01', 'MULTIPLE_QUOTE'],
  ['GM0312', PAINTING, 1_000_000, '2018-03-01', 'NATIONAL'],
  ['GM0312', PAINTING, 5_547_999.99, '2019-12-31', 'NATIONAL'],
  ['GM0312', PAINTING, 5_548_000, '2019-12-31', 'EUROPEAN'],
  ['GM0312', PAINTING, 5_548_000, '2020-01-01', 'EUROPEAN'],
  ['GM0312', PAINTING, 5_349_999.99, '2020-01-01', 'NATIONAL'],
  ['GM0312', PAINTING, 5_538_000, '2024-05-01', 'EUROPEAN'],
  // Works in Zeist: national from €1,500,000
  ['GM0355', PAINTING, 1_499_999.99, '2018-03-01', 'MULTIPLE_QUOTE'],
  ['GM0355', PAINTING, 1_500_000, '2018-03-01', 'NATIONAL'],
  // Social services: the light regime's €750,000
  ['GM0352', PHYSIOTHERAPY, 749_999.99, '2019-01-01', 'MULTIPLE_QUOTE'],
  ['GM0352', PHYSIOTHERAPY, 750_000, '2019-01-01', 'EUROPEAN'],
  ['GM0352', PHYSIOTHERAPY, 32_999.99, '2019-01-01', 'SINGLE_QUOTE'],
  // A municipality outside the region has no municipal bands here: only the EU threshold applies
  ['GM0344', PRINTING, 100_000, '2019-01-01', 'SINGLE_QUOTE'],
  ['GM0344', PRINTING, 221_000, '2019-01-01', 'EUROPEAN'],
];

test.each(CASES)('%s %s €%d on %s: %s', async (municipality, cpv, value, on, expected) => {
  expect((await procedure(municipality, cpv, value, on)).procedure).toBe(expected);
});

test('the answer explains which threshold applied', async () => {
  const european = await procedure('GM0355', PRINTING, 221_000, '2018-06-01');
  expect(european).toMatchObject({
    kind: 'SERVICES',
    threshold: {
      municipalityCode: null,
      fromValue: euros(221_000),
      since: '2018-01-01',
      until: '2019-12-31',
      source: 'Gedelegeerde Verordening (EU) 2017/2365',
    },
  });
  expect(european.explanation).toBe(
    '€221,000 for services on 2018-06-01 reaches the EU threshold (Gedelegeerde Verordening (EU) 2017/2365) ' +
      'of €221,000 (in force 2018-01-01 to 2019-12-31): at least EUROPEAN.',
  );
  expect(european.thresholds).toEqual([
    { procedure: 'MULTIPLE_QUOTE', fromValue: euros(40_000) },
    { procedure: 'EUROPEAN', fromValue: euros(221_000) },
  ]);
  const single = await procedure('GM0355', PRINTING, 39_999.99, '2019-12-31');
  expect(single.threshold).toBeNull();
  expect(single.explanation).toContain('€39,999.99 for services on 2019-12-31 is below the lowest threshold');
  expect(single.explanation).toContain('gemeente Zeist');
  // A works contract above the 32-bit range of GraphQL Int: EuroCents carries it exactly.
  const large = await procedure('GM0355', PAINTING, 30_000_000, '2026-03-01');
  expect(large).toMatchObject({ procedure: 'EUROPEAN', kind: 'WORKS' });
});

test('bad arguments are refused with BAD_USER_INPUT on the argument', async () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ municipality: 'Zeist', cpv: PRINTING, estimatedValue: 100 }, 'municipality'],
    [{ municipality: 'GM0355', cpv: '7981', estimatedValue: 100 }, 'cpv'],
    [{ municipality: 'GM0355', cpv: '79810099', estimatedValue: 100 }, 'cpv'],
  ];
  for (const [variables, argument] of cases) {
    const response = await api.graphql(RequiredProcedureDocument, variables as never);
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: [argument], message: expect.any(String) }],
    });
  }
  const negative = await api.graphql(RequiredProcedureDocument, {
    municipality: 'GM0355',
    cpv: PRINTING,
    estimatedValue: -1,
  });
  expect(negative.body.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
});
