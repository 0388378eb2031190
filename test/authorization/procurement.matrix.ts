import { toGlobalId } from '../../src/kit';
import {
  routeFor,
  defineMatrix,
  everyone,
  gate,
  INHERIT,
  personal,
  sample,
  visibleTo,
} from '../support/authorization-matrix';

/**
 * Procurement (issue 10). Requests, their invitations and quotes are for their buyers: admins and civil
 * servants of the request's municipality (the CIVIL_SERVANT caller is of Zeist, GM0355). The sample request
 * is an awarded one of Zeist that the MEMBER caller's business was not invited to (made by `prepare`). Supplier contact details
 * are for buyers, `suppliers:read` keys and the supplier's own members: the sample profile is the MEMBER
 * caller's business's, made (or filled in) by `prepare`. Awards, the CPV catalogue, thresholds, supplier
 * search and figures are public.
 */
/**
 * An awarded request of Zeist of the matrix's own, with one invitation and its quote, for a supplier other
 * than the MEMBER caller's business, straight into the tables (the demo requests vary with the demo data).
 */
const AWARDED_REQUEST = `
  WITH supplier AS (
    SELECT p.id, p.business_id FROM supplier_profile p JOIN business b ON b.id = p.business_id
     WHERE b.kvk_number <> $1 ORDER BY p.id LIMIT 1),
  request AS (
    INSERT INTO procurement_request (municipality_id, title, cpv_code, kind, estimated_value, deadline, procedure,
                                     required_procedure, status, created_by_subject, created_by_name,
                                     closed_at, closed_by_subject, closed_by_name, quotes_opened_at,
                                     quotes_opened_by_subject, quotes_opened_by_name, quotes_opening_confirmed_at,
                                     quotes_opening_confirmed_by_subject, quotes_opening_confirmed_by_name)
    SELECT m.id, 'Schilderwerk matrix', '45442100', 'WORKS', 2000000, now() - interval '1 day', 'MULTIPLE_QUOTE',
           'MULTIPLE_QUOTE', 'AWARDED', 'matrix', 'Matrix Inkoper', now() - interval '1 day', 'matrix',
           'Matrix Inkoper', now() - interval '1 day', 'matrix', 'Matrix Inkoper', now() - interval '1 day',
           'matrix-2', 'Matrix Tweede Inkoper'
      FROM municipality m WHERE m.cbs_code = 'GM0355' RETURNING id),
  invitation AS (
    INSERT INTO invitation (request_id, profile_id, outcome, suggested_rank, decided_at, decided_by_subject,
                            decided_by_name)
    SELECT request.id, supplier.id, 'INVITED', 1, now() - interval '5 days', 'matrix', 'Matrix Inkoper'
      FROM request, supplier RETURNING id, request_id, profile_id),
  quote AS (
    INSERT INTO quote (invitation_id, request_id, profile_id, amount, submitted_at, submitted_by_subject,
                       submitted_by_name)
    SELECT id, request_id, profile_id, 1900000, now() - interval '3 days', 'matrix', 'Matrix Leverancier'
      FROM invitation RETURNING id, request_id, profile_id),
  award AS (
    INSERT INTO award (request_id, quote_id, profile_id, business_id, value, local, regional,
                       social_return_percentage, social_return_obligation, awarded_at, awarded_by_subject,
                       awarded_by_name, rationale)
    SELECT quote.request_id, quote.id, quote.profile_id, supplier.business_id, 1900000, false, true, 0, 0, now(),
           'matrix', 'Matrix Inkoper', 'Snellere levering'
      FROM quote, supplier RETURNING id),
  question AS (
    INSERT INTO procurement_question (request_id, profile_id, question, asked_at, asked_by_subject, answer,
                                      answered_at, answered_by_subject, answered_by_name)
    SELECT invitation.request_id, invitation.profile_id, 'Mag het ook in het weekend?', now() - interval '4 days',
           'matrix', 'Ja.', now() - interval '4 days', 'matrix', 'Matrix Inkoper'
      FROM invitation RETURNING id)
  SELECT (SELECT id FROM request) AS request, (SELECT id FROM invitation) AS invitation,
         (SELECT id FROM quote) AS quote, (SELECT id FROM award) AS award, (SELECT id FROM question) AS question`;

