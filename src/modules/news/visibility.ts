import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Context } from '../../kit';
import { hasRole, Role } from '../../kit';
import type { Article } from './article.entity';
import { ArticleStatus } from './article.entity';

/** Editors and admins see drafts, scheduled and archived articles; everyone else what is public now. */
export function seesUnpublished(ctx: Context): boolean {
  return hasRole(ctx.viewer, Role.EDITOR, Role.ADMIN);
}

/**
 * The same rule for a loaded article. Loaders stay free of the caller (their rows are the same for
 * everyone), so what they return passes through this.
 */
export function isVisible(ctx: Context, article: Article | null): article is Article {
  if (!article) return false;
  if (seesUnpublished(ctx)) return true;
  return (
    article.status === ArticleStatus.PUBLISHED &&
    article.publishedAt !== null &&
    article.publishedAt.getTime() <= Date.now()
  );
}

/** Narrows a query over `article` (under `alias`) to what the caller may see. */
export function visibleOnly<E extends ObjectLiteral>(
  ctx: Context,
  query: SelectQueryBuilder<E>,
  alias = query.alias,
): SelectQueryBuilder<E> {
  if (seesUnpublished(ctx)) return query;
  return query.andWhere(`${alias}.status = :publishedStatus AND ${alias}.publishedAt <= now()`, {
    publishedStatus: ArticleStatus.PUBLISHED,
  });
}
