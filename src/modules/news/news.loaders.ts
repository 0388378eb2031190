import type DataLoader from 'dataloader';
import type { Context } from '../core';
import { groupLoader, rowLoader } from '../core';
import { Article } from './article.entity';
import { ArticleLabel } from './article-label.entity';
import { ArticleSignatory } from './article-signatory.entity';
import { Label } from './label.entity';

/** Article loaders return drafts too: callers filter with `isVisible` (see visibility.ts). */
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
    signatoriesByAssociationId: groupLoader(ctx, ArticleSignatory, 'associationId'),
    signatoriesByOrganisationId: groupLoader(ctx, ArticleSignatory, 'organisationId'),
  } satisfies Record<string, DataLoader<string, unknown>>;
}

export type NewsLoaders = ReturnType<typeof createNewsLoaders>;

declare module '../core/context' {
  interface Loaders {
    news: NewsLoaders;
  }
}
