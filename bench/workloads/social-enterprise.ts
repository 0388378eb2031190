import { defineWorkloads, globalIdSql } from './workload';

export const socialEnterpriseWorkloads = defineWorkloads('socialEnterprise', [
  {
    id: 'SE1',
    title: 'SE1 opportunity board',
    caller: 'anonymous',
    query: `query SE1 {
      opportunities(first: 20) {
        totalCount
        nodes { id kind title places hoursPerWeek targetGroups business { name } municipality { name } }
      }
    }`,
    floor: `
      WITH page AS (
        SELECT o.id, o.kind, o.title, o.places, o.hours_per_week, o.target_groups, o.created_at,
               b.name AS business, m.name AS municipality
          FROM opportunity o
          JOIN municipality m ON m.id = o.municipality_id
          LEFT JOIN business b ON b.id = o.business_id
         WHERE o.status = 'OPEN'
         ORDER BY o.created_at DESC, o.id DESC LIMIT 20
      )
      SELECT json_build_object('data', json_build_object('opportunities', json_build_object(
               'totalCount', (SELECT count(*) FROM opportunity WHERE status = 'OPEN'),
               'nodes', coalesce((SELECT json_agg(json_build_object(
                 'id', ${globalIdSql('Opportunity', 'page.id')},
                 'kind', page.kind,
                 'title', page.title,
                 'places', page.places,
                 'hoursPerWeek', page.hours_per_week,
                 'targetGroups', to_json(page.target_groups),
                 'business', CASE WHEN page.business IS NULL THEN NULL ELSE json_build_object('name', page.business) END,
                 'municipality', json_build_object('name', page.municipality)
               ) ORDER BY page.created_at DESC, page.id DESC) FROM page), '[]'))))::text AS body`,
  },
]);
