import { defineWorkloads, globalIdSql, TODAY_SQL } from './workload';

const byMunicipalityName = (data: unknown) => {
  const figures = (data as { businessFigures: { municipality: { name: string } }[] }).businessFigures;
  return [...figures].sort((a, b) => a.municipality.name.localeCompare(b.municipality.name));
};

export const coreWorkloads = defineWorkloads('core', [
  {
    id: 'F0',
    title: 'F0 fixed cost: __typename',
    caller: 'anonymous',
    // No resolver reads data: what every request costs before its fields (HTTP, the GraphQL pipeline, the
    // response), against which the lists' own cost is read.
    query: `query F0 { __typename }`,
    floor: `SELECT '{"data":{"__typename":"Query"}}' AS body`,
  },
  {
    id: 'W2',
    title: 'W2 business search',
    scale: true,
    caller: 'anonymous',
    query: `query W2 {
      businesses(filter: { municipality: "GM0355", search: "bakkerij" }, first: 20) {
        totalCount
        nodes { id name kvkNumber municipality { name } associations { name } }
      }
    }`,
    floorParams: ['GM0355', '%bakkerij%'],
    floor: `
      WITH ranked AS (
        -- One scan gives the page and the count of all matches (a window before the limit); only ids and
        -- names pass through the window, the page's businesses are read afterwards.
        SELECT b.id, b.name, count(*) OVER () AS total FROM business b
         WHERE b.municipality_id = (SELECT id FROM municipality WHERE cbs_code = $1) AND b.name ILIKE $2
         ORDER BY b.name, b.id LIMIT 20
      ), page AS (
        SELECT r.total, b.* FROM ranked r JOIN business b ON b.id = r.id
      )
      SELECT json_build_object('data', json_build_object('businesses', json_build_object(
               'totalCount', coalesce(max(p.total), 0),
               'nodes', coalesce(json_agg(json_build_object(
                 'id', ${globalIdSql('Business', 'p.id')},
                 'name', p.name,
                 'kvkNumber', p.kvk_number,
                 'municipality', json_build_object('name', m.name),
                 'associations', (SELECT coalesce(json_agg(json_build_object('name', a.name) ORDER BY bm.since), '[]')
                                    FROM business_membership bm JOIN association a ON a.id = bm.association_id
                                   WHERE bm.business_id = p.id AND bm.since <= ${TODAY_SQL}
                                     AND (bm.until IS NULL OR bm.until >= ${TODAY_SQL}))
               ) ORDER BY p.name, p.id), '[]'))))::text AS body
        FROM page p JOIN municipality m ON m.id = p.municipality_id`,
  },
  {
    id: 'W3',
    title: 'W3 businessFigures',
    caller: 'admin',
    query: `query W3 {
      businessFigures(on: "2018-01-01") { municipality { name } businesses associationMembers }
    }`,
    floorParams: ['2018-01-01'],
    floor: `
      WITH members AS (
        SELECT DISTINCT business_id FROM business_membership
         WHERE since <= $1::date AND (until IS NULL OR until >= $1::date)
      ), figures AS (
        SELECT b.municipality_id, count(*) AS businesses, count(members.business_id) AS members
          FROM business b LEFT JOIN members ON members.business_id = b.id
         GROUP BY b.municipality_id
      )
      SELECT json_build_object('data', json_build_object('businessFigures', json_agg(json_build_object(
               'municipality', json_build_object('name', m.name),
               'businesses', f.businesses,
               'associationMembers', f.members))))::text AS body
        FROM figures f JOIN municipality m ON m.id = f.municipality_id`,
    normalise: byMunicipalityName,
  },
  {
    id: 'W3b',
    title: 'W3b municipalities with totalCount',
    caller: 'anonymous',
    query: `query W3b { municipalities(inRegion: true) { name businesses { totalCount } } }`,
    floor: `
      SELECT json_build_object('data', json_build_object('municipalities', json_agg(json_build_object(
               'name', m.name,
               'businesses', json_build_object('totalCount',
                 (SELECT count(*) FROM business b WHERE b.municipality_id = m.id))
             ) ORDER BY m.name)))::text AS body
        FROM municipality m WHERE m.in_region`,
  },
]);
