import type { SelectQueryBuilder } from 'typeorm';
import type { Connection, ConnectionArgs, Context, KeysetOrder, PrefetchPlan, UserError } from '../../kit';
import {
  badUserInput,
  connectionOf,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  LazyCursorEdge,
  findForUpdate,
  fromGlobalId,
  notify,
  paginate,
  SortDirection,
  TIME_ZONE,
  userError,
  UserErrorCode,
  withTransaction,
} from '../../kit';
import { Article, ArticleStatus } from './article.entity';
import type {
  ArticleFilter,
  ArticleIdInput,
  ArticleOrder,
  CreateArticleInput,
  CreateLabelInput,
  PublishArticleInput,
  SignatoryInput,
  UpdateArticleInput,
} from './article.inputs';
import { ArticleOrderField } from './article.enum';
import { articlePublished, publicationKey } from './news.notifications';
import { ArticleLabel } from './article-label.entity';
import { ArticleSignatory } from './article-signatory.entity';
import { Label } from './label.entity';
import type { NewsArchiveYear } from './article.payloads';
import { escapeHtml } from './markdown';
import { freeSlug, slugOf } from './slug';
import { isVisible, visibleOnly } from './visibility';

const ORDER_COLUMNS: Record<ArticleOrderField, Omit<KeysetOrder<Article>, 'direction'>> = {
  // Drafts have no date yet; they sort by when they were written.
  PUBLISHED_AT: {
    column: 'COALESCE(article.publishedAt, article.createdAt)',
    type: 'timestamp',
    value: (a) => a.publishedAt ?? a.createdAt,
  },
  UPDATED_AT: { column: 'article.updatedAt', type: 'timestamp', value: (a) => a.updatedAt },
  TITLE: { column: 'article.title', type: 'text', value: (a) => a.title },
};

/** `websearch_to_tsquery` accepts anything a person types (quotes, `-word`, `or`) without syntax errors. */
const TS_QUERY = "websearch_to_tsquery('dutch', :search)";
const RANK = `ts_rank(article.search_vector, ${TS_QUERY})`;
// Control characters as markers, so the snippet can be HTML-escaped before they become <mark> tags.
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

function snippetHtml(headline: string): string {
  return escapeHtml(headline).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** The first day of a month in Amsterdam, as parameters for `make_timestamptz`. */
function monthStart(year: number, month: number) {
  return month > 12 ? { year: year + 1, month: month - 12 } : { year, month };
}

export async function listArticles(
  ctx: Context,
  filter: ArticleFilter = {},
  args: ConnectionArgs,
  order: ArticleOrder = { field: ArticleOrderField.PUBLISHED_AT, direction: SortDirection.DESC },
  /** The compiled path: the page brings what the selection needs (search results take the usual path). */
  plan?: PrefetchPlan,
): Promise<Connection<Article>> {
  const query = visibleOnly(ctx, ctx.em.createQueryBuilder(Article, 'article'));
  if (filter.status) query.andWhere('article.status = :status', { status: filter.status });
  if (filter.label) {
    const label = await ctx.loaders.news.labelBySlug.load(filter.label);
    query.andWhere(
      'EXISTS (SELECT 1 FROM article_label al WHERE al.article_id = article.id AND al.label_id = :labelId)',
      { labelId: label?.id ?? null },
    );
  }
  if (filter.month !== undefined && filter.month !== null && !filter.year) {
    throw badUserInput('filter.month needs filter.year', [
      { path: ['filter', 'month'], message: 'needs year' },
    ]);
  }
  if (filter.year) {
    const from = monthStart(filter.year, filter.month ?? 1);
    const to = monthStart(filter.year, filter.month ? filter.month + 1 : 13);
    query.andWhere(
      `article.publishedAt >= make_timestamptz(:fromYear, :fromMonth, 1, 0, 0, 0, '${TIME_ZONE}')
        AND article.publishedAt < make_timestamptz(:toYear, :toMonth, 1, 0, 0, 0, '${TIME_ZONE}')`,
      { fromYear: from.year, fromMonth: from.month, toYear: to.year, toMonth: to.month },
    );
  }
  if (filter.search?.trim()) {
    query.andWhere(`article.search_vector @@ ${TS_QUERY}`, { search: filter.search.trim() });
    return searchPage(query, args);
  }
  return paginate(
    query,
    args,
    { ...ORDER_COLUMNS[order.field], direction: order.direction },
    args.after,
    plan && { ctx, plan },
  );
}

/**
 * Search results by rank, then id; both go into the cursor, so pages neither repeat nor skip rows while
 * the query stays the same. The rank travels as PostgreSQL's own text of the `real`, so it compares equal.
 */
async function searchPage(
  query: SelectQueryBuilder<Article>,
  args: ConnectionArgs,
): Promise<Connection<Article>> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const countQuery = query.clone();
  const page = query
    .clone()
    .addSelect(`${RANK}::text`, 'search_rank')
    .addSelect(
      `ts_headline('dutch', article.title || E'\\n\\n' || article.body, ${TS_QUERY}, :headlineOptions)`,
      'search_headline',
    )
    .setParameter('headlineOptions', HEADLINE_OPTIONS)
    .orderBy(RANK, 'DESC')
    .addOrderBy('article.id', 'DESC');
  if (args.after) {
    const [rank, id] = decodeCursor(args.after, 'search_rank', 'real');
    page.andWhere(`(${RANK}, article.id) < (CAST(:cursorRank AS real), :cursorId)`, {
      cursorRank: String(rank),
      cursorId: id,
    });
  }
  const { entities, raw } = await page.limit(first + 1).getRawAndEntities<{
    article_id: string;
    search_rank: string;
    search_headline: string;
  }>();
  const extras = new Map(raw.map((row) => [row.article_id, row]));
  const edges = (entities as Article[]).slice(0, first).map((node) => {
    const extra = extras.get(node.id)!;
    node.searchSnippet = snippetHtml(extra.search_headline);
    return new LazyCursorEdge(node, 'search_rank', extra.search_rank);
  });
  return connectionOf(edges, { hasNextPage: entities.length > first, resumeCursor: args.after }, () =>
    countQuery.getCount(),
  );
}

