import type { ReminderSchedule } from '../../kit';
import { defineNotification, toGlobalId } from '../../kit';

/** The object of `article.published`, as a partner's API key reads it through `node(id:)`. */
const ARTICLE_QUERY = `query WebhookArticle($id: ID!) {
  node(id: $id) {
    ... on Article { id slug title excerpt publishedAt updatedAt labels { name } }
  }
}`;

/**
 * Partners: an article went public (webhook `article.published`, no mails). The key holds the publication
 * instant, so an article published again later (after unpublishing) is announced again, and once only.
 */
export const articlePublished = defineNotification<{ articleId: string }>({
  name: 'news.articlePublished',
  description: 'An article was published (webhook `article.published`).',
  webhook: async (_render, { articleId }) => ({
    type: 'article.published',
    query: ARTICLE_QUERY,
    id: toGlobalId('Article', articleId),
  }),
});

/** The idempotency key of an article's publication. */
export const publicationKey = (articleId: string, publishedAt: Date) =>
  `${articleId}:${publishedAt.toISOString()}`;

/**
 * Scheduled articles (a `publishAt` in the future) go public when their time comes, without a mutation: each
 * minute's scan announces those whose time came in the last day. Articles published at once were announced
 * by `publishArticle`; the same key makes the scan's notification a no-op for them.
 */
export const scheduledPublications: ReminderSchedule = {
  name: 'news.scheduledPublications',
  async due(ctx, now) {
    const rows = (await ctx.em.query(
      `SELECT id, published_at FROM article
        WHERE status = 'PUBLISHED' AND published_at <= $1 AND published_at > $1 - interval '1 day'`,
      [now],
    )) as { id: string; published_at: Date }[];
    return rows.map((row) => ({
      kind: articlePublished,
      key: publicationKey(row.id, row.published_at),
      data: { articleId: row.id },
    }));
  },
};
