import type { Context, FiguresScope } from '../../kit';
import { checkFiguresYear, TIME_ZONE, yearRange } from '../../kit';
import { ArticleStatus } from './article.entity';
import { Label } from './label.entity';
import type { NewsStats } from './news-stats.payloads';

interface Row {
  kind: 'month' | 'label' | 'total' | 'unlabelled';
  month: number | null;
  label_id: string | null;
  slug: string | null;
  name: string | null;
  articles: number;
}

/**
 * One statement: the year's published articles in total, without a label, per month and per label. Articles
 * belong to the whole region, so `municipalityId` is accepted (every stats service takes a `FiguresScope`)
 * and ignored. `now` (when a scheduled article counts as published) is for tests.
 */
export async function newsStats(ctx: Context, { year }: FiguresScope, now = new Date()): Promise<NewsStats> {
  checkFiguresYear(year);
  const rows: Row[] = await ctx.em.query(
    `WITH published AS (
       SELECT a.id, extract(month FROM a.published_at AT TIME ZONE $4)::int AS month
         FROM article a
        WHERE a.status = $2
          AND ${yearRange('a.published_at', '$1::int')}
          AND a.published_at <= $3
     )
     SELECT 'total' AS kind, NULL::int AS month, NULL::uuid AS label_id, NULL AS slug, NULL AS name,
            count(*)::int AS articles
       FROM published
     UNION ALL
     SELECT 'unlabelled', NULL, NULL, NULL, NULL, count(*)::int
       FROM published p
      WHERE NOT EXISTS (SELECT 1 FROM article_label al WHERE al.article_id = p.id)
     UNION ALL
     SELECT 'month', p.month, NULL, NULL, NULL, count(*)::int FROM published p GROUP BY p.month
     UNION ALL
     SELECT 'label', NULL, l.id, l.slug, l.name, count(p.id)::int
       FROM label l
       LEFT JOIN article_label al ON al.label_id = l.id
       LEFT JOIN published p ON p.id = al.article_id
      GROUP BY l.id, l.slug, l.name`,
    [year, ArticleStatus.PUBLISHED, now, TIME_ZONE],
  );
  const byMonth = new Map(rows.filter((r) => r.kind === 'month').map((r) => [r.month, r.articles]));
  return {
    year,
    published: rows.find((r) => r.kind === 'total')?.articles ?? 0,
    unlabelled: rows.find((r) => r.kind === 'unlabelled')?.articles ?? 0,
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, articles: byMonth.get(i + 1) ?? 0 })),
    labels: rows
      .filter((r) => r.kind === 'label')
      .map((r) => ({
        // The label's public fields come with the counts: no second statement for them.
        label: ctx.em.create(Label, { id: r.label_id!, slug: r.slug!, name: r.name! }),
        articles: r.articles,
      }))
      .sort((a, b) => a.label.name.localeCompare(b.label.name, 'nl')),
  };
}
