import type { CreateArticleInput } from '../__generated__/graphql';
import {
  ArticleBySlugDocument,
  CreateArticleDocument,
  PublishArticleDocument,
} from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { Role } from '../support/test-server';

export const REVIEW_SLUG = 'terugblik-regio-q4-op-2017-en-plannen-voor-volgend-jaar';

export const editorHeaders = (api: TestServer) => api.token({ roles: [Role.EDITOR] });

/** Creates a draft as an editor and fails the test on any error. */
export async function createDraft(api: TestServer, input: CreateArticleInput) {
  const res = await api.graphql(CreateArticleDocument, { input }, await editorHeaders(api));
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.createArticle.userErrors).toEqual([]);
  return res.body.data!.createArticle.article!;
}

/** Creates and publishes an article (now, or at `publishAt`). */
export async function createPublished(api: TestServer, input: CreateArticleInput, publishAt?: string) {
  const draft = await createDraft(api, input);
  const res = await api.graphql(
    PublishArticleDocument,
    { input: { id: draft.id, publishAt } },
    await editorHeaders(api),
  );
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data?.publishArticle.userErrors).toEqual([]);
  return res.body.data!.publishArticle.article!;
}

/** Global ids of the review article's signatories and labels, to reuse in inputs. */
export async function reviewIds(api: TestServer) {
  const res = await api.graphql(ArticleBySlugDocument, { slug: REVIEW_SLUG });
  const article = res.body.data!.article!;
  return {
    personIds: article.signatories.map((s) => s.person.id),
    associationIds: article.signatories.map((s) => s.association!.id),
  };
}
