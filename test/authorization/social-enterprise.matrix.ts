import { toGlobalId } from '../../src/kit';
import {
  defineMatrix,
  everyone,
  gate,
  INHERIT,
  personal,
  sample,
  visibleTo,
} from '../support/authorization-matrix';

/**
 * Social enterprise (issue 11). Open opportunities, participation, rates and figures are public. Candidates
 * are for coaches and admins only: every field that tells who a candidate is, is `personal(...)`, also where
 * it hangs off a placement (a gate: FORBIDDEN at the field). Placements are seen by coaches, admins and the
 * opportunity's poster: the sample opportunity is the MEMBER caller's business's, with one placement (made by
 * `prepare`; it also stands for a project that became a DRAFT request of Zeist). Social-return status is for
 * coaches, admins, civil servants of the buying municipality (the sample award is Zeist's) and the supplier's
 * members.
 */
const PLACEMENT = `
  WITH business AS (SELECT id, municipality_id FROM business WHERE kvk_number = $1),
  request AS (
    INSERT INTO procurement_request (municipality_id, title, cpv_code, kind, estimated_value, deadline, procedure,
                                     required_procedure, status, created_by_subject, created_by_name)
    SELECT m.id, 'Matrix project', '45442100', 'WORKS', 2000000, now() + interval '14 days', 'SINGLE_QUOTE',
           'SINGLE_QUOTE', 'DRAFT', 'matrix', 'Matrix Inkoper'
      FROM municipality m WHERE m.cbs_code = 'GM0355' RETURNING id),
  opportunity AS (
    INSERT INTO opportunity (kind, title, municipality_id, places, poster_kind, business_id, procurement_request_id,
                             created_by_subject, created_by_name)
    SELECT 'JOB', 'Matrix vacature', municipality_id, 2, 'BUSINESS', business.id, request.id, 'matrix',
           'Matrix Ondernemer'
      FROM business, request RETURNING id, municipality_id),
  candidate AS (
    INSERT INTO candidate (name, email, phone, birth_year, municipality_id, target_group, school, interests, skills,
                           availability, support_needs, coach_subject, coach_name, consent_given_on,
                           consent_purposes, pseudonym)
    SELECT 'Matrix Kandidaat', 'kandidaat@example.nl', '+31 6 0000 0000', 1990, municipality_id, 'PUPIL',
           'Matrix College', 'Koken', '{koken}', 'woensdag', 'Korte instructies', 'matrix-coach', 'Matrix Coach',
           '2026-01-01', '{matching}', 'K-MATRIX1'
      FROM opportunity RETURNING id),
  placement AS (
    INSERT INTO placement (candidate_id, opportunity_id, stage, stage_since)
    SELECT candidate.id, opportunity.id, 'INTRODUCED', now() FROM candidate, opportunity RETURNING id, candidate_id),
  transition AS (
    INSERT INTO placement_transition (placement_id, candidate_id, "from", "to", at, actor_subject, actor_name, note)
    SELECT id, candidate_id, 'PROPOSED', 'INTRODUCED', now(), 'matrix-coach', 'Matrix Coach', 'Kennismaking goed'
      FROM placement RETURNING id)
  SELECT (SELECT id FROM opportunity) AS opportunity, (SELECT id FROM candidate) AS candidate,
         (SELECT id FROM placement) AS placement, (SELECT count(*) FROM transition) AS transitions`;

const CANDIDATE_READERS = ['ADMIN', 'COACH'] as const;
const identifying = personal(...CANDIDATE_READERS);
const gatedIdentifying = personal(...CANDIDATE_READERS, { denial: 'gate' });
const payload = (...fields: string[]) => ({ fields: Object.fromEntries(fields.map((f) => [f, INHERIT])) });

