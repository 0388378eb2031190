import { toGlobalId } from '../../src/kit';
import { SHORTLIST_REQUEST } from '../dataset/procurement';
import { defineWorkloads, globalIdSql } from './workload';

/** Figures: the shares as the API gives them (3 decimals, null when nothing to share), in one statement. */
const share = (part: string, whole: string) =>
  `CASE WHEN ${whole} = 0 THEN NULL ELSE round((${part})::numeric / (${whole})::numeric, 3)::float8 END`;

/** The API's default `SUPPLIER_COUNT_CAP`: `totalCount` counts up to it. */
const SUPPLIER_COUNT_CAP = 1000;

/**
 * The supplier search as the API answers it (RELEVANCE): full-text hits on the description (group 0) before
 * name-only hits (group 1), the least recently invited first within each; each group an indexed lookup of
 * its own, limited to the page (20) or, for the count, to the cap + 1. Every filter is a column of the
 * profile (the name, CPV prefixes and municipalities are copies kept by triggers), so one bitmap of GIN
 * indexes can answer them together. $1 words, $2 name pattern, $3 cap; \`more\` adds conditions on \`p\`.
 */
const searchBranches = (more: string) => `
      fulltext AS NOT MATERIALIZED (
        SELECT p.id, p.social_enterprise, p.business_id, 0 AS grp,
               COALESCE(p.last_invited_at, 'epoch'::timestamptz) AS sort_key
          FROM supplier_profile p
         WHERE p.active AND p.search_vector @@ plainto_tsquery('dutch', $1) ${more}
      ), named AS NOT MATERIALIZED (
        SELECT p.id, p.social_enterprise, p.business_id, 1 AS grp,
               COALESCE(p.last_invited_at, 'epoch'::timestamptz) AS sort_key
          FROM supplier_profile p
         WHERE p.active AND p.business_name ILIKE $2 AND NOT (p.search_vector @@ plainto_tsquery('dutch', $1)) ${more}
      ), page AS (
        SELECT * FROM (
          (SELECT * FROM fulltext ORDER BY sort_key, id LIMIT 20)
          UNION ALL (SELECT * FROM named ORDER BY sort_key, id LIMIT 20)
        ) u ORDER BY grp, sort_key, id LIMIT 20
      ), counted AS (
        SELECT count(*) AS n FROM ((SELECT 1 FROM fulltext LIMIT $3 + 1) UNION ALL (SELECT 1 FROM named LIMIT $3 + 1)) c
      )`;

