import type { Request, RequestHandler, Response, Router } from 'express';
import { Feed } from 'feed';
import type { Context, RouteDeps } from '../../kit';
import { ErrorCode, TIME_ZONE } from '../../kit';
import { findArticle, labelsOf, latestPublished } from './article.service';
import { articlePath, escapeHtml, plainExcerpt, renderMarkdown } from './markdown';

export const FEED_SIZE = 20;

function contextOf(deps: RouteDeps, req: Request, res: Response): Context {
  return deps.createContext({
    requestId: String(res.getHeader('x-request-id') ?? ''),
    baseUrl: deps.baseUrlOf(req),
  });
}

type Format = 'rss' | 'atom';

/**
 * The feed of the latest public articles, of one label with `?label=<slug>`; null for an unknown label.
 * Atom titles are `type="html"`, so they are escaped as HTML; RSS titles are plain text. Summaries are
 * HTML in both.
 */
async function buildFeed(ctx: Context, labelSlug: string | undefined, format: Format): Promise<Feed | null> {
  const label = labelSlug ? await ctx.loaders.news.labelBySlug.load(labelSlug) : null;
  if (labelSlug && !label) return null;
  const articles = await latestPublished(ctx, FEED_SIZE, label?.id);
  const [labels, signatories] = await Promise.all([
    Promise.all(articles.map((article) => labelsOf(ctx, article))),
    Promise.all(articles.map((article) => ctx.loaders.news.signatoriesByArticleId.load(article.id))),
  ]);
  const people = await Promise.all(
    signatories.map((rows) => Promise.all(rows.map((row) => ctx.loaders.core.personById.load(row.personId)))),
  );
  const query = label ? `?label=${encodeURIComponent(label.slug)}` : '';
  // An empty feed (a new label) was last updated now rather than in 1970.
  const updated = articles.reduce((latest, a) => Math.max(latest, a.updatedAt.getTime()), 0) || Date.now();
  const feed = new Feed({
    // The feed's id stays as it is when the host moves: a tag URI, not a URL.
    id: `tag:regioq4.nl,2018:news${label ? `:${label.slug}` : ''}`,
    title: `Regio Q4 — ${label?.name ?? 'Nieuws'}`,
    description:
      'Nieuws van Regio Q4, de samenwerking van de ondernemersverenigingen in Zeist, De Bilt, Bunnik, ' +
      'Wijk bij Duurstede en Utrechtse Heuvelrug.',
    link: `${ctx.baseUrl}/news`,
    language: 'nl',
    updated: new Date(updated),
    generator: 'Regio Q4 API',
    copyright: 'Regio Q4',
    feedLinks: {
      rss: `${ctx.baseUrl}/feeds/news.xml${query}`,
      atom: `${ctx.baseUrl}/feeds/news.atom${query}`,
    },
  });
  articles.forEach((article, i) => {
    feed.addItem({
      title: format === 'atom' ? escapeHtml(article.title) : article.title,
      // Slugs can change; the article's uuid never does.
      id: `urn:uuid:${article.id}`,
      link: `${ctx.baseUrl}${articlePath(article)}`,
      date: article.updatedAt,
      published: article.publishedAt!,
      description: escapeHtml(article.excerpt ?? plainExcerpt(article.body)),
      content: renderMarkdown(article.body),
      category: labels[i].map((l) => ({ name: l.name, term: l.slug })),
      author: people[i].flatMap((person) => (person ? [{ name: person.name }] : [])),
    });
  });
  return feed;
}

function feedHandler(deps: RouteDeps, format: Format): RequestHandler {
  return async (req, res) => {
    const label = typeof req.query.label === 'string' ? req.query.label : undefined;
    const feed = await buildFeed(contextOf(deps, req, res), label, format);
    if (!feed) {
      deps.refuse(res, 404, ErrorCode.NOT_FOUND, `No label has the slug ${JSON.stringify(label)}`);
      return;
    }
    res
      .status(200)
      .set('cache-control', 'public, max-age=300')
      .type(format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8')
      .send(format === 'rss' ? feed.rss2() : feed.atom1());
  };
}

const dateFormat = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** A plain page per public article, so the links in the feeds lead somewhere. */
function articlePage(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const ctx = contextOf(deps, req, res);
    const article = await findArticle(ctx, { slug: String(req.params.slug) });
    if (!article) {
      deps.refuse(res, 404, ErrorCode.NOT_FOUND, 'No such article');
      return;
    }
    const title = escapeHtml(article.title);
    res
      .status(200)
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>${title}</title>` +
          // The base URL can come from the request's Host header.
          `<link rel="alternate" type="application/atom+xml" href="${escapeHtml(ctx.baseUrl)}/feeds/news.atom">` +
          `</head>` +
          `<body><article><h1>${title}</h1><p><time datetime="${article.publishedAt!.toISOString()}">` +
          `${escapeHtml(dateFormat.format(article.publishedAt!))}</time></p>${renderMarkdown(article.body)}` +
          `</article></body></html>\n`,
      );
  };
}

/**
 * The news index the feeds' channel link points to: the latest public articles, newest first, each linking to
 * its page. Everything from the database is escaped.
 */
function newsIndex(deps: RouteDeps): RequestHandler {
  return async (req, res) => {
    const ctx = contextOf(deps, req, res);
    const articles = await latestPublished(ctx, FEED_SIZE);
    const base = escapeHtml(ctx.baseUrl);
    const items = articles.map(
      (article) =>
        `<li><article><h2><a href="${base}${escapeHtml(articlePath(article))}">${escapeHtml(article.title)}</a></h2>` +
        `<p><time datetime="${article.publishedAt!.toISOString()}">` +
        `${escapeHtml(dateFormat.format(article.publishedAt!))}</time></p>` +
        `<p>${escapeHtml(article.excerpt ?? plainExcerpt(article.body))}</p></article></li>`,
    );
    res
      .status(200)
      .set('cache-control', 'public, max-age=300')
      .type('text/html; charset=utf-8')
      .send(
        `<!doctype html>\n<html lang="nl"><head><meta charset="utf-8"><title>Nieuws — Regio Q4</title>` +
          `<link rel="alternate" type="application/rss+xml" href="${base}/feeds/news.xml">` +
          `<link rel="alternate" type="application/atom+xml" href="${base}/feeds/news.atom">` +
          `</head><body><h1>Nieuws van Regio Q4</h1>` +
          (items.length > 0 ? `<ol>${items.join('')}</ol>` : '<p>Nog geen nieuws.</p>') +
          `</body></html>\n`,
      );
  };
}

export function newsRoutes(router: Router, deps: RouteDeps): void {
  router.get('/feeds/news.xml', feedHandler(deps, 'rss'));
  router.get('/feeds/news.atom', feedHandler(deps, 'atom'));
  router.get('/news', newsIndex(deps));
  router.get('/news/:slug', articlePage(deps));
}
