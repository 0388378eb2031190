import { defineMatrix, everyone, gate, INHERIT, sample } from '../support/authorization-matrix';

/** News: published articles are public; writing is for editors and admins. */
export const newsMatrix = defineMatrix({
  samples: {
    article: {
      type: 'Article',
      sql: `SELECT id AS value FROM article WHERE status = 'PUBLISHED' AND published_at <= now()
             ORDER BY published_at DESC LIMIT 1`,
    },
    articleSlug: {
      sql: `SELECT slug AS value FROM article WHERE status = 'PUBLISHED' AND published_at <= now()
             ORDER BY published_at DESC LIMIT 1`,
    },
    label: { type: 'Label', sql: `SELECT id AS value FROM label ORDER BY slug LIMIT 1` },
  },
  query: {
    article: { args: { slug: sample('articleSlug') }, cells: everyone },
    articles: { cells: everyone },
    labels: { cells: everyone },
    newsArchive: { cells: everyone },
    newsStats: { args: { year: 2018 }, cells: everyone },
  },
  mutation: {
    archiveArticle: { cells: gate('EDITOR', 'ADMIN') },
    createArticle: { cells: gate('EDITOR', 'ADMIN') },
    createLabel: { cells: gate('EDITOR', 'ADMIN') },
    deleteArticle: { cells: gate('EDITOR', 'ADMIN') },
    publishArticle: { cells: gate('EDITOR', 'ADMIN') },
    unpublishArticle: { cells: gate('EDITOR', 'ADMIN') },
    updateArticle: { cells: gate('EDITOR', 'ADMIN') },
  },
  routes: {
    'GET /feeds/news.xml': { path: '/feeds/news.xml', cells: everyone },
    'GET /feeds/news.atom': { path: '/feeds/news.atom', cells: everyone },
    'GET /news': { path: '/news', cells: everyone },
    'GET /news/:slug': { path: '/news/{articleSlug}', cells: everyone },
  },
  types: {
    AnnualReview: { fields: { news: INHERIT } },
    ArchiveArticlePayload: {
      fields: {
        article: INHERIT,
        userErrors: INHERIT,
      },
    },
    Article: {
      sample: 'article',
      node: everyone,
      fields: {
        body: INHERIT,
        bodyHtml: INHERIT,
        createdAt: INHERIT,
        excerpt: INHERIT,
        id: INHERIT,
        labels: INHERIT,
        publishedAt: INHERIT,
        searchSnippet: INHERIT,
        signatories: INHERIT,
        slug: INHERIT,
        status: INHERIT,
        title: INHERIT,
        updatedAt: INHERIT,
        url: INHERIT,
      },
    },
    ArticleConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
      },
    },
    ArticleEdge: {
      fields: {
        cursor: INHERIT,
        node: INHERIT,
      },
    },
    ArticleSignatory: {
      fields: {
        association: INHERIT,
        organisation: INHERIT,
        person: INHERIT,
        position: INHERIT,
        role: INHERIT,
      },
    },
    Association: {
      fields: {
        articles: INHERIT,
      },
    },
    CreateArticlePayload: {
      fields: {
        article: INHERIT,
        userErrors: INHERIT,
      },
    },
    CreateLabelPayload: {
      fields: {
        label: INHERIT,
        userErrors: INHERIT,
      },
    },
    DeleteArticlePayload: {
      fields: {
        deletedId: INHERIT,
        userErrors: INHERIT,
      },
    },
    Label: {
      sample: 'label',
      node: everyone,
      fields: {
        id: INHERIT,
        name: INHERIT,
        slug: INHERIT,
      },
    },
    NewsArchiveMonth: {
      fields: {
        count: INHERIT,
        month: INHERIT,
      },
    },
    NewsArchiveYear: {
      fields: {
        count: INHERIT,
        months: INHERIT,
        year: INHERIT,
      },
    },
    NewsLabelFigures: { fields: { articles: INHERIT, label: INHERIT } },
    NewsMonthFigures: { fields: { articles: INHERIT, month: INHERIT } },
    NewsReview: { fields: { current: INHERIT, previous: INHERIT } },
    NewsStats: {
      fields: {
        labels: INHERIT,
        months: INHERIT,
        published: INHERIT,
        unlabelled: INHERIT,
        year: INHERIT,
      },
    },
    Organisation: {
      fields: {
        articles: INHERIT,
      },
    },
    PublishArticlePayload: {
      fields: {
        article: INHERIT,
        userErrors: INHERIT,
      },
    },
    UnpublishArticlePayload: {
      fields: {
        article: INHERIT,
        userErrors: INHERIT,
      },
    },
    UpdateArticlePayload: {
      fields: {
        article: INHERIT,
        userErrors: INHERIT,
      },
    },
  },
});
