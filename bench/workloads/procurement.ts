import { defineWorkloads, globalIdSql } from './workload';

export const procurementWorkloads = defineWorkloads('procurement', [
  {
    id: 'W5',
    title: 'W5 supplier search',
    caller: 'anonymous',
    query: `query W5 {
      suppliers(filter: { search: "schilder" }, first: 20) {
        totalCount
        nodes { id socialEnterprise business { name city } }
      }
    }`,
    floorParams: ['schilder', '%schilder%'],
    floor: `
      WITH matches AS (
        -- Full-text hits on the description first ('0'), name-only hits after ('1'), by name in each.
        SELECT p.id, p.social_enterprise, b.name, b.city,
               (CASE WHEN p.search_vector @@ plainto_tsquery('dutch', $1) THEN '0' ELSE '1' END) || b.name AS sort_key
          FROM supplier_profile p JOIN business b ON b.id = p.business_id
         WHERE p.active AND (p.search_vector @@ plainto_tsquery('dutch', $1) OR b.name ILIKE $2)
      ), page AS (
        SELECT * FROM matches ORDER BY sort_key, id LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('suppliers', json_build_object(
               'totalCount', (SELECT count(*) FROM matches),
               'nodes', coalesce((SELECT json_agg(json_build_object(
                 'id', ${globalIdSql('SupplierProfile', 'page.id')},
                 'socialEnterprise', page.social_enterprise,
                 'business', json_build_object('name', page.name, 'city', page.city)
               ) ORDER BY page.sort_key, page.id) FROM page), '[]'))))::text AS body`,
  },
]);
