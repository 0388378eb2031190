import { defineWorkloads, TODAY_SQL } from './workload';

export const politicsWorkloads = defineWorkloads('politics', [
  {
    id: 'PO1',
    title: 'PO1 political tracker (5 municipalities)',
    caller: 'anonymous',
    query: `query PO1 {
      municipalities(inRegion: true) {
        name
        politicalTracker {
          election { date }
          coalitionAgreement { title }
          points {
            agendaPoint { title }
            coveredByCoalitionAgreement
            parties { party { abbreviation } stage }
          }
        }
      }
    }`,
    // Per municipality: the latest election held, the first coalition agreement from its day on, and each
    // agenda point with every party on the ballot (a result in that election) and its commitment's stage.
    floor: `
      WITH m AS (
        SELECT m.id, m.name,
               (SELECT e.id FROM election e
                 WHERE (e.municipality_id = m.id OR e.municipality_id IS NULL) AND e.date <= ${TODAY_SQL}
                 ORDER BY e.date DESC, e.id LIMIT 1) AS election_id
          FROM municipality m WHERE m.in_region
      ), t AS (
        SELECT m.id, m.name, e.id AS election_id, e.date,
               (SELECT ca.id FROM coalition_agreement ca
                 WHERE ca.municipality_id = m.id AND ca.since >= e.date ORDER BY ca.since, ca.id LIMIT 1) AS agreement_id
          FROM m LEFT JOIN election e ON e.id = m.election_id
      )
      SELECT json_build_object('data', json_build_object('municipalities', coalesce(json_agg(json_build_object(
               'name', t.name,
               'politicalTracker', CASE WHEN t.election_id IS NULL THEN NULL ELSE json_build_object(
                 'election', json_build_object('date', to_char(t.date, 'YYYY-MM-DD')),
                 'coalitionAgreement', (SELECT json_build_object('title', ca.title)
                                          FROM coalition_agreement ca WHERE ca.id = t.agreement_id),
                 'points', coalesce((
                   SELECT json_agg(json_build_object(
                            'agendaPoint', json_build_object('title', a.title),
                            'coveredByCoalitionAgreement', EXISTS (
                              SELECT 1 FROM coalition_agenda_point cap
                               WHERE cap.agreement_id = t.agreement_id AND cap.agenda_point_id = a.id),
                            'parties', (
                              SELECT json_agg(json_build_object(
                                       'party', json_build_object('abbreviation', p.abbreviation),
                                       'stage', c.stage) ORDER BY p.name, p.id)
                                FROM election_result er
                                JOIN party p ON p.id = er.party_id AND p.municipality_id = t.id
                                LEFT JOIN commitment c ON c.party_id = p.id AND c.agenda_point_id = a.id
                               WHERE er.election_id = t.election_id)
                          ) ORDER BY a.position)
                     FROM agenda_point a
                    WHERE a.election_id = t.election_id
                      AND EXISTS (SELECT 1 FROM election_result er JOIN party p ON p.id = er.party_id
                                   WHERE er.election_id = t.election_id AND p.municipality_id = t.id)), '[]')
               ) END
             ) ORDER BY t.name), '[]')))::text AS body
        FROM t`,
  },
]);