/** Years and months (Amsterdam time) with the number of articles the caller may see, newest first. */
export async function newsArchive(ctx: Context): Promise<NewsArchiveYear[]> {
  const local = `(article.published_at AT TIME ZONE '${TIME_ZONE}')`;
  const rows: { year: number; month: number; count: number }[] = await visibleOnly(
    ctx,
    ctx.em
      .createQueryBuilder(Article, 'article')
      .select(`EXTRACT(YEAR FROM ${local})::int`, 'year')
      .addSelect(`EXTRACT(MONTH FROM ${local})::int`, 'month')
      .addSelect('COUNT(*)::int', 'count')
      .where('article.publishedAt IS NOT NULL'),
  )
    .groupBy('1, 2')
    .orderBy('1', 'DESC')
    .addOrderBy('2', 'DESC')
    .getRawMany();
  const years: NewsArchiveYear[] = [];
  for (const { year, month, count } of rows) {
    let entry = years.at(-1);
    if (entry?.year !== year) {
      entry = { year, count: 0, months: [] };
      years.push(entry);
    }
    entry.count += count;
    entry.months.push({ month, count });
  }
  return years;
}

/** The latest public articles, optionally of one label (for the feeds). */
export async function latestPublished(ctx: Context, limit: number, labelId?: string): Promise<Article[]> {
  const query = visibleOnly(ctx, ctx.em.createQueryBuilder(Article, 'article'))
    .andWhere('article.status = :published', { published: ArticleStatus.PUBLISHED })
    .orderBy('article.publishedAt', 'DESC')
    .addOrderBy('article.id', 'DESC')
    .limit(limit);
  if (labelId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM article_label al WHERE al.article_id = article.id AND al.label_id = :labelId)',
      { labelId },
    );
  }
  return query.getMany();
}

export async function labelsOf(ctx: Context, article: Article): Promise<Label[]> {
  const rows = await ctx.loaders.news.labelsByArticleId.load(article.id);
  return rows.map((row) => row.label!);
}

/** Articles signed for an association or organisation that the caller may see, newest first. */
export function articlesSignedFor(
  ctx: Context,
  by: { associationId: string } | { organisationId: string },
  args: ConnectionArgs,
): Promise<Connection<Article>> {
  const conditions = {
    key: 'visible',
    refine: (query: SelectQueryBuilder<Article>) => visibleOnly(ctx, query, 'row'),
  };
  return 'associationId' in by
    ? ctx.loaders.news.articlesSignedForAssociationId.load(by.associationId, args, conditions)
    : ctx.loaders.news.articlesSignedForOrganisationId.load(by.organisationId, args, conditions);
}

/** An article by id or slug, or null when unknown or hidden from the caller. */
export async function findArticle(
  ctx: Context,
  by: { id: string } | { slug: string },
): Promise<Article | null> {
  const article =
    'id' in by
      ? await ctx.loaders.news.articleById.load(by.id)
      : await ctx.loaders.news.articleBySlug.load(by.slug);
  return isVisible(ctx, article) ? article : null;
}