export const procurementWorkloads = defineWorkloads('procurement', [
  {
    id: 'W5',
    title: 'W5 supplier search',
    caller: 'anonymous',
    query: `query W5 {
      suppliers(filter: { search: "schilder" }, first: 20) {
        totalCount totalCountIsCapped
        nodes { id socialEnterprise business { name city } }
      }
    }`,
    floorParams: ['schilder', '%schilder%', SUPPLIER_COUNT_CAP],
    floor: `
      WITH ${searchBranches('')}
      SELECT json_build_object('data', json_build_object('suppliers', json_build_object(
               'totalCount', least((SELECT n FROM counted), $3),
               'totalCountIsCapped', (SELECT n FROM counted) > $3,
               'nodes', coalesce((SELECT json_agg(json_build_object(
                 'id', ${globalIdSql('SupplierProfile', 'page.id')},
                 'socialEnterprise', page.social_enterprise,
                 'business', json_build_object('name', b.name, 'city', b.city)
               ) ORDER BY page.grp, page.sort_key, page.id)
                 FROM page JOIN business b ON b.id = page.business_id), '[]'))))::text AS body`,
  },
  {
    id: 'W6',
    title: 'W6 supplier search: words, CPV subtree, municipality',
    caller: 'anonymous',
    query: `query W6 {
      suppliers(filter: { search: "schilder", cpv: ["45440000"], municipalities: ["GM0355"] }, first: 20) {
        totalCount totalCountIsCapped
        nodes { id business { name city } categories { code label } }
      }
    }`,
    // The CPV subtree as its prefix ('4544' for 45440000) among the profile's prefixes. The municipality is
    // tested on the rows the words and CPV give, not by its index: Zeist is among the municipalities of 46%
    // of the suppliers, and ANDing that bitmap of 900,000 rows costs more than testing the rows.
    floorParams: ['schilder', '%schilder%', SUPPLIER_COUNT_CAP, ['4544'], ['GM0355']],
    floor: `
      WITH ${searchBranches(`
           AND p.cpv_prefixes && $4::text[]
           AND EXISTS (SELECT 1 FROM municipality m WHERE m.cbs_code = ANY($5) AND m.id = ANY(p.municipality_ids))`)}
      SELECT json_build_object('data', json_build_object('suppliers', json_build_object(
               'totalCount', least((SELECT n FROM counted), $3),
               'totalCountIsCapped', (SELECT n FROM counted) > $3,
               'nodes', coalesce((SELECT json_agg(json_build_object(
                 'id', ${globalIdSql('SupplierProfile', 'page.id')},
                 'business', json_build_object('name', b.name, 'city', b.city),
                 'categories', (SELECT coalesce(json_agg(json_build_object('code', c.code, 'label', c.label)
                                                          ORDER BY c.code), '[]')
                                  FROM supplier_category sc JOIN cpv_category c ON c.code = sc.cpv_code
                                 WHERE sc.profile_id = page.id)
               ) ORDER BY page.grp, page.sort_key, page.id)
                 FROM page JOIN business b ON b.id = page.business_id), '[]'))))::text AS body`,
  },
  {
    id: 'W7',
    title: 'W7 shortlist (suggestSuppliers)',
    caller: 'admin',
    query: `query W7 {
      suggestSuppliers(requestId: "${toGlobalId('ProcurementRequest', SHORTLIST_REQUEST.id)}") {
        rank fit local regional supplier { id business { name } }
      }
    }`,
    // The shortlist of a 3-5 quotes request: five places, two of them for local suppliers where they exist.
    floorParams: [SHORTLIST_REQUEST.id, 5, 2],
    floor: `
      WITH RECURSIVE up(code) AS (
        SELECT c.parent_code FROM cpv_category c JOIN procurement_request r ON r.cpv_code = c.code WHERE r.id = $1
        UNION ALL
        SELECT c.parent_code FROM up JOIN cpv_category c ON c.code = up.code WHERE c.parent_code IS NOT NULL
      ), request AS (
        SELECT r.municipality_id,
               CASE WHEN length(rtrim(r.cpv_code, '0')) >= 2 THEN rtrim(r.cpv_code, '0') ELSE left(r.cpv_code, 2) END
                 || '%' AS subtree
          FROM procurement_request r WHERE r.id = $1
      ), fits AS (
        SELECT sc.profile_id, sc.cpv_code, CASE WHEN sc.cpv_code LIKE request.subtree THEN 2 ELSE 1 END AS fit
          FROM supplier_category sc, request
         WHERE sc.cpv_code LIKE request.subtree OR sc.cpv_code IN (SELECT code FROM up)
      ), best AS (
        SELECT DISTINCT ON (profile_id) profile_id, fit FROM fits ORDER BY profile_id, fit DESC, cpv_code DESC
      ), candidates AS (
        SELECT p.id, b.name, best.fit, b.municipality_id = request.municipality_id AS local, m.in_region AS regional,
               row_number() OVER (
                 ORDER BY best.fit DESC,
                          (m.in_region OR EXISTS (SELECT 1 FROM supplier_municipality sm
                                                   WHERE sm.profile_id = p.id
                                                     AND sm.municipality_id = request.municipality_id)) DESC,
                          COALESCE(p.last_invited_at, 'epoch'::timestamptz), p.id) AS place
          FROM best
          JOIN supplier_profile p ON p.id = best.profile_id AND p.active
          JOIN business b ON b.id = p.business_id
          JOIN municipality m ON m.id = b.municipality_id, request
      ), top AS (
        SELECT * FROM candidates WHERE place <= $2
      ), extra AS (
        -- local suppliers from further down, until the list has the local minimum
        SELECT * FROM candidates WHERE place > $2 AND local ORDER BY place
         LIMIT greatest(least($3, $2) - (SELECT count(*) FROM top WHERE local), 0)
      ), dropped AS (
        SELECT place FROM top WHERE NOT local ORDER BY place DESC LIMIT (SELECT count(*) FROM extra)
      ), chosen AS (
        SELECT * FROM top WHERE place NOT IN (SELECT place FROM dropped) UNION ALL SELECT * FROM extra
      )
      SELECT json_build_object('data', json_build_object('suggestSuppliers', coalesce((
               SELECT json_agg(json_build_object(
                 'rank', ranked.rank,
                 'fit', CASE ranked.fit WHEN 2 THEN 'EXACT' ELSE 'PARENT' END,
                 'local', ranked.local,
                 'regional', ranked.regional,
                 'supplier', json_build_object('id', ${globalIdSql('SupplierProfile', 'ranked.id')},
                                               'business', json_build_object('name', ranked.name))
               ) ORDER BY ranked.rank)
                 FROM (SELECT chosen.*, row_number() OVER (ORDER BY place) AS rank FROM chosen) ranked),
               '[]')))::text AS body`,
  },
  {
    id: 'W8',
    title: 'W8 procurement figures of a year',
    caller: 'anonymous',
    query: `query W8 {
      procurementStats(year: 2024) {
        requests awards awardedValue regionalValueShare localValueShare regionalAwardShare localAwardShare
        suppliersInvited invitations topDecileInvitationShare
        divisions { division label awards awardedValue }
      }
    }`,
    floorParams: [2024],
    floor: `
      WITH awarded AS (
        SELECT a.value, a.local, a.regional, left(r.cpv_code, 2) || '000000' AS division
          FROM award a JOIN procurement_request r ON r.id = a.request_id
         WHERE extract(year FROM a.awarded_at AT TIME ZONE 'Europe/Amsterdam') = $1
      ), invited AS (
        SELECT i.profile_id, count(*)::int AS n FROM invitation i
         WHERE i.outcome = 'INVITED' AND extract(year FROM i.decided_at AT TIME ZONE 'Europe/Amsterdam') = $1
         GROUP BY i.profile_id
      ), ranked AS (
        SELECT n, row_number() OVER (ORDER BY n DESC) AS place, count(*) OVER () AS suppliers FROM invited
      ), figures AS (
        SELECT
          (SELECT count(*) FROM procurement_request
            WHERE extract(year FROM created_at AT TIME ZONE 'Europe/Amsterdam') = $1) AS requests,
          (SELECT count(*) FROM awarded) AS awards,
          (SELECT coalesce(sum(value), 0) FROM awarded) AS awarded_value,
          (SELECT coalesce(sum(value) FILTER (WHERE regional), 0) FROM awarded) AS regional_value,
          (SELECT coalesce(sum(value) FILTER (WHERE local), 0) FROM awarded) AS local_value,
          (SELECT count(*) FILTER (WHERE regional) FROM awarded) AS regional_awards,
          (SELECT count(*) FILTER (WHERE local) FROM awarded) AS local_awards,
          (SELECT count(*) FROM invited) AS suppliers_invited,
          (SELECT coalesce(sum(n), 0) FROM invited) AS invitations,
          (SELECT coalesce(sum(n) FILTER (WHERE place <= ceil(suppliers * 0.1)), 0) FROM ranked) AS top_decile
      )
      SELECT json_build_object('data', json_build_object('procurementStats', json_build_object(
               'requests', requests, 'awards', awards, 'awardedValue', awarded_value,
               'regionalValueShare', ${share('regional_value', 'awarded_value')},
               'localValueShare', ${share('local_value', 'awarded_value')},
               'regionalAwardShare', ${share('regional_awards', 'awards')},
               'localAwardShare', ${share('local_awards', 'awards')},
               'suppliersInvited', suppliers_invited, 'invitations', invitations,
               'topDecileInvitationShare', ${share('top_decile', 'invitations')},
               'divisions', coalesce((
                 SELECT json_agg(json_build_object('division', d.division, 'label', c.label, 'awards', d.awards,
                                                   'awardedValue', d.value) ORDER BY d.division)
                   FROM (SELECT division, count(*) AS awards, sum(value) AS value FROM awarded GROUP BY division) d
                   JOIN cpv_category c ON c.code = d.division), '[]')
             )))::text AS body
        FROM figures`,
  },
]);
