import { ArticlesDocument, SearchArticlesDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { createDraft, createPublished, REVIEW_SLUG } from './fixtures';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

test('Dutch stemming: "ondernemer" finds the review, which says "ondernemers"', async () => {
  const res = await api.graphql(SearchArticlesDocument, { search: 'ondernemer', first: 50 });
  expect(res.body.errors).toBeUndefined();
  const hits = res.body.data!.articles.nodes;
  const review = hits.find((hit) => hit.slug === REVIEW_SLUG);
  expect(review?.searchSnippet).toMatch(/<mark>ondernemers<\/mark>/i);
  expect(res.body.data!.articles.totalCount).toBe(hits.length);
});

test('a title hit ranks above a body-only hit, and snippets mark the words', async () => {
  const bodyOnly = await createPublished(api, {
    title: 'Ander nieuws uit Bunnik',
    body: 'Er komt misschien een windmolenpark. Over het windmolenpark wordt in het najaar gepraat, en ook over een tweede windmolenpark.',
  });
  const titleHit = await createPublished(api, {
    title: 'Windmolenpark bij Wijk bij Duurstede',
    body: 'De gemeente onderzoekt de plannen. Ondernemers worden uitgenodigd mee te denken.',
  });
  await createDraft(api, { title: 'Windmolenpark: concept', body: 'Nog geheim windmolenpark.' });

  const res = await api.graphql(SearchArticlesDocument, { search: 'windmolenparken' });
  const hits = res.body.data!.articles.nodes;
  // The draft is not found by anonymous callers.
  expect(hits.map((hit) => hit.id)).toEqual([titleHit.id, bodyOnly.id]);
  expect(hits[0].searchSnippet).toContain('<mark>Windmolenpark</mark>');
  expect(hits[1].searchSnippet).toContain('<mark>windmolenpark</mark>');
  expect(res.body.data!.articles.totalCount).toBe(2);
});

test('snippets are HTML-escaped apart from the marks', async () => {
  await createPublished(api, {
    title: 'Veiligheid op bedrijventerreinen',
    body: 'Camerabewaking <script>alert(1)</script> & toezicht op bedrijventerreinen.',
  });
  const res = await api.graphql(SearchArticlesDocument, { search: 'camerabewaking' });
  const snippet = res.body.data!.articles.nodes[0].searchSnippet!;
  expect(snippet).toContain('<mark>Camerabewaking</mark>');
  expect(snippet).not.toContain('<script>');
  expect(snippet.replaceAll('<mark>', '').replaceAll('</mark>', '')).not.toMatch(/[<>]/);
  expect(snippet).toContain('&#38;');
});

test('paging through search results: by rank, no duplicates or gaps', async () => {
  const all = await api.graphql(SearchArticlesDocument, { search: 'regio', first: 100 });
  const expected = all.body.data!.articles.nodes.map((n) => n.id);
  expect(expected.length).toBeGreaterThan(5);
  const seen: string[] = [];
  let after: string | null | undefined;
  for (let page = 0; page < 50; page += 1) {
    const res = await api.graphql(SearchArticlesDocument, { search: 'regio', first: 2, after });
    expect(res.body.errors).toBeUndefined();
    seen.push(...res.body.data!.articles.nodes.map((n) => n.id));
    if (!res.body.data!.articles.pageInfo.hasNextPage) break;
    after = res.body.data!.articles.pageInfo.endCursor;
  }
  expect(seen).toEqual(expected);
});

test('search combines with the other filters', async () => {
  const res = await api.graphql(ArticlesDocument, {
    filter: { search: 'ondernemers', year: 2018, label: 'nieuws' },
  });
  const slugs = res.body.data!.articles.edges.map((e) => e.node.slug);
  expect(slugs).toContain(REVIEW_SLUG);
  expect(slugs).not.toContain('netwerkavond-met-rabobank-heuvelrug-in-maart'); // 2018, but Evenementen
});

test('a search of one letter is refused', async () => {
  const res = await api.graphql(SearchArticlesDocument, { search: 'a' });
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
