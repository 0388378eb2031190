import {
  ArticleBySlugDocument,
  ArticlesDocument,
  AssociationArticlesDocument,
  LabelsDocument,
  NewsArchiveDocument,
  OrganisationArticlesDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { createDraft, createPublished, editorHeaders, REVIEW_SLUG, reviewIds } from './fixtures';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
afterAll(() => api.close());

const DRAFT_SLUG = 'jaarverslag-2018-concept';
/** Published demo articles: 14 of the archive (2017–2019) and 3 of the weeks before the demo data was loaded. */
const PUBLISHED = 14 + 3;
/** The archive's years; the current articles fall in the year(s) of the last weeks. */
const historic = <T extends { year: number }>(years: T[]) => years.filter((y) => y.year <= 2019);
const SCHEDULED_SLUG = 'regio-q4-blikt-terug-op-2029';

test('the 2017 review as published on 15 January 2018, with its label and signatories', async () => {
  const res = await api.graphql(ArticleBySlugDocument, { slug: REVIEW_SLUG });
  const article = res.body.data?.article;
  expect(article).toMatchObject({
    title: 'Terugblik Regio Q4 op 2017 en plannen voor volgend jaar',
    status: 'PUBLISHED',
    publishedAt: '2018-01-15T15:18:00.000Z',
    labels: [{ name: 'Nieuws', slug: 'nieuws' }],
    url: `${api.url}/news/${REVIEW_SLUG}`,
  });
  expect(article?.signatories.map((s) => [s.position, s.person.name, s.role, s.association?.name])).toEqual([
    [1, 'Lex Geerts', 'voorzitter', 'Zakelijk Zeist Onderneemt!'],
    [2, 'Hardy Smit', 'voorzitter', 'Ondernemerskring Wijk bij Duurstede'],
    [3, 'Frans van Beek', 'voorzitter', 'BCB'],
    [4, 'Theo Sack', 'voorzitter', 'Zakelijke Heuvelrug'],
  ]);
  expect(article?.body).toContain('## Regionale inkoop');
  expect(article?.bodyHtml).toContain('<h2>Regionale inkoop</h2>');
  // Derived from the body: plain text, no Markdown.
  expect(article?.excerpt).toMatch(/^Regio Q4 heeft in 2017 veel van haar doelstellingen bereikt\./);
  expect(article?.excerpt).not.toMatch(/[#*]/);
  expect(article?.excerpt.length).toBeLessThanOrEqual(301);
});

describe('visibility of drafts and scheduled articles', () => {
  const callers: [string, () => Promise<Record<string, string>>, boolean][] = [
    ['anonymous', async () => ({}), false],
    ['an API key', async () => (await api.apiKey('Rabobank Heuvelrug', ['news:read'])).headers, false],
    ['a member', () => api.token({ roles: [Role.MEMBER], kvk: '10000089' }), false],
    ['an editor', () => api.token({ roles: [Role.EDITOR] }), true],
    ['an admin', () => api.token({ roles: [Role.ADMIN] }), true],
  ];

  test.each(callers)('%s', async (_name, headers, seesAll) => {
    const h = await headers();
    const list = await api.graphql(ArticlesDocument, { first: 100 }, h);
    expect(list.body.errors).toBeUndefined();
    const slugs = list.body.data!.articles.edges.map((e) => e.node.slug);
    expect(slugs).toContain(REVIEW_SLUG);
    expect(slugs.includes(DRAFT_SLUG)).toBe(seesAll);
    expect(slugs.includes(SCHEDULED_SLUG)).toBe(seesAll);
    // Editors also see the draft and the article scheduled for 2030.
    expect(list.body.data!.articles.totalCount).toBe(seesAll ? PUBLISHED + 2 : PUBLISHED);

    const draft = await api.graphql(ArticleBySlugDocument, { slug: DRAFT_SLUG }, h);
    expect(draft.body.data?.article?.status ?? null).toBe(seesAll ? 'DRAFT' : null);
    const scheduled = await api.graphql(ArticleBySlugDocument, { slug: SCHEDULED_SLUG }, h);
    expect(scheduled.body.data?.article?.publishedAt ?? null).toBe(
      seesAll ? '2030-01-15T09:00:00.000Z' : null,
    );

    // Asking for drafts is no way around it.
    const drafts = await api.graphql(ArticlesDocument, { filter: { status: 'DRAFT' } }, h);
    expect(drafts.body.data!.articles.edges.map((e) => e.node.slug)).toEqual(seesAll ? [DRAFT_SLUG] : []);
  });
});

describe('newsArchive', () => {
  test('anonymous callers see the months of the seed page: 2018 december ... januari', async () => {
    const res = await api.graphql(NewsArchiveDocument);
    const archive = res.body.data!.newsArchive;
    expect(historic(archive).map((y) => y.year)).toEqual([2019, 2018, 2017]);
    expect(archive.every((y) => y.year <= 2019 || y.year >= new Date().getFullYear() - 1)).toBe(true);
    const y2018 = archive.find((y) => y.year === 2018)!;
    // december, oktober, september, augustus, juli, juni, april, februari, januari
    expect(y2018.months.map((m) => m.month)).toEqual([12, 10, 9, 8, 7, 6, 4, 2, 1]);
    expect(y2018.months.every((m) => m.count === 1)).toBe(true);
    expect(y2018.count).toBe(9);
    // Grouped in Amsterdam time: published 2018-09-30T22:30Z is 1 October 00:30 in Zeist.
    expect(y2018.months.find((m) => m.month === 10)?.count).toBe(1);
    expect(historic(archive).reduce((sum, y) => sum + y.count, 0)).toBe(14);
    expect(archive.reduce((sum, y) => sum + y.count, 0)).toBe(PUBLISHED);
  });

  test('editors also count scheduled articles (drafts have no date)', async () => {
    const res = await api.graphql(NewsArchiveDocument, {}, await api.token({ roles: [Role.EDITOR] }));
    const archive = res.body.data!.newsArchive;
    expect(historic(archive).map((y) => y.year)).toEqual([2019, 2018, 2017]);
    expect(archive[0]).toEqual({ year: 2030, count: 1, months: [{ month: 1, count: 1 }] });
  });

  test('the counts match the articles of the month', async () => {
    const res = await api.graphql(ArticlesDocument, { filter: { year: 2018, month: 10 } });
    expect(res.body.data!.articles.edges.map((e) => e.node.slug)).toEqual([
      'economic-board-utrecht-en-regio-q4-verkennen-samenwerking',
    ]);
    const september = await api.graphql(ArticlesDocument, { filter: { year: 2018, month: 9 } });
    expect(september.body.data!.articles.totalCount).toBe(1);
  });
});

test('paging through 2018 two at a time: every article once, newest first', async () => {
  const seen: string[] = [];
  const dates: string[] = [];
  let after: string | null | undefined;
  let pages = 0;
  do {
    const res = await api.graphql(ArticlesDocument, { filter: { year: 2018 }, first: 2, after });
    expect(res.body.errors).toBeUndefined();
    const { edges, pageInfo } = res.body.data!.articles;
    expect(edges.length).toBeLessThanOrEqual(2);
    seen.push(...edges.map((e) => e.node.slug));
    dates.push(...edges.map((e) => e.node.publishedAt!));
    after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
    pages += 1;
  } while (after && pages < 20);
  expect(pages).toBe(5);
  expect(seen).toHaveLength(9);
  expect(new Set(seen).size).toBe(9);
  expect([...dates].sort().reverse()).toEqual(dates);
  expect(seen.at(-1)).toBe(REVIEW_SLUG);
});

test('first: 101 is refused with BAD_USER_INPUT', async () => {
  const res = await api.graphql(ArticlesDocument, { first: 101 });
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('a month without a year is refused with BAD_USER_INPUT', async () => {
  const res = await api.graphql(ArticlesDocument, { filter: { month: 3 } });
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});

test('filter by label', async () => {
  const res = await api.graphql(ArticlesDocument, { filter: { label: 'evenementen' } });
  expect(res.body.data!.articles.edges.map((e) => e.node.slug)).toEqual([
    'aanmelden-geopend-ondernemersborrel-in-zeist',
    'terugblik-op-de-regionale-netwerkavond',
    'netwerkavond-met-rabobank-heuvelrug-in-maart',
  ]);
  const unknown = await api.graphql(ArticlesDocument, { filter: { label: 'bestaat-niet' } });
  expect(unknown.body.data!.articles.edges).toEqual([]);
});

test('labels', async () => {
  const res = await api.graphql(LabelsDocument);
  expect(res.body.data!.labels.map((l) => l.name)).toEqual([
    'Evenementen',
    'Nieuws',
    'Politiek',
    'Regionale inkoop',
    'Sociaal ondernemen',
  ]);
});

test('Association.articles and Organisation.articles: what they signed, visible articles only', async () => {
  // A draft and a scheduled article signed for Zakelijk Zeist Onderneemt!, which only editors may see.
  const { personIds, associationIds } = await reviewIds(api);
  const signatories = [{ personId: personIds[0], role: 'voorzitter', associationId: associationIds[0] }];
  const draft = await createDraft(api, { title: 'Ondertekend concept', body: 'Concept.', signatories });
  const scheduled = await createPublished(
    api,
    { title: 'Ondertekend en ingepland', body: 'Later.', signatories },
    '2031-01-01T09:00:00.000Z',
  );
  const hidden = [draft.slug, scheduled.slug];

  const res = await api.graphql(AssociationArticlesDocument);
  const zzo = res.body.data!.associations.find((a) => a.name === 'Zakelijk Zeist Onderneemt!')!;
  expect(zzo.articles.nodes.map((a) => a.slug)).toContain(REVIEW_SLUG);
  expect(zzo.articles.nodes.map((a) => a.slug)).not.toEqual(expect.arrayContaining([hidden[0]]));
  expect(zzo.articles.nodes.map((a) => a.slug)).not.toEqual(expect.arrayContaining([hidden[1]]));
  expect(zzo.articles.nodes.every((a) => a.status === 'PUBLISHED')).toBe(true);
  const asEditor = await api.graphql(AssociationArticlesDocument, {}, await editorHeaders(api));
  const zzoForEditor = asEditor.body.data!.associations.find((a) => a.name === 'Zakelijk Zeist Onderneemt!')!;
  expect(zzoForEditor.articles.nodes.map((a) => a.slug)).toEqual(
    expect.arrayContaining([...hidden, REVIEW_SLUG]),
  );
  const bhik = res.body.data!.associations.find((a) => a.name === 'BHIK')!;
  expect(bhik.articles).toEqual({ totalCount: 0, nodes: [] });

  const organisations = await api.graphql(OrganisationArticlesDocument);
  const rabobank = organisations.body.data!.organisations.find((o) => o.name === 'Rabobank Heuvelrug')!;
  expect(rabobank.articles.nodes.map((a) => a.slug)).toEqual([
    'netwerkavond-met-rabobank-heuvelrug-in-maart',
  ]);
});

test('node(id:) refetches an article, and hides a draft from anonymous callers', async () => {
  const editor = await api.token({ roles: [Role.EDITOR] });
  const draft = await api.graphql(ArticleBySlugDocument, { slug: DRAFT_SLUG }, editor);
  const id = draft.body.data!.article!.id;
  const query = 'query($id: ID!) { node(id: $id) { id ... on Article { slug } } }';
  const asEditor = await api.graphql(query, { id }, editor);
  expect(asEditor.body.data).toEqual({ node: { id, slug: DRAFT_SLUG } });
  const anonymous = await api.graphql(query, { id });
  expect(anonymous.body.data).toEqual({ node: null });
});

test('paging with ties and drafts: every article once, whatever the page size', async () => {
  // Five articles published at the same instant, and drafts (no date) for editors.
  for (let i = 0; i < 5; i += 1) {
    await createPublished(api, { title: `Gelijktijdig ${i}`, body: 'Tekst.' }, '2016-05-01T10:00:00.000Z');
  }
  await createDraft(api, { title: 'Nog een concept', body: 'Tekst.' });
  for (const headers of [{}, await editorHeaders(api)]) {
    const all = await api.graphql(ArticlesDocument, { first: 100 }, headers);
    const expected = all.body.data!.articles.edges.map((e) => e.node.id);
    expect(expected.length).toBe(all.body.data!.articles.totalCount);
    for (const first of [1, 3]) {
      const seen: string[] = [];
      let after: string | null | undefined;
      for (let page = 0; page < 100; page += 1) {
        const res = await api.graphql(ArticlesDocument, { first, after }, headers);
        expect(res.body.errors).toBeUndefined();
        seen.push(...res.body.data!.articles.edges.map((e) => e.node.id));
        if (!res.body.data!.articles.pageInfo.hasNextPage) break;
        after = res.body.data!.articles.pageInfo.endCursor;
      }
      expect(seen).toEqual(expected);
    }
  }
  const ties = await api.graphql(ArticlesDocument, { filter: { year: 2016 }, first: 2 });
  expect(ties.body.data!.articles.totalCount).toBe(5);
});

test('a scheduled article appears when its time comes: in the list, by slug, in the archive and feed', async () => {
  const at = new Date(Date.now() + 4000);
  const year = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Europe/Amsterdam', year: 'numeric' }).format(at),
  );
  const article = await createPublished(
    api,
    { title: 'Verschijnt zo meteen', body: 'Tekst.' },
    at.toISOString(),
  );
  const seenByAnyone = async () => {
    const [bySlug, list, archive, feed] = await Promise.all([
      api.graphql(ArticleBySlugDocument, { slug: article.slug }),
      api.graphql(ArticlesDocument, { first: 5 }),
      api.graphql(NewsArchiveDocument),
      fetch(`${api.url}/feeds/news.atom`).then((res) => res.text()),
    ]);
    return {
      bySlug: bySlug.body.data!.article !== null,
      inList: list.body.data!.articles.edges.some((e) => e.node.id === article.id),
      inFeed: feed.includes(`/news/${article.slug}`),
      yearCount: archive.body.data!.newsArchive.find((y) => y.year === year)?.count ?? 0,
    };
  };
  const before = await seenByAnyone();
  // The time must not have come yet while looking (4 s is far more than these requests take).
  expect(Date.now()).toBeLessThan(at.getTime());
  expect(before).toMatchObject({ bySlug: false, inList: false, inFeed: false });
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now()) + 50));
  expect(await seenByAnyone()).toEqual({
    bySlug: true,
    inList: true,
    inFeed: true,
    yearCount: before.yearCount + 1,
  });
});
