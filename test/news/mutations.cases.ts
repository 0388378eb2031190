import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  ArchiveArticleDocument,
  ArticleBySlugDocument,
  ArticlesDocument,
  CreateArticleDocument,
  CreateLabelDocument,
  DeleteArticleDocument,
  LabelsDocument,
  PublishArticleDocument,
  SignatoryIdsDocument,
  UnpublishArticleDocument,
  UpdateArticleDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role, startTestServer } from '../support/test-server';
import { createDraft, reviewIds } from './fixtures';

let api: TestServer;
let editor: Record<string, string>;
beforeAll(async () => {
  api = await startTestServer();
  editor = await api.token({ roles: [Role.EDITOR] });
});
afterAll(() => api.close());

/** Every article an editor can see, by slug: the whole state that a refused mutation must leave alone. */
async function allArticles() {
  const res = await api.graphql(ArticlesDocument, { first: 100 }, editor);
  return res.body.data!.articles.edges.map((e) => e.node).sort((a, b) => a.slug.localeCompare(b.slug));
}

const create = (input: Parameters<typeof createDraft>[1]) =>
  api.graphql(CreateArticleDocument, { input }, editor);

describe('slugs', () => {
  test('made from the title: lower case, diacritics folded; collisions get -2, -3', async () => {
    const slugs: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const res = await create({ title: 'Café Ærø — één', body: 'Tekst.' });
      expect(res.body.data?.createArticle.userErrors).toEqual([]);
      slugs.push(res.body.data!.createArticle.article!.slug);
    }
    expect(slugs).toEqual(['cafe-aero-een', 'cafe-aero-een-2', 'cafe-aero-een-3']);
    const review = await create({
      title: 'Terugblik Regio Q4 op 2017 en plannen voor volgend jaar',
      body: 'x',
    });
    expect(review.body.data!.createArticle.article!.slug).toBe(
      'terugblik-regio-q4-op-2017-en-plannen-voor-volgend-jaar-2',
    );
  });

  test('an explicit slug that is taken is a TAKEN user error, and nothing changes', async () => {
    const before = await allArticles();
    const res = await create({
      title: 'Iets anders',
      body: 'Tekst.',
      slug: 'terugblik-regio-q4-op-2017-en-plannen-voor-volgend-jaar',
    });
    expect(res.body.data?.createArticle).toEqual({
      article: null,
      userErrors: [{ code: 'TAKEN', message: expect.any(String), field: ['input', 'slug'] }],
    });
    expect(await allArticles()).toEqual(before);

    const draft = await createDraft(api, { title: 'Bericht om te hernoemen', body: 'Tekst.' });
    const rename = await api.graphql(
      UpdateArticleDocument,
      { input: { id: draft.id, title: 'Nieuwe titel', slug: 'cafe-aero-een' } },
      editor,
    );
    expect(rename.body.data?.updateArticle.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
    const after = await allArticles();
    expect(after.find((a) => a.id === draft.id)).toMatchObject({
      title: 'Bericht om te hernoemen',
      slug: 'bericht-om-te-hernoemen',
    });
  });

  test('an explicit free slug is used as given; a malformed one is BAD_USER_INPUT', async () => {
    const ok = await create({ title: 'Eigen slug', body: 'Tekst.', slug: 'mijn-eigen-slug-2018' });
    expect(ok.body.data!.createArticle.article!.slug).toBe('mijn-eigen-slug-2018');
    const bad = await create({ title: 'Eigen slug', body: 'Tekst.', slug: 'Geen Slug!' });
    expect(bad.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('validation', () => {
  test.each([
    ['an empty title', { title: '', body: 'Tekst.' }],
    ['a blank title', { title: '   ', body: 'Tekst.' }],
    // Not allowed in XML: one would break the feeds.
    ['a title with a control character', { title: 'Regel\u000bbreuk', body: 'Tekst.' }],
    ['a body with a control character', { title: 'Titel', body: 'Tekst\u0002.' }],
    ['a title of 301 characters', { title: 'x'.repeat(301), body: 'Tekst.' }],
    ['an empty body', { title: 'Titel', body: '' }],
    ['an excerpt of 501 characters', { title: 'Titel', body: 'Tekst.', excerpt: 'x'.repeat(501) }],
    [
      'a signatory without a role',
      { title: 'Titel', body: 'Tekst.', signatories: [{ personId: 'x', role: '' }] },
    ],
    ['a label id that is not an id', { title: 'Titel', body: 'Tekst.', labelIds: ['nieuws'] }],
  ])('%s is BAD_USER_INPUT, and nothing changes', async (_name, input) => {
    const before = await allArticles();
    const res = await create(input);
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await allArticles()).toEqual(before);
  });

  test('labels, people, associations and organisations must exist', async () => {
    const before = await allArticles();
    const { personIds, associationIds } = await reviewIds(api);
    const organisationId = (await api.graphql(SignatoryIdsDocument)).body.data!.organisations[0].id;
    const unknown = (type: string) =>
      Buffer.from(`${type}:00000000-0000-4000-8000-000000000000`).toString('base64url');
    const res = await create({
      title: 'Bericht met fouten',
      body: 'Tekst.',
      labelIds: [unknown('Label')],
      signatories: [
        { personId: unknown('Person'), role: 'voorzitter' },
        { personId: personIds[0], role: 'voorzitter', associationId: unknown('Association') },
        { personId: personIds[1], role: 'voorzitter', associationId: associationIds[1], organisationId },
      ],
    });
    expect(res.body.data?.createArticle.article).toBeNull();
    expect(res.body.data?.createArticle.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['NOT_FOUND', ['input', 'labelIds', '0']],
      ['NOT_FOUND', ['input', 'signatories', '0', 'personId']],
      ['NOT_FOUND', ['input', 'signatories', '1', 'associationId']],
      ['INVALID', ['input', 'signatories', '2', 'organisationId']],
    ]);
    expect(await allArticles()).toEqual(before);
  });
});

test('updateArticle: null in title, body, slug or labels is refused (leave them out to keep them); an excerpt set to null is derived from the body again', async () => {
  const draft = await createDraft(api, { title: 'Blijft zoals het is', body: 'Ongewijzigd.' });
  const res = await api.graphql(
    UpdateArticleDocument,
    { input: { id: draft.id, title: null, body: null, slug: null, labelIds: null, excerpt: 'Nieuw.' } },
    editor,
  );
  expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(
    (res.body.errors?.[0].extensions?.fields as { path: string[] }[]).map((f) => f.path.join('.')),
  ).toEqual(['input.title', 'input.body', 'input.slug', 'input.labelIds']);
  const cleared = await api.graphql(
    UpdateArticleDocument,
    { input: { id: draft.id, excerpt: null } },
    editor,
  );
  expect(cleared.body.data?.updateArticle).toMatchObject({
    article: { title: 'Blijft zoals het is', slug: draft.slug, excerpt: 'Ongewijzigd.' },
    userErrors: [],
  });
  const article = await api.graphql(ArticleBySlugDocument, { slug: draft.slug }, editor);
  expect(article.body.data?.article?.body).toBe('Ongewijzigd.');
});

test('the life of an article: draft, scheduled, published, archived, deleted', async () => {
  const labels = (await api.graphql(LabelsDocument)).body.data!.labels;
  const { personIds, associationIds } = await reviewIds(api);
  const draft = await createDraft(api, {
    title: 'Nieuwe leden voor de inkoopdatabase',
    body: 'Deze maand **meldden** zich twintig ondernemers aan.',
    labelIds: [labels[0].id],
    signatories: [{ personId: personIds[0], role: 'voorzitter', associationId: associationIds[0] }],
  });
  expect(draft).toMatchObject({
    status: 'DRAFT',
    publishedAt: null,
    excerpt: 'Deze maand meldden zich twintig ondernemers aan.',
  });
  const anonymousSees = async () =>
    (await api.graphql(ArticleBySlugDocument, { slug: draft.slug })).body.data?.article ?? null;
  expect(await anonymousSees()).toBeNull();

  const updated = await api.graphql(
    UpdateArticleDocument,
    { input: { id: draft.id, title: 'Twintig nieuwe leden', excerpt: 'Kort.', labelIds: [labels[1].id] } },
    editor,
  );
  expect(updated.body.data?.updateArticle.article).toMatchObject({
    title: 'Twintig nieuwe leden',
    slug: draft.slug, // links keep working
    excerpt: 'Kort.',
    labels: [{ name: labels[1].name }],
  });

  const scheduled = await api.graphql(
    PublishArticleDocument,
    { input: { id: draft.id, publishAt: '2031-03-01T09:00:00.000Z' } },
    editor,
  );
  expect(scheduled.body.data?.publishArticle.article).toMatchObject({
    status: 'PUBLISHED',
    publishedAt: '2031-03-01T09:00:00.000Z',
  });
  expect(await anonymousSees()).toBeNull();

  const again = await api.graphql(PublishArticleDocument, { input: { id: draft.id } }, editor);
  expect(again.body.data?.publishArticle.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);

  const now = await api.graphql(
    PublishArticleDocument,
    { input: { id: draft.id, publishAt: new Date(Date.now() - 1000).toISOString() } },
    editor,
  );
  expect(now.body.data?.publishArticle.userErrors).toEqual([]);
  expect(await anonymousSees()).toMatchObject({ title: 'Twintig nieuwe leden' });

  const archived = await api.graphql(ArchiveArticleDocument, { input: { id: draft.id } }, editor);
  expect(archived.body.data?.archiveArticle.article?.status).toBe('ARCHIVED');
  expect(await anonymousSees()).toBeNull();

  const unpublished = await api.graphql(UnpublishArticleDocument, { input: { id: draft.id } }, editor);
  expect(unpublished.body.data?.unpublishArticle.article).toMatchObject({
    status: 'DRAFT',
    publishedAt: null,
  });
  const twice = await api.graphql(UnpublishArticleDocument, { input: { id: draft.id } }, editor);
  expect(twice.body.data?.unpublishArticle.userErrors.map((e) => e.code)).toEqual(['NOT_ALLOWED']);

  const deleted = await api.graphql(DeleteArticleDocument, { input: { id: draft.id } }, editor);
  expect(deleted.body.data?.deleteArticle).toEqual({ deletedId: draft.id, userErrors: [] });
  const gone = await api.graphql(ArticleBySlugDocument, { slug: draft.slug }, editor);
  expect(gone.body.data?.article).toBeNull();
  const deletedAgain = await api.graphql(DeleteArticleDocument, { input: { id: draft.id } }, editor);
  expect(deletedAgain.body.data?.deleteArticle.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
});

test('createLabel: slug from the name; a taken name is TAKEN', async () => {
  const res = await api.graphql(CreateLabelDocument, { input: { name: 'Duurzaam ondernemen' } }, editor);
  expect(res.body.data?.createLabel).toEqual({
    label: { id: expect.any(String), name: 'Duurzaam ondernemen', slug: 'duurzaam-ondernemen' },
    userErrors: [],
  });
  const taken = await api.graphql(CreateLabelDocument, { input: { name: 'Nieuws' } }, editor);
  expect(taken.body.data?.createLabel.userErrors.map((e) => e.code)).toEqual(['TAKEN']);
});

describe('who may write', () => {
  const someId = Buffer.from('Article:00000000-0000-4000-8000-000000000000').toString('base64url');
  const mutations: [string, TypedDocumentNode<Record<string, unknown>, { input: never }>, unknown][] = [
    ['createArticle', CreateArticleDocument as never, { title: 'Titel', body: 'Tekst.' }],
    ['updateArticle', UpdateArticleDocument as never, { id: someId, title: 'Titel' }],
    ['publishArticle', PublishArticleDocument as never, { id: someId }],
    ['unpublishArticle', UnpublishArticleDocument as never, { id: someId }],
    ['archiveArticle', ArchiveArticleDocument as never, { id: someId }],
    ['deleteArticle', DeleteArticleDocument as never, { id: someId }],
    ['createLabel', CreateLabelDocument as never, { name: 'Nog een label' }],
  ];

  test.each(mutations)(
    '%s: editors and admins yes, a member FORBIDDEN, anonymous UNAUTHENTICATED',
    async (name, document, input) => {
      const callers: [Record<string, string>, string | undefined][] = [
        [{}, 'UNAUTHENTICATED'],
        [await api.token({ roles: [Role.MEMBER], kvk: '10000089' }), 'FORBIDDEN'],
        [(await api.apiKey('Rabobank Heuvelrug', ['news:read'])).headers, 'FORBIDDEN'],
        [editor, undefined],
        [await api.token({ roles: [Role.ADMIN] }), undefined],
      ];
      for (const [headers, code] of callers) {
        const res = await api.graphql(document, { input: input as never }, headers);
        expect(res.body.errors?.[0]?.extensions?.code).toBe(code);
        if (code) expect(res.body.data?.[name] ?? null).toBeNull();
        else expect(Array.isArray((res.body.data?.[name] as { userErrors?: unknown }).userErrors)).toBe(true);
      }
    },
  );
});