export const socialEnterpriseMatrix = defineMatrix({
  async prepare({ sample: value, sql }) {
    const [made] = await sql(PLACEMENT, [value('memberKvk')]);
    const { opportunity, candidate, placement } = made as Record<string, string | null>;
    if (!opportunity || !candidate || !placement)
      throw new Error(`social-enterprise samples: ${JSON.stringify(made)}`);
    return {
      opportunity: toGlobalId('Opportunity', opportunity),
      candidate: toGlobalId('Candidate', candidate),
      placement: toGlobalId('Placement', placement),
    };
  },
  query: {
    candidate: { args: { id: sample('candidate') }, cells: gate(...CANDIDATE_READERS) },
    candidates: { cells: gate(...CANDIDATE_READERS) },
    opportunities: { cells: everyone },
    opportunity: { args: { id: sample('opportunity') }, cells: everyone },
    socialEnterpriseParticipation: { cells: everyone },
    socialEnterpriseStats: { args: { year: 2026 }, cells: everyone },
    socialReturnRates: { cells: everyone },
    socialReturnStatus: {
      args: { awardId: sample('award') },
      cells: visibleTo('ADMIN', 'CIVIL_SERVANT', 'COACH'),
    },
  },
  mutation: {
    // Gates only: whose opportunity, which municipality and which stage are the services' rules (see
    // test/social-enterprise).
    closeOpportunity: { cells: gate('ADMIN', 'CIVIL_SERVANT', 'COACH', 'MEMBER') },
    convertProjectToProcurementRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    createCandidate: { cells: gate(...CANDIDATE_READERS) },
    // The buyer confirms: civil servants (of the buying municipality, the service checks).
    confirmSocialReturnCredits: { cells: gate('CIVIL_SERVANT') },
    creditSocialReturn: { cells: gate(...CANDIDATE_READERS) },
    eraseCandidate: { cells: gate(...CANDIDATE_READERS) },
    // Which firm and which project are the service's rules (test/social-enterprise/project-interest.cases.ts).
    expressProjectInterest: { cells: gate('MEMBER') },
    movePlacement: { cells: gate(...CANDIDATE_READERS) },
    // The poster only: others' placements are NOT_FOUND (test/social-enterprise/answers.cases.ts).
    answerPlacement: { cells: gate('MEMBER', 'CIVIL_SERVANT') },
    postOpportunity: { cells: gate('ADMIN', 'CIVIL_SERVANT', 'COACH', 'MEMBER') },
    proposePlacement: { cells: gate(...CANDIDATE_READERS) },
    setSocialEnterpriseParticipation: { cells: gate('ADMIN') },
    takeInterestedFirmsIntoRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    updateCandidate: { cells: gate(...CANDIDATE_READERS) },
    // Whose opportunity (poster, or a coach for an institution) is the service's rule.
    updateOpportunity: { cells: gate('ADMIN', 'CIVIL_SERVANT', 'COACH', 'MEMBER') },
  },
  types: {
    AnnualReview: { fields: { socialEnterprise: INHERIT } },
    Business: { fields: { opportunities: INHERIT } },
    Candidate: {
      sample: 'candidate',
      node: visibleTo(...CANDIDATE_READERS),
      fields: {
        availability: identifying,
        birthYear: identifying,
        coachName: identifying,
        coachSubject: identifying,
        consentGivenOn: identifying,
        consentPurposes: identifying,
        createdAt: identifying,
        email: identifying,
        // Null on the sample (not erased); guarded on the field like every other.
        erasedAt: INHERIT,
        id: INHERIT,
        interests: identifying,
        municipality: identifying,
        name: identifying,
        phone: identifying,
        placements: identifying,
        pseudonym: identifying,
        school: identifying,
        skills: identifying,
        supportNeeds: identifying,
        targetGroup: identifying,
      },
    },
    CandidateConnection: payload('edges', 'nodes', 'pageInfo', 'totalCount'),
    CandidateEdge: payload('cursor', 'node'),
    CandidateProfile: payload('availability', 'pseudonym', 'skills', 'targetGroup'),
    CloseOpportunityPayload: payload('opportunity', 'userErrors'),
    ConvertProjectToProcurementRequestPayload: payload('opportunity', 'procurementRequestId', 'userErrors'),
    CreateCandidatePayload: payload('candidate', 'userErrors'),
    CreditSocialReturnPayload: payload('credit', 'userErrors'),
    EraseCandidatePayload: payload('candidate', 'userErrors'),
    ExpressProjectInterestPayload: payload('interest', 'userErrors'),
    MovePlacementPayload: payload('placement', 'userErrors'),
    Municipality: { fields: { opportunities: INHERIT, socialEnterpriseParticipation: INHERIT } },
    Opportunity: {
      sample: 'opportunity',
      node: everyone,
      fields: {
        business: INHERIT,
        closingDate: INHERIT,
        createdAt: INHERIT,
        description: INHERIT,
        hoursPerWeek: INHERIT,
        id: INHERIT,
        // Answers of firms: municipal PROJECTs only; the sample is a business's JOB, so null for everyone. Who
        // sees which answers of a project is tested in test/social-enterprise/project-interest.cases.ts.
        interests: visibleTo(),
        kind: INHERIT,
        municipality: INHERIT,
        organisation: INHERIT,
        // Its poster (the MEMBER caller's business), coaches and admins.
        placements: visibleTo('ADMIN', 'COACH', 'MEMBER'),
        places: INHERIT,
        posterKind: INHERIT,
        // As `procurementRequest(id:)`: its buyers (the sample's request is Zeist's DRAFT, nobody invited).
        procurementRequest: visibleTo('ADMIN', 'CIVIL_SERVANT'),
        procurementRequestId: INHERIT,
        startDate: INHERIT,
        status: INHERIT,
        targetGroups: INHERIT,
        title: INHERIT,
        updatedAt: INHERIT,
      },
    },
    OpportunityConnection: payload('edges', 'nodes', 'pageInfo', 'totalCount'),
    OpportunityEdge: payload('cursor', 'node'),
    OpportunityKindCount: payload('count', 'kind'),
    Organisation: { fields: { opportunities: INHERIT } },
    Placement: {
      sample: 'placement',
      node: visibleTo('ADMIN', 'COACH', 'MEMBER'),
      fields: {
        candidate: gatedIdentifying,
        candidateProfile: INHERIT,
        createdAt: INHERIT,
        id: INHERIT,
        opportunity: INHERIT,
        stage: INHERIT,
        stageSince: INHERIT,
        transitions: gatedIdentifying,
      },
    },
    PlacementStageCount: payload('count', 'stage'),
    PlacementTransition: payload('actorName', 'at', 'from', 'note', 'to'),
    PostOpportunityPayload: payload('opportunity', 'userErrors'),
    ProjectInterest: payload('business', 'createdAt', 'note', 'takenIntoRequestAt'),
    ProposePlacementPayload: payload('placement', 'userErrors'),
    SetSocialEnterpriseParticipationPayload: payload('participation', 'userErrors'),
    SocialEnterpriseParticipation: payload('municipality', 'since', 'status', 'until'),
    SocialEnterpriseReview: payload('current', 'previous'),
    SocialEnterpriseStats: payload(
      'fillRate',
      'medianDaysToPlacement',
      'municipality',
      'opportunities',
      'opportunitiesByKind',
      'placements',
      'placementsByStage',
      'placementsByTargetGroup',
      'year',
    ),
    SocialReturnCredit: payload(
      'confirmedAt',
      'confirmedByName',
      'creditedAt',
      'creditedByName',
      'months',
      'placement',
      'surplus',
      'value',
    ),
    SocialReturnRate: payload('isDefault', 'minMonths', 'targetGroup', 'value'),
    SocialReturnStatus: payload(
      'awaitingConfirmation',
      'awardId',
      'confirmed',
      'credited',
      'credits',
      'obligated',
      'remaining',
      'surplus',
    ),
    ConfirmSocialReturnCreditsPayload: payload('status', 'userErrors'),
    SuppressedCount: payload('suppressed', 'value'),
    TakeInterestedFirmsIntoRequestPayload: payload('opportunity', 'userErrors'),
    TargetGroupCount: payload('count', 'targetGroup'),
    UpdateCandidatePayload: payload('candidate', 'userErrors'),
    UpdateOpportunityPayload: payload('opportunity', 'userErrors'),
  },
});
