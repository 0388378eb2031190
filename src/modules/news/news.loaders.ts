import type DataLoader from 'dataloader';
import type { Context, KeysetOrder, ParentKey } from '../../kit';
import {
  childConnections,
  definePrefetch,
  groupLoader,
  prefetchById,
  prefetchRows,
  rowLoader,
  SortDirection,
} from '../../kit';
import { Association, Organisation, Person } from '../core';
import { Article } from './article.entity';
import { ArticleLabel } from './article-label.entity';
import { ArticleSignatory } from './article-signatory.entity';
import { Label } from './label.entity';

const newestFirst: KeysetOrder<Article> = {
  column: 'COALESCE(row.publishedAt, row.createdAt)',
  type: 'timestamp',
  direction: SortDirection.DESC,
  value: (article) => article.publishedAt ?? article.createdAt,
};

/** Articles signed for a parent: each (article, parent) pair once, however many of its people signed. */
const signedFor = (parent: 'associationId' | 'organisationId'): ParentKey<Article> => ({
  column: 'signed.parent_id',
  join: (query) =>
    query.innerJoin(
      (pairs) =>
        pairs
          .select('s.articleId', 'article_id')
          .addSelect(`s.${parent}`, 'parent_id')
          .distinct(true)
          .from(ArticleSignatory, 's'),
      'signed',
      'signed.article_id = row.id',
    ),
});

/**
 * Article loaders return drafts too: callers filter with `isVisible` (see visibility.ts), or pass
 * `visibleOnly` as the conditions of the connections.
 */
export function createNewsLoaders(ctx: Context) {
  return {
    articleById: rowLoader(ctx, Article),
    articleBySlug: rowLoader(ctx, Article, 'slug'),
    labelById: rowLoader(ctx, Label),
    labelBySlug: rowLoader(ctx, Label, 'slug'),
    /** Rows of `article_label` with their label joined in (one query), by label name. */
    labelsByArticleId: groupLoader(ctx, ArticleLabel, 'articleId', (query) =>
      query.innerJoinAndSelect('row.label', 'label').orderBy('label.name', 'ASC'),
    ),
    signatoriesByArticleId: groupLoader(ctx, ArticleSignatory, 'articleId', (query) =>
      query.orderBy('row.position', 'ASC'),
    ),
    articlesSignedForAssociationId: childConnections(ctx, Article, signedFor('associationId'), newestFirst),
    articlesSignedForOrganisationId: childConnections(ctx, Article, signedFor('organisationId'), newestFirst),
  } satisfies Record<string, DataLoader<string, unknown> | { clearAll(): void }>;
}

export type NewsLoaders = ReturnType<typeof createNewsLoaders>;

declare module '../../kit/context' {
  interface Loaders {
    news: NewsLoaders;
  }
}

/**
 * What a compiled list of articles brings in its page statement (docs/module-authors.md, "Compiled lists"):
 * the rows `labelsByArticleId`, `signatoriesByArticleId` and core's row loaders would load, in their order.
 */
definePrefetch(
  Article,
  prefetchRows({
    when: ['labels'],
    rows: Label,
    from: (row, article) =>
      `article_label ${row}_al JOIN label ${row} ON ${row}.id = ${row}_al.label_id
        WHERE ${row}_al.article_id = ${article('id')}`,
    orderBy: (row) => `${row}.name`,
    prime: (ctx, article, labels) =>
      ctx.loaders.news.labelsByArticleId.prime(
        article.id,
        labels.map((label) =>
          Object.assign(Object.create(ArticleLabel.prototype) as ArticleLabel, {
            articleId: article.id,
            labelId: label.id,
            label,
          }),
        ),
      ),
  }),
  prefetchRows({
    when: ['signatories'],
    rows: ArticleSignatory,
    from: (row, article) => `article_signatory ${row} WHERE ${row}.article_id = ${article('id')}`,
    orderBy: (row) => `${row}.position`,
    prime: (ctx, article, signatories) =>
      ctx.loaders.news.signatoriesByArticleId.prime(article.id, signatories),
  }),
);

definePrefetch(
  ArticleSignatory,
  prefetchById({
    when: ['person'],
    rows: Person,
    key: 'personId',
    loader: (ctx) => ctx.loaders.core.personById,
  }),
  prefetchById({
    when: ['association'],
    rows: Association,
    key: 'associationId',
    loader: (ctx) => ctx.loaders.core.associationById,
  }),
  prefetchById({
    when: ['organisation'],
    rows: Organisation,
    key: 'organisationId',
    loader: (ctx) => ctx.loaders.core.organisationById,
  }),
);
