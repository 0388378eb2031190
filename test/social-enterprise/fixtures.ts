import { toGlobalId } from '../../src/kit';
import type { CreateCandidateInput, PostOpportunityInput } from '../__generated__/graphql';
import { CreateCandidateDocument, PostOpportunityDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { dbId, Role } from '../support/test-server';

export const coach = (api: TestServer, sub = 'coach-anna') =>
  api.token({ roles: [Role.COACH], sub, name: `Coach ${sub}` });

export const admin = (api: TestServer) => api.token({ roles: [Role.ADMIN], sub: 'admin', name: 'Beheerder' });

export const member = (api: TestServer, kvk: string) =>
  api.token({ roles: [Role.MEMBER], kvk, sub: `member-${kvk}`, name: `Ondernemer ${kvk}` });

export const civilServant = (api: TestServer, municipality: string) =>
  api.token({
    roles: [Role.CIVIL_SERVANT],
    municipality,
    sub: `ambtenaar-${municipality}`,
    name: `Ambtenaar ${municipality}`,
  });

/** The database id behind a global id, for checks on the tables. */
export { dbId };

let candidateCount = 0;

export function candidateInput(overrides: Partial<CreateCandidateInput> = {}): CreateCandidateInput {
  candidateCount += 1;
  return {
    name: `Kandidaat ${candidateCount} Jansen`,
    email: `kandidaat${candidateCount}@example.nl`,
    phone: '+31 6 1234 5678',
    birthYear: 1995,
    municipality: 'GM0352',
    targetGroup: 'LABOUR_DISABILITY',
    school: 'ROC Midden Nederland',
    interests: 'Fietsen repareren',
    skills: ['fietstechniek', 'klantcontact'],
    availability: 'ma–wo ochtend',
    supportNeeds: 'Rustige werkplek; vaste begeleider op de werkvloer.',
    consentGivenOn: '2026-01-05',
    consentPurposes: ['matching', 'sharing-profile'],
    ...overrides,
  };
}

/** A new candidate made by a coach; returns its global id. */
export async function createCandidate(
  api: TestServer,
  overrides: Partial<CreateCandidateInput> = {},
  headers?: Record<string, string>,
): Promise<string> {
  const response = await api.graphql(
    CreateCandidateDocument,
    { input: candidateInput(overrides) },
    headers ?? (await coach(api)),
  );
  const result = response.body.data?.createCandidate;
  if (!result?.candidate) throw new Error(JSON.stringify(response.body));
  return result.candidate.id;
}

/** A new OPEN opportunity; returns its global id. */
export async function postOpportunity(
  api: TestServer,
  headers: Record<string, string>,
  overrides: Partial<PostOpportunityInput> = {},
): Promise<string> {
  const response = await api.graphql(
    PostOpportunityDocument,
    { input: { kind: 'JOB', title: 'Medewerker werkplaats', places: 1, ...overrides } },
    headers,
  );
  const result = response.body.data?.postOpportunity;
  if (!result?.opportunity) throw new Error(JSON.stringify(response.body));
  return result.opportunity.id;
}

/** A demo business that is a supplier (has a supplier profile) in Wijk bij Duurstede or elsewhere. */
export async function supplierBusiness(
  api: TestServer,
): Promise<{ id: string; kvk: string; profileId: string }> {
  const [row] = await api.dataSource.query(
    `SELECT b.id, b.kvk_number AS kvk, p.id AS "profileId"
       FROM supplier_profile p JOIN business b ON b.id = p.business_id ORDER BY b.kvk_number LIMIT 1`,
  );
  return row;
}

/**
 * An award to a supplier, straight into procurement's tables (the module's own tests cover how awards are
 * made): a request of Zeist with one invitation and quote, awarded at `value` with a social-return share.
 */
export async function insertAward(
  api: TestServer,
  supplier: { id: string; profileId: string },
  value: number,
  percentage: number,
): Promise<string> {
  const [row] = await api.dataSource.query(
    `WITH request AS (
       INSERT INTO procurement_request (municipality_id, title, cpv_code, kind, estimated_value, deadline, procedure,
                                        required_procedure, status, social_return_percentage, created_by_subject,
                                        created_by_name, quotes_opened_at)
       SELECT m.id, 'Groenonderhoud', '77310000', 'SERVICES', $3, now() - interval '1 day', 'SINGLE_QUOTE',
              'SINGLE_QUOTE', 'AWARDED', $4, 'test', 'Test Inkoper', now() - interval '1 day'
         FROM municipality m WHERE m.cbs_code = 'GM0355' RETURNING id),
     invitation AS (
       INSERT INTO invitation (request_id, profile_id, outcome, suggested_rank, decided_at, decided_by_subject,
                               decided_by_name)
       SELECT request.id, $2, 'INVITED', 1, now() - interval '5 days', 'test', 'Test Inkoper' FROM request
       RETURNING id, request_id),
     quote AS (
       INSERT INTO quote (invitation_id, request_id, profile_id, amount, submitted_at, submitted_by_subject,
                          submitted_by_name)
       SELECT id, request_id, $2, $3, now() - interval '3 days', 'test', 'Test Leverancier' FROM invitation
       RETURNING id, request_id)
     INSERT INTO award (request_id, quote_id, profile_id, business_id, value, local, regional,
                        social_return_percentage, social_return_obligation, awarded_at, awarded_by_subject,
                        awarded_by_name)
     SELECT quote.request_id, quote.id, $2, $1, $3, false, true, $4, floor($3::bigint * $4 / 100), now(), 'test',
            'Test Inkoper'
       FROM quote RETURNING id`,
    [supplier.id, supplier.profileId, value, percentage],
  );
  return toGlobalId('Award', row.id);
}

/**
 * Moves a placement's step to PLACED back in time, as if it had been placed `months` whole months (and a day)
 * ago: credits may not exceed the months actually placed.
 */
export async function placedAgo(api: TestServer, placementGlobalId: string, months: number, days = 1) {
  await api.dataSource.query(
    `UPDATE placement_transition SET at = now() - make_interval(months => $2, days => $3)
      WHERE placement_id = $1 AND "to" = 'PLACED'`,
    [dbId(placementGlobalId), months, days],
  );
}