export function listLabels(ctx: Context): Promise<Label[]> {
  return ctx.em.find(Label, { order: { name: 'ASC' } });
}

// ---- mutations ----

async function resolveLabelIds(ctx: Context, ids: string[], errors: UserError[]): Promise<string[]> {
  const dbIds = ids.map((id) => fromGlobalId(id, 'Label').id);
  const labels = await ctx.loaders.news.labelById.loadMany(dbIds);
  labels.forEach((label, i) => {
    if (!(label instanceof Label)) {
      errors.push(
        userError(UserErrorCode.NOT_FOUND, `No label has id ${ids[i]}`, ['input', 'labelIds', `${i}`]),
      );
    }
  });
  return [...new Set(dbIds)];
}

type SignatoryRow = Pick<ArticleSignatory, 'personId' | 'role' | 'associationId' | 'organisationId'>;

async function resolveSignatories(
  ctx: Context,
  inputs: SignatoryInput[],
  errors: UserError[],
): Promise<SignatoryRow[]> {
  const core = ctx.loaders.core;
  return Promise.all(
    inputs.map(async (input, i) => {
      const field = (name: string) => ['input', 'signatories', `${i}`, name];
      const personId = fromGlobalId(input.personId, 'Person').id;
      const associationId = input.associationId ? fromGlobalId(input.associationId, 'Association').id : null;
      const organisationId = input.organisationId
        ? fromGlobalId(input.organisationId, 'Organisation').id
        : null;
      const [person, association, organisation] = await Promise.all([
        core.personById.load(personId),
        associationId ? core.associationById.load(associationId) : null,
        organisationId ? core.organisationById.load(organisationId) : null,
      ]);
      if (!person) errors.push(userError(UserErrorCode.NOT_FOUND, 'No such person', field('personId')));
      if (associationId && !association) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such association', field('associationId')));
      }
      if (organisationId && !organisation) {
        errors.push(userError(UserErrorCode.NOT_FOUND, 'No such organisation', field('organisationId')));
      }
      if (associationId && organisationId) {
        errors.push(
          userError(
            UserErrorCode.INVALID,
            'Sign for an association or an organisation, not both',
            field('organisationId'),
          ),
        );
      }
      return { personId, role: input.role.trim(), associationId, organisationId };
    }),
  );
}

async function checkSlugFree(ctx: Context, slug: string, errors: UserError[], exceptId?: string) {
  const holder = await ctx.em.findOneBy(Article, { slug });
  if (holder && holder.id !== exceptId) {
    errors.push(userError(UserErrorCode.TAKEN, `The slug ${slug} is taken`, ['input', 'slug']));
  }
}

async function replaceLabels(ctx: Context, articleId: string, labelIds: string[]) {
  await ctx.em.delete(ArticleLabel, { articleId });
  if (labelIds.length > 0)
    await ctx.em.insert(
      ArticleLabel,
      labelIds.map((labelId) => ({ articleId, labelId })),
    );
}

async function replaceSignatories(ctx: Context, articleId: string, rows: SignatoryRow[]) {
  await ctx.em.delete(ArticleSignatory, { articleId });
  if (rows.length > 0) {
    await ctx.em.insert(
      ArticleSignatory,
      rows.map((row, i) => ({ ...row, articleId, position: i + 1 })),
    );
  }
}

export function createArticle(ctx: Context, input: CreateArticleInput) {
  return withTransaction(ctx, async (tx) => {
    const errors: UserError[] = [];
    if (input.slug) await checkSlugFree(tx, input.slug, errors);
    const labelIds = await resolveLabelIds(tx, input.labelIds, errors);
    const signatories = await resolveSignatories(tx, input.signatories, errors);
    if (errors.length > 0) return { article: null, userErrors: errors };
    const title = input.title.trim();
    const article = await tx.em.save(
      tx.em.create(Article, {
        title,
        slug: input.slug ?? (await freeSlug(tx, Article, slugOf(title, 'artikel'))),
        body: input.body,
        excerpt: input.excerpt?.trim() || null,
        status: ArticleStatus.DRAFT,
        publishedAt: null,
      }),
    );
    await replaceLabels(tx, article.id, labelIds);
    await replaceSignatories(tx, article.id, signatories);
    return { article, userErrors: [] };
  });
}

const noSuchArticle = () => ({
  article: null,
  userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such article', ['input', 'id'])],
});