export const procurementMatrix = defineMatrix({
  samples: {
    cpvCategory: { type: 'CpvCategory', sql: `SELECT id AS value FROM cpv_category WHERE code = '45442100'` },
    threshold: {
      type: 'ProcurementThreshold',
      sql: `SELECT id AS value FROM procurement_threshold ORDER BY id LIMIT 1`,
    },
  },
  async prepare({ adminGraphQL, sample: value, sql }) {
    const [made] = await sql(AWARDED_REQUEST, [value('memberKvk')]);
    const { request, invitation, quote, award, question } = made as Record<string, string | null>;
    const saved = (await adminGraphQL(
      `mutation { saveSupplierProfile(input: { businessId: ${JSON.stringify(value('memberBusiness'))},
         contactName: "Matrix Contact", contactEmail: "matrix@example.nl", contactPhone: "+31 30 123 4567" })
         { supplierProfile { id } userErrors { code message } } }`,
    )) as { data?: { saveSupplierProfile: { supplierProfile: { id: string } | null } } };
    const profile = saved.data?.saveSupplierProfile.supplierProfile?.id;
    if (!profile || !request || !quote || !invitation || !award || !question)
      throw new Error(`procurement samples: ${JSON.stringify({ saved, quote, invitation, award })}`);
    return {
      procurementRequest: toGlobalId('ProcurementRequest', request!),
      quote: toGlobalId('Quote', quote),
      invitation: toGlobalId('Invitation', invitation),
      award: toGlobalId('Award', award),
      procurementQuestion: toGlobalId('ProcurementQuestion', question),
      supplierProfile: profile,
    };
  },
  query: {
    awards: { cells: everyone },
    cpvCategories: { cells: everyone },
    cpvCategory: { args: { code: '45442100' }, cells: everyone },
    // Buyers see every entry, a member the entries of their own business, others an empty list.
    invitationLog: { args: { requestId: sample('procurementRequest') }, cells: everyone },
    procurementRequest: {
      args: { id: sample('procurementRequest') },
      cells: visibleTo('ADMIN', 'CIVIL_SERVANT'),
    },
    procurementRequests: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    procurementStats: { args: { year: 2025 }, cells: everyone },
    requiredProcedure: {
      args: { cpv: '45442100', estimatedValue: 5000000, municipality: 'GM0355' },
      cells: everyone,
    },
    suggestSuppliers: {
      args: { requestId: sample('procurementRequest') },
      cells: gate('ADMIN', 'CIVIL_SERVANT'),
    },
    suppliers: { cells: everyone },
  },
  mutation: {
    // Gates only: that a civil servant buys for their own municipality, and a member quotes or edits for
    // their own business, is checked by the services (see test/procurement).
    answerProcurementQuestion: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    askProcurementQuestion: { cells: gate('MEMBER') },
    awardProcurementRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    cancelProcurementRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    closeProcurementRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    // Opening the vault is a civil servant's act (admins are no officials of the municipality).
    confirmProcurementQuoteOpening: { cells: gate('CIVIL_SERVANT') },
    createProcurementRequest: { cells: gate('CIVIL_SERVANT') },
    inviteSuppliers: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
    openProcurementQuotes: { cells: gate('CIVIL_SERVANT') },
    saveSupplierProfile: { cells: gate('ADMIN', 'MEMBER') },
    submitQuote: { cells: gate('MEMBER') },
    updateProcurementRequest: { cells: gate('ADMIN', 'CIVIL_SERVANT') },
  },
  routes: {
    'GET /ocds/releases.json': { path: '/ocds/releases.json?municipality=GM0355', cells: everyone },
    'GET /procurement-requests/:id/shortlist.csv': {
      path: '/procurement-requests/{procurementRequest}/shortlist.csv',
      cells: routeFor(['ADMIN', 'CIVIL_SERVANT'], { anonymous: 401, others: 403 }),
    },
    'GET /procurement-requests/:id/invitations.csv': {
      path: '/procurement-requests/{procurementRequest}/invitations.csv',
      // As `invitationLog`, whose empty list (no entry for the caller, request hidden) is a 404 here; a member's
      // own entries are tested in test/http/exports.cases.ts.
      cells: routeFor(['ADMIN', 'CIVIL_SERVANT'], { anonymous: 404, others: 404 }),
    },
    'GET /suppliers.csv': { path: '/suppliers.csv?cpv=45442100&municipality=GM0355', cells: everyone },
  },
  types: {
    AnnualReview: { fields: { procurement: INHERIT } },
    Award: {
      sample: 'award',
      node: everyone,
      fields: {
        awardedAt: INHERIT,
        awardedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        cpvCategory: INHERIT,
        id: INHERIT,
        local: INHERIT,
        municipality: INHERIT,
        // The motivation of an award is public, like the award.
        rationale: INHERIT,
        regional: INHERIT,
        request: visibleTo('ADMIN', 'CIVIL_SERVANT'),
        socialReturnObligation: INHERIT,
        socialReturnPercentage: INHERIT,
        supplier: INHERIT,
        title: INHERIT,
        value: INHERIT,
      },
    },
    AwardConnection: { fields: { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT } },
    AwardEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    AnswerProcurementQuestionPayload: { fields: { question: INHERIT, userErrors: INHERIT } },
    AskProcurementQuestionPayload: { fields: { question: INHERIT, userErrors: INHERIT } },
    ConfirmProcurementQuoteOpeningPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    OpenProcurementQuotesPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    // The names in a request's log are the buyers' (personal data): the service leaves them out for everyone
    // else (a plain type cannot guard a field here; test/procurement/procedure.cases.ts checks it).
    ProcurementLogEntry: {
      fields: {
        at: INHERIT,
        byName: INHERIT,
        reason: INHERIT,
        step: INHERIT,
      },
    },
    ProcurementQuestion: {
      sample: 'procurementQuestion',
      // Buyers see every question; invitees the answered ones (the MEMBER caller was not invited).
      node: visibleTo('ADMIN', 'CIVIL_SERVANT'),
      fields: {
        answer: INHERIT,
        answeredAt: INHERIT,
        answeredByName: personal('ADMIN', 'CIVIL_SERVANT'),
        askedAt: INHERIT,
        // Who asked is never shown: only whether it was the caller's own business.
        askedByYou: INHERIT,
        id: INHERIT,
        question: INHERIT,
      },
    },
    AwardProcurementRequestPayload: { fields: { award: INHERIT, userErrors: INHERIT } },
    Business: {
      fields: {
        // The invitations of a business: its own members and admins; null for everyone else.
        procurementInvitations: visibleTo('ADMIN', 'MEMBER'),
        supplierProfile: INHERIT,
      },
    },
    CancelProcurementRequestPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    CloseProcurementRequestPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    CpvCategory: {
      sample: 'cpvCategory',
      node: everyone,
      fields: {
        ancestors: INHERIT,
        children: INHERIT,
        code: INHERIT,
        dutchLabel: INHERIT,
        englishLabel: INHERIT,
        id: INHERIT,
        kind: INHERIT,
        label: INHERIT,
        level: INHERIT,
        parent: INHERIT,
      },
    },
    CpvCategoryConnection: {
      fields: { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT },
    },
    CpvCategoryEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    CreateProcurementRequestPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    Invitation: {
      sample: 'invitation',
      node: visibleTo('ADMIN', 'CIVIL_SERVANT'),
      fields: {
        decidedAt: INHERIT,
        // The civil servant's name: buyers only, also where the invitation itself is seen by its supplier.
        decidedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        id: INHERIT,
        note: INHERIT,
        outcome: INHERIT,
        quote: INHERIT,
        reasons: INHERIT,
        request: INHERIT,
        suggestedRank: INHERIT,
        supplier: INHERIT,
      },
    },
    InviteSuppliersPayload: {
      fields: { invitations: INHERIT, procurementRequest: INHERIT, userErrors: INHERIT },
    },
    Municipality: { args: { procurementStats: { year: 2025 } }, fields: { procurementStats: INHERIT } },
    ProcedureRequirement: {
      fields: {
        explanation: INHERIT,
        kind: INHERIT,
        procedure: INHERIT,
        threshold: INHERIT,
        thresholds: INHERIT,
      },
    },
    ProcurementDivisionFigures: {
      fields: { awardedValue: INHERIT, awards: INHERIT, division: INHERIT, label: INHERIT },
    },
    ProcurementRequest: {
      sample: 'procurementRequest',
      node: visibleTo('ADMIN', 'CIVIL_SERVANT'),
      fields: {
        // The trail of the request, its invitations, quotes and award: its buyers only (null for invitees).
        auditTrail: visibleTo('ADMIN', 'CIVIL_SERVANT'),
        award: INHERIT,
        cancelReason: INHERIT,
        cancelledAt: INHERIT,
        closeReason: INHERIT,
        closedAt: INHERIT,
        closedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        cpvCategory: INHERIT,
        createdAt: INHERIT,
        // The civil servant's name: buyers only, also where invited suppliers see the request.
        createdByName: personal('ADMIN', 'CIVIL_SERVANT'),
        deadline: INHERIT,
        description: INHERIT,
        estimatedValue: INHERIT,
        id: INHERIT,
        invitations: INHERIT,
        kind: INHERIT,
        log: INHERIT,
        municipality: INHERIT,
        procedure: INHERIT,
        procedureReason: INHERIT,
        questionDeadline: INHERIT,
        questions: INHERIT,
        quotes: INHERIT,
        quotesOpenedAt: INHERIT,
        quotesOpenedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        quotesOpeningConfirmedAt: INHERIT,
        quotesOpeningConfirmedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        quotesSealed: INHERIT,
        requiredProcedure: INHERIT,
        socialReturnPercentage: INHERIT,
        source: INHERIT,
        status: INHERIT,
        title: INHERIT,
        updatedAt: INHERIT,
      },
    },
    ProcurementRequestConnection: {
      fields: { edges: INHERIT, nodes: INHERIT, pageInfo: INHERIT, totalCount: INHERIT },
    },
    ProcurementRequestEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    ProcurementReview: { fields: { current: INHERIT, previous: INHERIT } },
    ProcurementStats: {
      fields: {
        awardedValue: INHERIT,
        awards: INHERIT,
        divisions: INHERIT,
        invitations: INHERIT,
        localAwardShare: INHERIT,
        localValueShare: INHERIT,
        municipality: INHERIT,
        regionalAwardShare: INHERIT,
        regionalValueShare: INHERIT,
        requests: INHERIT,
        suppliersInvited: INHERIT,
        topDecileInvitationShare: INHERIT,
        year: INHERIT,
      },
    },
    ProcurementThreshold: {
      sample: 'threshold',
      node: everyone,
      fields: {
        fromValue: INHERIT,
        id: INHERIT,
        kind: INHERIT,
        municipalityCode: INHERIT,
        procedure: INHERIT,
        since: INHERIT,
        source: INHERIT,
        until: INHERIT,
      },
    },
    Quote: {
      sample: 'quote',
      node: visibleTo('ADMIN', 'CIVIL_SERVANT'),
      fields: {
        // Sealed until opened; the sample request is opened and confirmed, so its buyers read them.
        amount: INHERIT,
        id: INHERIT,
        note: INHERIT,
        submittedAt: INHERIT,
        // The supplier's employee: buyers and the supplier's own members, who alone see the quote.
        submittedByName: personal('ADMIN', 'CIVIL_SERVANT'),
        supplier: INHERIT,
      },
    },
    SaveSupplierProfilePayload: { fields: { supplierProfile: INHERIT, userErrors: INHERIT } },
    SubmitQuotePayload: { fields: { quote: INHERIT, userErrors: INHERIT } },
    UpdateProcurementRequestPayload: { fields: { procurementRequest: INHERIT, userErrors: INHERIT } },
    SupplierProfile: {
      sample: 'supplierProfile',
      node: everyone,
      fields: {
        active: INHERIT,
        business: INHERIT,
        categories: INHERIT,
        certifications: INHERIT,
        contactEmail: personal('ADMIN', 'CIVIL_SERVANT', 'suppliers:read', 'MEMBER'),
        contactName: personal('ADMIN', 'CIVIL_SERVANT', 'suppliers:read', 'MEMBER'),
        contactPhone: personal('ADMIN', 'CIVIL_SERVANT', 'suppliers:read', 'MEMBER'),
        createdAt: INHERIT,
        description: INHERIT,
        id: INHERIT,
        lastInvitedAt: INHERIT,
        municipalitiesServed: INHERIT,
        socialEnterprise: INHERIT,
        updatedAt: INHERIT,
      },
    },
    SupplierProfileConnection: {
      fields: {
        edges: INHERIT,
        nodes: INHERIT,
        pageInfo: INHERIT,
        totalCount: INHERIT,
        totalCountIsCapped: INHERIT,
      },
    },
    SupplierProfileEdge: { fields: { cursor: INHERIT, node: INHERIT } },
    SupplierSuggestion: {
      fields: {
        fit: INHERIT,
        local: INHERIT,
        rank: INHERIT,
        reasons: INHERIT,
        regional: INHERIT,
        supplier: INHERIT,
      },
    },
  },
});
