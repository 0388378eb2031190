import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
});
afterAll(() => api.close());

const SEARCH = `query Search($search: String, $first: Int, $after: String) {
  cpvCategories(search: $search, first: $first, after: $after) {
    totalCount
    nodes { code label englishLabel dutchLabel }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface Found {
  totalCount: number;
  nodes: { code: string; label: string; englishLabel: string; dutchLabel: string | null }[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

async function search(words: string, first = 5, after?: string | null, headers?: Record<string, string>) {
  const response = await api.graphql<{ cpvCategories: Found }>(
    SEARCH,
    { search: words, first, after },
    headers,
  );
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.cpvCategories;
}

/** What a municipality buys, in the words its civil servants type, and the category that must come first. */
const DUTCH_QUERIES: [string, string][] = [
  ['schoonmaak', '90910000'],
  ['schilderwerk', '45442100'],
  ['groenonderhoud', '77310000'],
  ['catering', '55520000'],
  ['ICT', '72000000'],
  ['beveiliging', '79710000'],
  ['bestrating', '45233250'],
  ['riolering', '90480000'],
  ['rioolwerk', '45232400'],
  ['vertaling', '79530000'],
  ['laptop', '30213100'],
  ['verzekering', '66510000'],
  ['glazenwasser', '90911300'],
  ['ongediertebestrijding', '90922000'],
  ['sneeuwruimen', '90620000'],
  ['gladheidsbestrijding', '90630000'],
  ['speeltoestellen', '37535200'],
  ['dakdekker', '45261000'],
  ['isolatie', '45320000'],
  ['loodgieter', '45330000'],
  ['elektricien', '45310000'],
  ['verhuizen', '98392000'],
  ['uitzendkrachten', '79620000'],
  ['reclame', '79341000'],
  ['juridisch advies', '79111000'],
  ['architect', '71200000'],
  ['bomen snoeien', '77341000'],
  ['leerlingenvervoer', '60130000'],
  ['wegenbouw', '45233120'],
  ['sloopwerk', '45111100'],
  ['tolk', '79540000'],
  ['fietspad', '45233162'],
  ['kantoormeubilair', '39130000'],
  ['software', '48000000'],
  ['evenementen', '79952000'],
  ['onkruid', '77312000'],
  ['straatverlichting', '34928500'],
  ['afvalinzameling', '90511000'],
  ['bouwwerkzaamheden', '45000000'],
  ['maatschappelijk werk', '85310000'],
  ['werkkleding', '18100000'],
  // a partial or misspelt word
  ['schilder', '45440000'],
  ['schilderw', '45442100'],
  ['glazenwaser', '90911300'],
  ['ongedierte bestrijding', '90922000'],
  ['groenonderhou', '77310000'],
];

describe('Dutch words find the categories a municipality buys, the best match first', () => {
  test.each(DUTCH_QUERIES)('%s → %s', async (words, code) => {
    const found = await search(words);
    expect(found.nodes[0]?.code).toBe(code);
  });
});

test('English words still find the official labels', async () => {
  expect((await search('painting work')).nodes.map((n) => n.code)).toContain('45442100');
  expect((await search('cleaning services')).nodes[0].code).toBe('90910000');
});

test('labels are Dutch by default where a Dutch name exists, English on Accept-Language: en', async () => {
  const dutch = await search('schoonmaak', 1, null, { 'accept-language': 'nl' });
  expect(dutch.nodes[0]).toEqual({
    code: '90910000',
    label: 'Schoonmaakdiensten',
    englishLabel: 'Cleaning services',
    dutchLabel: 'Schoonmaakdiensten',
  });
  const english = await search('schoonmaak', 1, null, { 'accept-language': 'en' });
  expect(english.nodes[0].label).toBe('Cleaning services');
  // without a curated name the official English label is the label
  const egg = await search('42213000', 1, null, { 'accept-language': 'nl' });
  expect(egg.nodes[0]).toMatchObject({ dutchLabel: null, label: egg.nodes[0].englishLabel });
});

test('every division has a Dutch name', async () => {
  const { rows } = {
    rows: (await api.dataSource.query(
      `SELECT code FROM cpv_category WHERE level = 1 AND dutch_label IS NULL`,
    )) as { code: string }[],
  };
  expect(rows).toEqual([]);
  const [{ n }] = (await api.dataSource.query(
    'SELECT count(*)::int AS n FROM cpv_category WHERE dutch_label IS NOT NULL',
  )) as { n: number }[];
  expect(n).toBeGreaterThan(450);
});

test('pages of a search follow the relevance order without repeating or skipping a category', async () => {
  const all = await search('reiniging', 100);
  expect(all.totalCount).toBe(all.nodes.length);
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Found = await search('reiniging', 3, after);
    seen.push(...page.nodes.map((n) => n.code));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  expect(seen).toEqual(all.nodes.map((n) => n.code));
});

test('a code prefix still lists by code', async () => {
  expect((await search('4544', 3)).nodes.map((n) => n.code)).toEqual(['45440000', '45441000', '45442000']);
});

test('every condition of a word search can be served by an index', async () => {
  const runner = api.dataSource.createQueryRunner();
  try {
    await runner.startTransaction();
    await runner.query('SET LOCAL enable_seqscan = off');
    const plan = (
      (await runner.query(
        `EXPLAIN SELECT id FROM cpv_category cpv
          WHERE cpv.search_vector @@ plainto_tsquery('english', $1)
             OR cpv.dutch_search_vector @@ to_tsquery('simple', $2)
             OR $1 <% cpv.label OR $1 <% cpv.dutch_words`,
        ['schoonmaak', 'schoonmaak:*'],
      )) as { 'QUERY PLAN': string }[]
    )
      .map((row) => row['QUERY PLAN'])
      .join('\n');
    for (const index of [
      'cpv_category_search_vector',
      'cpv_category_dutch_search_vector',
      'cpv_category_label_trgm',
      'cpv_category_dutch_words_trgm',
    ]) {
      expect(plan).toContain(`Bitmap Index Scan on ${index}`);
    }
    expect(plan).not.toContain('Seq Scan');
  } finally {
    await runner.rollbackTransaction();
    await runner.release();
  }
});

test('the database holds the vocabulary the code formats with (a change to it needs a migration)', async () => {
  const vocabulary = (await import('../../src/modules/procurement/cpv-dutch.json')).default as string[][];
  const rows = (await api.dataSource.query(
    `SELECT code, dutch_label, coalesce(dutch_terms, '') AS terms FROM cpv_category
      WHERE dutch_label IS NOT NULL ORDER BY code`,
  )) as { code: string; dutch_label: string; terms: string }[];
  expect(rows.map((row) => [row.code, row.dutch_label, row.terms])).toEqual(vocabulary);
});
