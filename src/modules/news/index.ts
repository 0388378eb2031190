import dutch from './news.nl.json';
import { defineModule, Role } from '../../kit';
import { Article } from './article.entity';
import { ArticleResolver, ArticleSignatoryResolver, LabelResolver } from './article.resolver';
import { findArticle } from './article.service';
import { ArticleLabel } from './article-label.entity';
import { ArticleSignatory } from './article-signatory.entity';
import {
  AnnualReviewNewsResolver,
  AssociationArticlesResolver,
  OrganisationArticlesResolver,
} from './core-extensions.resolver';
import { Label } from './label.entity';
import { createNewsLoaders } from './news.loaders';
import { articlePublished, scheduledPublications } from './news.notifications';
import { newsRoutes } from './news.routes';
import { NewsStatsResolver } from './news-stats.resolver';
import { seedNews } from './news.seed';

export const news = defineModule({
  name: 'news',
  dutch,
  entities: [Article, Label, ArticleLabel, ArticleSignatory],
  resolvers: [
    ArticleResolver,
    LabelResolver,
    ArticleSignatoryResolver,
    AssociationArticlesResolver,
    OrganisationArticlesResolver,
    NewsStatsResolver,
    AnnualReviewNewsResolver,
  ],
  nodeTypes: [
    { type: Article, load: (ctx, id) => findArticle(ctx, { id }) },
    { type: Label, load: (ctx, id) => ctx.loaders.news.labelById.load(id) },
  ],
  createLoaders: createNewsLoaders,
  seedDemo: seedNews,
  routes: newsRoutes,
  notifications: [articlePublished],
  reminders: [scheduledPublications],
  examples: [
    {
      title:
        'News: the archive and the latest articles (anyone; also GET /feeds/news.xml and /feeds/news.atom)',
      query: `query LatestNews {
  newsArchive { year count months { month count } }
  articles(first: 5) {
    pageInfo { hasNextPage endCursor }
    nodes {
      slug title publishedAt excerpt url
      labels { name }
      signatories { person { name } role association { name } organisation { name } }
    }
  }
}`,
    },
    {
      title: 'News: Dutch full-text search with highlighted snippets',
      query: `query SearchNews($search: String!) {
  articles(filter: { search: $search }, first: 10) {
    totalCount
    nodes { title publishedAt searchSnippet }
  }
}`,
      variables: { search: 'ondernemer' },
    },
    {
      title: 'News: write and publish an article (editor)',
      query: `mutation WriteArticle($input: CreateArticleInput!) {
  createArticle(input: $input) {
    article { id slug status excerpt }
    userErrors { code message field }
  }
}`,
      variables: {
        input: { title: 'Nieuwe leden voor de inkoopdatabase', body: 'Deze maand **meldden** zich ...' },
      },
      token: { roles: [Role.EDITOR] },
    },
  ],
});

export { Article, ArticleStatus } from './article.entity';
export { Label } from './label.entity';
export { NewsStats } from './news-stats.payloads';
export { newsStats } from './news-stats.service';
