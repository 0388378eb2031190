import { defineWorkloads, isoTimeSql } from './workload';

/** `escapeHtml` of the news module, then the headline's markers (\u0002, \u0003) as `<mark>` tags. */
const snippetSql = (headline: string) =>
  `replace(replace(replace(replace(replace(replace(replace(${headline},
     '&', '&#38;'), '<', '&#60;'), '>', '&#62;'), '"', '&#34;'), '''', '&#39;'),
     chr(2), '<mark>'), chr(3), '</mark>')`;

/** The search as the API builds it: `websearch_to_tsquery` accepts anything a person types. */
const QUERY = "websearch_to_tsquery('dutch', $1)";
const VISIBLE_MATCH = `a.status = 'PUBLISHED' AND a.published_at <= now() AND a.search_vector @@ ${QUERY}`;

export const newsWorkloads = defineWorkloads('news', [
  {
    id: 'W4',
    title: 'W4 news list',
    caller: 'anonymous',
    query: `query W4 {
      articles(first: 20) { nodes { title publishedAt labels { name } signatories { person { name } } } }
    }`,
    floor: `
      WITH page AS (
        SELECT * FROM article
         WHERE status = 'PUBLISHED' AND published_at <= now()
         ORDER BY COALESCE(published_at, created_at) DESC, id DESC LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('articles', json_build_object(
               'nodes', coalesce(json_agg(json_build_object(
                 'title', a.title,
                 'publishedAt', ${isoTimeSql('a.published_at')},
                 'labels', (SELECT coalesce(json_agg(json_build_object('name', l.name) ORDER BY l.name), '[]')
                              FROM article_label al JOIN label l ON l.id = al.label_id
                             WHERE al.article_id = a.id),
                 'signatories', (SELECT coalesce(json_agg(json_build_object(
                                          'person', json_build_object('name', p.name)) ORDER BY s.position), '[]')
                                   FROM article_signatory s JOIN person p ON p.id = s.person_id
                                  WHERE s.article_id = a.id)
               ) ORDER BY COALESCE(a.published_at, a.created_at) DESC, a.id DESC), '[]'))))::text AS body
        FROM page a`,
  },
  {
    id: 'search',
    title: 'news search',
    caller: 'anonymous',
    query: `query NewsSearch {
      articles(first: 20, filter: { search: "ondernemer" }) { totalCount nodes { title searchSnippet } }
    }`,
    floorParams: ['ondernemer'],
    floor: `
      WITH page AS (
        SELECT a.id, a.title, a.body, ts_rank(a.search_vector, ${QUERY}) AS rank
          FROM article a
         WHERE ${VISIBLE_MATCH}
         ORDER BY rank DESC, a.id DESC LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('articles', json_build_object(
               -- Counted in a scan of its own: a shared CTE would be materialised with every article's body,
               -- and a window count in the page's scan carries every match's tsvector (measured slower).
               'totalCount', (SELECT count(*) FROM article a WHERE ${VISIBLE_MATCH}),
               'nodes', coalesce(json_agg(json_build_object(
                 'title', p.title,
                 'searchSnippet', ${snippetSql(`ts_headline('dutch', p.title || E'\\n\\n' || p.body, ${QUERY},
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`)}
               ) ORDER BY p.rank DESC, p.id DESC), '[]'))))::text AS body
        FROM page p`,
  },
]);