export function updateArticle(ctx: Context, input: UpdateArticleInput) {
  return withTransaction(ctx, async (tx) => {
    const article = await findForUpdate(tx, Article, input.id);
    if (!article) return noSuchArticle();
    const errors: UserError[] = [];
    // Only the excerpt may be set to null; null in the other fields is refused by @NotNull() on the input.
    if (input.slug != null && input.slug !== article.slug) {
      await checkSlugFree(tx, input.slug, errors, article.id);
      article.slug = input.slug;
    }
    const labelIds = input.labelIds ? await resolveLabelIds(tx, input.labelIds, errors) : null;
    const signatories = input.signatories ? await resolveSignatories(tx, input.signatories, errors) : null;
    if (errors.length > 0) return { article: null, userErrors: errors };
    if (input.title != null) article.title = input.title.trim();
    if (input.body != null) article.body = input.body;
    if (input.excerpt !== undefined) article.excerpt = input.excerpt?.trim() || null;
    if (labelIds) await replaceLabels(tx, article.id, labelIds);
    if (signatories) await replaceSignatories(tx, article.id, signatories);
    // Saved last and always, so a change of labels or signatories also moves updatedAt.
    article.updatedAt = new Date();
    return { article: await tx.em.save(article), userErrors: [] };
  });
}

export function publishArticle(ctx: Context, input: PublishArticleInput) {
  return withTransaction(ctx, async (tx) => {
    const article = await findForUpdate(tx, Article, input.id);
    if (!article) return noSuchArticle();
    if (article.status === ArticleStatus.PUBLISHED && !input.publishAt) {
      return {
        article: null,
        userErrors: [
          userError(
            UserErrorCode.NOT_ALLOWED,
            'The article is already published; give publishAt to move it',
            ['input', 'publishAt'],
          ),
        ],
      };
    }
    // An archived article comes back at its old date unless told otherwise.
    article.publishedAt =
      input.publishAt ??
      (article.status === ArticleStatus.ARCHIVED ? article.publishedAt : null) ??
      new Date();
    article.status = ArticleStatus.PUBLISHED;
    const saved = await tx.em.save(article);
    // Public now: partners hear of it at once; a scheduled one is announced by `scheduledPublications`.
    if (saved.publishedAt!.getTime() <= Date.now()) {
      await notify(tx, articlePublished, publicationKey(saved.id, saved.publishedAt!), {
        articleId: saved.id,
      });
    }
    return { article: saved, userErrors: [] };
  });
}

export function unpublishArticle(ctx: Context, input: ArticleIdInput) {
  return withTransaction(ctx, async (tx) => {
    const article = await findForUpdate(tx, Article, input.id);
    if (!article) return noSuchArticle();
    if (article.status === ArticleStatus.DRAFT) {
      return {
        article: null,
        userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'The article is a draft already', ['input', 'id'])],
      };
    }
    article.status = ArticleStatus.DRAFT;
    article.publishedAt = null;
    return { article: await tx.em.save(article), userErrors: [] };
  });
}

export function archiveArticle(ctx: Context, input: ArticleIdInput) {
  return withTransaction(ctx, async (tx) => {
    const article = await findForUpdate(tx, Article, input.id);
    if (!article) return noSuchArticle();
    if (article.status !== ArticleStatus.PUBLISHED) {
      return {
        article: null,
        userErrors: [
          userError(UserErrorCode.NOT_ALLOWED, 'Only a published article can be archived', ['input', 'id']),
        ],
      };
    }
    article.status = ArticleStatus.ARCHIVED;
    return { article: await tx.em.save(article), userErrors: [] };
  });
}

export function deleteArticle(ctx: Context, input: ArticleIdInput) {
  return withTransaction(ctx, async (tx) => {
    const { id } = fromGlobalId(input.id, 'Article');
    const result = await tx.em.delete(Article, { id });
    if (!result.affected) {
      return {
        deletedId: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such article', ['input', 'id'])],
      };
    }
    return { deletedId: input.id, userErrors: [] };
  });
}

export function createLabel(ctx: Context, input: CreateLabelInput) {
  return withTransaction(ctx, async (tx) => {
    const name = input.name.trim();
    const errors: UserError[] = [];
    if (await tx.em.findOneBy(Label, { name })) {
      errors.push(userError(UserErrorCode.TAKEN, `A label named ${name} exists`, ['input', 'name']));
    }
    if (input.slug && (await tx.em.findOneBy(Label, { slug: input.slug }))) {
      errors.push(userError(UserErrorCode.TAKEN, `The slug ${input.slug} is taken`, ['input', 'slug']));
    }
    if (errors.length > 0) return { label: null, userErrors: errors };
    const slug = input.slug ?? (await freeSlug(tx, Label, slugOf(name, 'label')));
    return { label: await tx.em.save(tx.em.create(Label, { name, slug })), userErrors: [] };
  });
}
