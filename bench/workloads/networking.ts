import { defineWorkloads, globalIdSql, isoTimeSql } from './workload';

const FROM = '2024-01-01T00:00:00.000Z';
const UPDATED_SINCE = '2025-06-01T00:00:00.000Z';

export const networkingWorkloads = defineWorkloads('networking', [
  {
    id: 'W1',
    title: 'W1 events list',
    caller: 'anonymous',
    query: `query W1 {
      events(filter: { from: "${FROM}" }, first: 100) {
        nodes {
          id title startsAt
          organisers { name }
          venue { municipality { name } }
          attendance { confirmed waitlisted }
        }
      }
    }`,
    floorParams: [FROM],
    floor: `
      WITH page AS (
        SELECT * FROM event
         WHERE visibility = 'PUBLIC' AND ends_at >= $1 AND status <> 'CANCELLED'
         ORDER BY starts_at, id LIMIT 100
      )
      SELECT json_build_object('data', json_build_object('events', json_build_object(
               'nodes', coalesce(json_agg(json_build_object(
                 'id', ${globalIdSql('Event', 'e.id')},
                 'title', e.title,
                 'startsAt', ${isoTimeSql('e.starts_at')},
                 'organisers', (SELECT coalesce(json_agg(json_build_object('name', coalesce(a.name, o.name))
                                                         ORDER BY h.position), '[]')
                                  FROM event_host h
                                  LEFT JOIN association a ON a.id = h.association_id
                                  LEFT JOIN organisation o ON o.id = h.organisation_id
                                 WHERE h.event_id = e.id AND h.role = 'ORGANISER'),
                 'venue', json_build_object('municipality', json_build_object('name', m.name)),
                 'attendance', json_build_object('confirmed', att.confirmed, 'waitlisted', att.waitlisted)
               ) ORDER BY e.starts_at, e.id), '[]'))))::text AS body
        FROM page e
        JOIN municipality m ON m.id = e.venue_municipality_id
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
                 count(*) FILTER (WHERE r.status = 'WAITLISTED') AS waitlisted
            FROM registration r WHERE r.event_id = e.id
        ) att`,
  },
  {
    id: 'sync',
    title: 'partner sync poll',
    scale: true,
    caller: 'partner',
    query: `query PartnerSync {
      events(filter: { updatedSince: "${UPDATED_SINCE}" }, first: 100) {
        nodes { id title startsAt endsAt status revision updatedAt venue { name address } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    floorParams: [UPDATED_SINCE],
    floor: `
      WITH matching AS (
        SELECT * FROM event
         WHERE visibility IN ('PUBLIC', 'PARTNERS') AND updated_at > $1
         ORDER BY change_seq, id LIMIT 101
      ), page AS (
        SELECT * FROM matching ORDER BY change_seq, id LIMIT 100
      ), last AS (
        SELECT * FROM page ORDER BY change_seq DESC, id DESC LIMIT 1
      )
      SELECT json_build_object('data', json_build_object('events', json_build_object(
               'nodes', coalesce((SELECT json_agg(json_build_object(
                 'id', ${globalIdSql('Event', 'e.id')},
                 'title', e.title,
                 'startsAt', ${isoTimeSql('e.starts_at')},
                 'endsAt', ${isoTimeSql('e.ends_at')},
                 'status', e.status,
                 'revision', e.revision,
                 'updatedAt', ${isoTimeSql('e.updated_at')},
                 'venue', json_build_object('name', e.venue_name, 'address', e.venue_address)
               ) ORDER BY e.change_seq, e.id) FROM page e), '[]'),
               'pageInfo', json_build_object(
                 'hasNextPage', (SELECT count(*) FROM matching) > 100,
                 -- the keyset cursor: base64url of ["changeSeq","<change_seq>","<id>"]
                 'endCursor', (SELECT rtrim(translate(encode(convert_to(
                                 '["changeSeq","' || l.change_seq || '","' || l.id || '"]', 'UTF8'), 'base64'),
                                 E'+/\\n', '-_'), '=') FROM last l)))))::text AS body`,
  },
]);
