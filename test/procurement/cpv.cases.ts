import { CPV_FUZZY_SEARCH_MAX } from '../../src/modules/procurement/cpv.service';
import { CpvCategoriesDocument, CpvCategoryDocument, CpvNodeDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer({ template: 'empty' });
});
afterAll(() => api.close());

test('the migration inserts all 9,454 CPV codes with parent, level and kind', async () => {
  const [row] = await api.dataSource.query(
    `SELECT count(*)::int AS codes,
            count(*) FILTER (WHERE level = 1)::int AS divisions,
            count(*) FILTER (WHERE parent_code IS NULL)::int AS roots,
            count(*) FILTER (WHERE kind = 'WORKS')::int AS works,
            count(*) FILTER (WHERE kind = 'SUPPLIES' AND left(code, 2) NOT BETWEEN '03' AND '48')::int AS odd
       FROM cpv_category`,
  );
  expect(row).toEqual({ codes: 9454, divisions: 45, roots: 45, works: expect.any(Number), odd: 0 });
  const kinds = await api.dataSource.query(
    `SELECT code, kind FROM cpv_category WHERE code IN ('03000000', '44000000', '45000000', '48000000', '50000000', '98000000') ORDER BY code`,
  );
  expect(kinds.map((k: { kind: string }) => k.kind)).toEqual([
    'SUPPLIES',
    'SUPPLIES',
    'WORKS',
    'SUPPLIES',
    'SERVICES',
    'SERVICES',
  ]);
});

test('a category with its check digit: parent found by zeroing digits, ancestors division first', async () => {
  const response = await api.graphql(CpvCategoryDocument, { code: '45442121-0' });
  expect(response.body.errors).toBeUndefined();
  const category = response.body.data!.cpvCategory!;
  expect(category).toMatchObject({
    code: '45442121',
    label: 'Painting work of structures',
    level: 7,
    kind: 'WORKS',
    parent: { code: '45442120' },
    children: [],
  });
  expect(category.ancestors).toEqual([
    { code: '45000000', level: 1 },
    { code: '45400000', level: 2 },
    { code: '45440000', level: 3 },
    { code: '45442000', level: 4 },
    { code: '45442100', level: 5 },
    { code: '45442120', level: 6 },
  ]);
  const node = await api.graphql(CpvNodeDocument, { id: category.id });
  expect(node.body.data!.node).toEqual({ __typename: 'CpvCategory', code: '45442121' });

  const glazing = (await api.graphql(CpvCategoryDocument, { code: '45440000' })).body.data!.cpvCategory!;
  expect(glazing.children.map((c) => c.code)).toEqual(['45441000', '45442000', '45443000']);
  expect(glazing.ancestors.map((a) => a.code)).toEqual(['45000000', '45400000']);
  expect((await api.graphql(CpvCategoryDocument, { code: '45442199' })).body.data!.cpvCategory).toBeNull();
});

test('malformed codes are refused with BAD_USER_INPUT on the argument', async () => {
  for (const code of ['4544', '45442100-12', 'abcdefgh']) {
    const response = await api.graphql(CpvCategoryDocument, { code });
    expect(response.body.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: ['code'], message: expect.any(String) }],
    });
  }
});

test('search by code prefix, by label words (stems and partial words) and below a parent', async () => {
  const prefix = await api.graphql(CpvCategoriesDocument, { search: '4544', first: 5 });
  expect(prefix.body.data!.cpvCategories.totalCount).toBe(13);
  expect(prefix.body.data!.cpvCategories.nodes.map((n) => n.code)).toEqual([
    '45440000',
    '45441000',
    '45442000',
    '45442100',
    '45442110',
  ]);
  // the next page continues after the cursor
  const next = await api.graphql(CpvCategoriesDocument, {
    search: '4544',
    first: 5,
    after: prefix.body.data!.cpvCategories.pageInfo.endCursor,
  });
  expect(next.body.data!.cpvCategories.nodes[0].code).toBe('45442120');

  const painting = await api.graphql(CpvCategoriesDocument, { search: 'painting', first: 100 });
  const codes = painting.body.data!.cpvCategories.nodes.map((n) => n.code);
  expect(codes).toEqual(expect.arrayContaining(['45442100', '45442110', '45261221']));
  // "painted" has the same English stem
  const stem = await api.graphql(CpvCategoriesDocument, { search: 'painted', first: 100 });
  expect(stem.body.data!.cpvCategories.nodes.map((n) => n.code)).toContain('45442100');
  // a partial word still finds the labels by trigram similarity
  const partial = await api.graphql(CpvCategoriesDocument, { search: 'glazin', first: 100 });
  expect(partial.body.data!.cpvCategories.nodes.map((n) => n.code)).toContain('45441000');
  // a long search is matched by its stems only: the stems still find, a partial word no longer costs a scan
  const long = `painting ${'of buildings '.repeat(8)}`.trim();
  expect(long.length).toBeGreaterThan(CPV_FUZZY_SEARCH_MAX);
  const byStems = await api.graphql(CpvCategoriesDocument, { search: long, first: 100 });
  expect(byStems.body.data!.cpvCategories.nodes.map((n) => n.code)).toContain('45442110');
  const longPartial = await api.graphql(CpvCategoriesDocument, {
    search: `glazin ${'x'.repeat(CPV_FUZZY_SEARCH_MAX)}`,
    first: 100,
  });
  expect(longPartial.body.data!.cpvCategories.totalCount).toBe(0);

  const children = await api.graphql(CpvCategoriesDocument, { parent: '45442100', first: 10 });
  expect(children.body.data!.cpvCategories.nodes.map((n) => n.code)).toEqual([
    '45442110',
    '45442120',
    '45442180',
    '45442190',
  ]);
});

test('a search by words pages by its rank: the next page is what follows on one large page', async () => {
  const all = await api.graphql(CpvCategoriesDocument, { search: 'painting', first: 100 });
  const codes = all.body.data!.cpvCategories.nodes.map((n) => n.code);
  expect(codes.length).toBeGreaterThan(4);
  const first = await api.graphql(CpvCategoriesDocument, { search: 'painting', first: 2 });
  expect(first.body.data!.cpvCategories.nodes.map((n) => n.code)).toEqual(codes.slice(0, 2));
  const next = await api.graphql(CpvCategoriesDocument, {
    search: 'painting',
    first: 2,
    after: first.body.data!.cpvCategories.pageInfo.endCursor,
  });
  expect(next.body.data!.cpvCategories.nodes.map((n) => n.code)).toEqual(codes.slice(2, 4));
});

test('ancestors of a whole page come in one statement', async () => {
  const small = await api.graphql(CpvCategoriesDocument, { search: '4544', first: 2 });
  const large = await api.graphql(CpvCategoriesDocument, { search: '4544', first: 13 });
  expect((await api.logOf(large)).sqlCount).toBe((await api.logOf(small)).sqlCount);
});
