import { getSchema } from '../../src/schema';
import { hashSecret, toGlobalId } from '../../src/kit';
import { purgeAuditTrail } from '../../src/modules/core';
import { createSupplier, DAY, requestInput } from '../procurement/fixtures';
import type { GraphQLResponse, TestServer } from '../support/test-server';
import { dbId, Role, startTestServer } from '../support/test-server';

/**
 * Mutations that change no shared data and so write no audit entry, with why. Every other mutation writes at
 * least one row of shared data (the feed-token rotation changes the key partners' calendars use, registering
 * and cancelling change an event's seats), so each one is in the table below.
 */
const NO_SHARED_DATA: Record<string, string> = {
  updateNotificationPreferences:
    'an address’s own choice of optional mails, made anonymously through the signed link in a mail; its row is ' +
    'keyed by the e-mail address, which an entry would have to hold (entries hold no values)',
  setNotificationAddress:
    'a person’s own address for their mails (personal data, like the preferences), or one an admin sets for ' +
    'a token subject; the row is the address itself',
  redeliverWebhook:
    'queues a delivery again: it changes only the delivery log (webhook_delivery, like mail_message the ' +
    'worker’s own record, with an attempt per try), no shared data',
};

/** `buyer2` is a second civil servant of the buying municipality: the four eyes that confirm an opening. */
type Caller = 'admin' | 'editor' | 'coach' | 'buyer' | 'buyer2' | 'member' | 'anonymous';
/** What the steps pass on to later steps (ids made by earlier ones). */
type State = Record<string, string>;

interface Step {
  mutation: string;
  caller: Caller;
  input: (s: State) => Record<string, unknown>;
  /** Fields of the payload to select besides `userErrors`. */
  select?: string;
  /** Keeps ids of the payload for later steps. */
  keep?: (data: Record<string, never>, s: State) => void;
  /** The object type that an entry of this mutation must name. */
  object: string;
  /** SQL run before the step, with the state (e.g. to let a deadline pass). */
  before?: (s: State) => Promise<void>;
}

const soon = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const id = (data: Record<string, never>, field: string) => (data[field] as { id: string }).id;

/** Every mutation with an input that succeeds on the demo data, in an order where each finds what it needs. */
const STEPS: Step[] = [
  // core
  {
    mutation: 'createOrganisation',
    caller: 'admin',
    input: () => ({ name: 'Audit Stichting', kind: 'OTHER', municipality: 'GM0355' }),
    select: 'organisation { id }',
    keep: (d, s) => (s.organisation = id(d, 'organisation')),
    object: 'Organisation',
  },
  {
    mutation: 'updateOrganisation',
    caller: 'admin',
    input: (s) => ({ id: s.organisation, website: 'https://audit.example.nl' }),
    object: 'Organisation',
  },
  {
    mutation: 'createApiKey',
    caller: 'admin',
    input: (s) => ({ organisationId: s.organisation, name: 'audit key', scopes: ['EVENTS_READ'] }),
    select: 'apiKey { id }',
    keep: (d, s) => (s.apiKey = id(d, 'apiKey')),
    object: 'ApiKey',
  },
  {
    mutation: 'rotateApiKeyFeedToken',
    caller: 'admin',
    input: (s) => ({ id: s.apiKey }),
    object: 'ApiKey',
  },
  { mutation: 'revokeApiKey', caller: 'admin', input: (s) => ({ id: s.apiKey }), object: 'ApiKey' },
  {
    mutation: 'createWebhookEndpoint',
    caller: 'admin',
    input: (s) => ({
      organisationId: s.organisation,
      url: 'https://audit.example.nl/hooks',
      eventTypes: ['event.created'],
      ownerEmail: 'audit@example.nl',
    }),
    select: 'endpoint { id }',
    keep: (d, s) => (s.webhookEndpoint = id(d, 'endpoint')),
    object: 'WebhookEndpoint',
  },
  {
    mutation: 'updateWebhookEndpoint',
    caller: 'admin',
    input: (s) => ({ id: s.webhookEndpoint, eventTypes: ['event.created', 'event.cancelled'] }),
    object: 'WebhookEndpoint',
  },
  {
    mutation: 'rotateWebhookSecret',
    caller: 'admin',
    input: (s) => ({ id: s.webhookEndpoint }),
    object: 'WebhookEndpoint',
  },
  {
    mutation: 'deleteWebhookEndpoint',
    caller: 'admin',
    input: (s) => ({ id: s.webhookEndpoint }),
    object: 'WebhookEndpoint',
  },
  {
    mutation: 'createBusiness',
    caller: 'admin',
    input: () => ({
      kvkNumber: '87654321',
      name: 'Audit Bakkerij',
      street: 'Slotlaan',
      houseNumber: '1',
      postcode: '3701 AA',
      city: 'Zeist',
      municipality: 'GM0355',
      sbiCodes: [],
    }),
    select: 'business { id }',
    keep: (d, s) => (s.business = id(d, 'business')),
    object: 'Business',
  },
  {
    mutation: 'updateBusiness',
    caller: 'admin',
    input: (s) => ({ id: s.business, name: 'Audit Bakkerij en Lunchroom' }),
    object: 'Business',
  },
  {
    mutation: 'addBusinessMembership',
    caller: 'admin',
    input: (s) => ({ associationId: s.association, businessId: s.business, since: '2026-01-01' }),
    object: 'BusinessMembership',
  },
  {
    mutation: 'endBusinessMembership',
    caller: 'admin',
    input: (s) => ({ associationId: s.association, businessId: s.business, until: '2026-06-30' }),
    object: 'BusinessMembership',
  },
  { mutation: 'deleteBusiness', caller: 'admin', input: (s) => ({ id: s.business }), object: 'Business' },
  {
    mutation: 'createBoardPlan',
    caller: 'admin',
    input: () => ({ year: 2027, title: 'Auditspoor bespreken' }),
    select: 'plan { id }',
    keep: (d, s) => (s.plan = id(d, 'plan')),
    object: 'BoardPlan',
  },
  {
    mutation: 'updateBoardPlan',
    caller: 'admin',
    input: (s) => ({ id: s.plan, status: 'DONE', result: 'Besproken en vastgesteld.' }),
    object: 'BoardPlan',
  },
  // applications: a firm applies for the KvK number of the steps' supplier, so its member confirms as owner.
  {
    mutation: 'applyAsBusiness',
    caller: 'anonymous',
    input: (s) => ({
      kvkNumber: s.supplierKvk,
      name: 'Drukkerij Audit',
      street: 'Slotlaan',
      houseNumber: '2',
      postcode: '3701 AB',
      city: 'Zeist',
      municipality: 'GM0355',
      contactName: 'Ondernemer Audit',
      contactEmail: 'ondernemer@example.nl',
      association: null,
      description: 'Drukwerk voor gemeenten en verenigingen',
      cpvCodes: ['79810000'],
      municipalitiesServed: ['GM0355'],
    }),
    object: 'BusinessApplication',
  },
  {
    mutation: 'confirmBusinessApplication',
    caller: 'anonymous',
    input: (s) => ({ token: s.applicationToken }),
    select: 'application { id }',
    keep: (d, s) => (s.application = id(d, 'application')),
    object: 'BusinessApplication',
    before: async (s) => {
      s.applicationToken = await knownToken();
    },
  },
  {
    mutation: 'confirmBusinessApplicationAsOwner',
    caller: 'member',
    input: (s) => ({ id: s.application }),
    object: 'BusinessApplication',
  },
  {
    mutation: 'approveBusinessApplication',
    caller: 'admin',
    input: (s) => ({ id: s.application }),
    object: 'BusinessApplication',
  },
  {
    mutation: 'rejectBusinessApplication',
    caller: 'admin',
    input: (s) => ({ id: s.otherApplication, reason: 'Geen bedrijf in de regio' }),
    object: 'BusinessApplication',
    // A second application, applied for and confirmed outside the steps.
    before: async (s) => {
      const applied = await api.graphql(
        `mutation Apply($input: ApplyAsBusinessInput!) { applyAsBusiness(input: $input) { userErrors { code } } }`,
        {
          input: {
            kvkNumber: '77009901',
            name: 'Audit Verre Firma',
            street: 'Dorpsstraat',
            houseNumber: '3',
            postcode: '3701 AC',
            city: 'Zeist',
            municipality: 'GM0355',
            contactName: 'Verre Firma',
            contactEmail: 'verre@example.nl',
            association: null,
            description: 'Schilderwerk op afstand',
            cpvCodes: ['45442100'],
            municipalitiesServed: [],
          },
        },
      );
      expect(applied.body.data).toEqual({ applyAsBusiness: { userErrors: [] } });
      const confirmed = await api.graphql(
        `mutation Confirm($token: String!) {
          confirmBusinessApplication(input: { token: $token }) { application { id } userErrors { code } }
        }`,
        { token: await knownToken() },
      );
      const data = confirmed.body.data as {
        confirmBusinessApplication: { application: { id: string }; userErrors: unknown[] };
      };
      expect(data.confirmBusinessApplication.userErrors).toEqual([]);
      s.otherApplication = data.confirmBusinessApplication.application.id;
    },
  },
  // news
  {
    mutation: 'createLabel',
    caller: 'editor',
    input: () => ({ name: 'Audit' }),
    select: 'label { id }',
    keep: (d, s) => (s.label = id(d, 'label')),
    object: 'Label',
  },
  {
    mutation: 'createArticle',
    caller: 'editor',
    input: (s) => ({
      title: 'Audit in de regio',
      body: 'Wie wat wanneer.',
      labelIds: [s.label],
      signatories: [],
    }),
    select: 'article { id }',
    keep: (d, s) => (s.article = id(d, 'article')),
    object: 'Article',
  },
  {
    mutation: 'updateArticle',
    caller: 'editor',
    input: (s) => ({ id: s.article, excerpt: 'Wie wat wanneer' }),
    object: 'Article',
  },
  { mutation: 'publishArticle', caller: 'editor', input: (s) => ({ id: s.article }), object: 'Article' },
  { mutation: 'unpublishArticle', caller: 'editor', input: (s) => ({ id: s.article }), object: 'Article' },
  {
    mutation: 'archiveArticle',
    caller: 'editor',
    input: (s) => ({ id: s.article }),
    object: 'Article',
    // Only a published article is archived: published again first.
    before: async (s) => {
      const published = await api.graphql(
        `mutation Publish($id: ID!) { publishArticle(input: { id: $id }) { userErrors { code } } }`,
        { id: s.article },
        headers.editor,
      );
      expect(published.body.data).toEqual({ publishArticle: { userErrors: [] } });
    },
  },
  { mutation: 'deleteArticle', caller: 'editor', input: (s) => ({ id: s.article }), object: 'Article' },
  // networking
  {
    mutation: 'createEvent',
    caller: 'admin',
    input: (s) => ({
      title: 'Auditontbijt',
      description: 'Ontbijt over verantwoording.',
      kind: 'NETWORKING',
      visibility: 'PUBLIC',
      startsAt: soon(20),
      endsAt: soon(20.1),
      capacity: 10,
      organisers: [s.association],
      coHosts: [],
      venue: { name: 'Het Slot', address: 'Zinzendorflaan 1, Zeist', municipality: 'GM0355' },
    }),
    select: 'event { id }',
    keep: (d, s) => (s.event = id(d, 'event')),
    object: 'Event',
  },
  {
    mutation: 'updateEvent',
    caller: 'admin',
    input: (s) => ({ id: s.event, capacity: 12 }),
    object: 'Event',
  },
  {
    mutation: 'registerForEvent',
    caller: 'anonymous',
    input: (s) => ({ eventId: s.event, name: 'Jan Jansen', email: 'jan@example.nl' }),
    select: 'registration { id }',
    keep: (d, s) => (s.registration = id(d, 'registration')),
    object: 'Registration',
  },
  {
    mutation: 'checkInRegistration',
    caller: 'admin',
    input: (s) => ({ id: s.registration }),
    object: 'Registration',
    // Check-in opens on the day of the event.
    before: async (s) => {
      await api.dataSource.query(
        `UPDATE event SET starts_at = now() + interval '1 hour', ends_at = now() + interval '3 hours' WHERE id = $1`,
        [dbId(s.event)],
      );
    },
  },
  {
    mutation: 'cancelRegistration',
    caller: 'admin',
    input: (s) => ({ id: s.registration }),
    object: 'Registration',
  },
  { mutation: 'cancelEvent', caller: 'admin', input: (s) => ({ id: s.event }), object: 'Event' },
  {
    mutation: 'createStakeholderMeeting',
    caller: 'admin',
    input: () => ({
      title: 'Overleg audit',
      date: '2026-05-01',
      topics: ['verantwoording'],
      outcomes: [],
      participants: [{ name: 'A. de Vries', role: 'wethouder', municipality: 'GM0355' }],
      actions: [{ description: 'Notulen rondsturen', owner: 'Regio Q4', status: 'OPEN' }],
    }),
    select: 'meeting { id actions { id } }',
    keep: (d, s) => {
      const meeting = d.meeting as { id: string; actions: { id: string }[] };
      s.meeting = meeting.id;
      s.action = meeting.actions[0].id;
    },
    object: 'StakeholderMeeting',
  },
  {
    mutation: 'updateStakeholderMeeting',
    caller: 'admin',
    input: (s) => ({ id: s.meeting, outcomes: ['afspraken gemaakt'] }),
    object: 'StakeholderMeeting',
  },
  {
    mutation: 'updateFollowUpAction',
    caller: 'admin',
    input: (s) => ({ id: s.action, status: 'DONE' }),
    object: 'FollowUpAction',
  },
  // procurement
  {
    mutation: 'saveSupplierProfile',
    caller: 'member',
    input: (s) => ({ businessId: s.supplierBusiness, description: 'Drukwerk en meer' }),
    object: 'SupplierProfile',
  },
  {
    mutation: 'createProcurementRequest',
    caller: 'buyer',
    // Above Zeist's threshold for multiple quotes (€50,000): opening the quotes takes four eyes.
    input: () => requestInput({ title: 'Drukwerk audit', estimatedValue: 8_000_000 }),
    select: 'procurementRequest { id }',
    keep: (d, s) => (s.request = id(d, 'procurementRequest')),
    object: 'ProcurementRequest',
  },
  {
    mutation: 'updateProcurementRequest',
    caller: 'buyer',
    input: (s) => ({ id: s.request, description: 'Drukken, vouwen en bezorgen.' }),
    object: 'ProcurementRequest',
  },
  {
    mutation: 'inviteSuppliers',
    caller: 'buyer',
    // A multiple-quote request invites three to five suppliers; the steps' supplier quotes.
    input: (s) => ({
      requestId: s.request,
      supplierIds: [s.supplierProfile, s.secondProfile, s.thirdProfile],
    }),
    select: 'invitations { id supplier { id } }',
    keep: (d, s) =>
      (s.invitation = (d.invitations as { id: string; supplier: { id: string } }[]).find(
        (invitation) => invitation.supplier.id === s.supplierProfile,
      )!.id),
    object: 'Invitation',
  },
  {
    mutation: 'askProcurementQuestion',
    caller: 'member',
    input: (s) => ({ requestId: s.request, question: 'Mag het papier gerecycled zijn?' }),
    select: 'question { id }',
    keep: (d, s) => (s.question = id(d, 'question')),
    object: 'ProcurementQuestion',
  },
  {
    mutation: 'answerProcurementQuestion',
    caller: 'buyer',
    input: (s) => ({ questionId: s.question, answer: 'Ja, graag zelfs.' }),
    object: 'ProcurementQuestion',
  },
  {
    mutation: 'submitQuote',
    caller: 'member',
    input: (s) => ({ invitationId: s.invitation, amount: 2_900_000, note: 'Inclusief bezorging' }),
    select: 'quote { id }',
    keep: (d, s) => (s.quote = id(d, 'quote')),
    object: 'Quote',
  },
  {
    mutation: 'closeProcurementRequest',
    caller: 'buyer',
    input: (s) => ({ id: s.request }),
    object: 'ProcurementRequest',
    before: async (s) => {
      await api.dataSource.query(
        `UPDATE procurement_request SET deadline = now() - interval '1 minute' WHERE id = $1`,
        [dbId(s.request)],
      );
    },
  },
  {
    mutation: 'openProcurementQuotes',
    caller: 'buyer',
    input: (s) => ({ requestId: s.request }),
    object: 'ProcurementRequest',
  },
  {
    // A multiple-quote request: a second civil servant confirms the opening.
    mutation: 'confirmProcurementQuoteOpening',
    caller: 'buyer2',
    input: (s) => ({ requestId: s.request }),
    object: 'ProcurementRequest',
  },
  {
    mutation: 'awardProcurementRequest',
    caller: 'buyer',
    input: (s) => ({ requestId: s.request, quoteId: s.quote }),
    select: 'award { id }',
    keep: (d, s) => (s.award = id(d, 'award')),
    object: 'Award',
  },
  {
    mutation: 'cancelProcurementRequest',
    caller: 'buyer',
    input: (s) => ({ id: s.otherRequest, reason: 'Budget ingetrokken' }),
    object: 'ProcurementRequest',
  },
  // social enterprise
  {
    mutation: 'setSocialEnterpriseParticipation',
    caller: 'admin',
    input: () => ({ municipality: 'GM0355', status: 'IN_TALKS' }),
    object: 'SocialEnterpriseParticipation',
  },
  {
    mutation: 'createCandidate',
    caller: 'coach',
    input: () => ({
      name: 'Kandidaat Audit',
      birthYear: 1998,
      municipality: 'GM0355',
      targetGroup: 'LABOUR_DISABILITY',
      skills: ['drukwerk'],
      availability: 'ma–vr',
      consentGivenOn: '2026-01-05',
      consentPurposes: ['matching'],
    }),
    select: 'candidate { id }',
    keep: (d, s) => (s.candidate = id(d, 'candidate')),
    object: 'Candidate',
  },
  {
    mutation: 'updateCandidate',
    caller: 'coach',
    input: (s) => ({ id: s.candidate, skills: ['drukwerk', 'logistiek'] }),
    object: 'Candidate',
  },
  {
    mutation: 'postOpportunity',
    caller: 'member',
    input: () => ({ kind: 'JOB', title: 'Medewerker drukkerij', places: 1, targetGroups: [] }),
    select: 'opportunity { id }',
    keep: (d, s) => (s.opportunity = id(d, 'opportunity')),
    object: 'Opportunity',
  },
  {
    mutation: 'updateOpportunity',
    caller: 'member',
    input: (s) => ({ id: s.opportunity, hoursPerWeek: 24 }),
    object: 'Opportunity',
  },
  {
    mutation: 'proposePlacement',
    caller: 'coach',
    input: (s) => ({ candidateId: s.candidate, opportunityId: s.opportunity }),
    select: 'placement { id }',
    keep: (d, s) => (s.placement = id(d, 'placement')),
    object: 'Placement',
  },
  {
    mutation: 'movePlacement',
    caller: 'coach',
    input: (s) => ({ id: s.placement, stage: 'INTRODUCED' }),
    object: 'Placement',
  },
  {
    // The employer accepts the introduced candidate for a trial.
    mutation: 'answerPlacement',
    caller: 'member',
    input: (s) => ({ id: s.placement, answer: 'ACCEPT' }),
    object: 'Placement',
  },
  {
    mutation: 'creditSocialReturn',
    caller: 'coach',
    input: (s) => ({ awardId: s.award, placementId: s.placement, months: 1 }),
    object: 'SocialReturnCredit',
    before: async (s) => {
      for (const stage of ['PLACED']) {
        const moved = await api.graphql(
          `mutation Move($input: MovePlacementInput!) { movePlacement(input: $input) { userErrors { code } } }`,
          { input: { id: s.placement, stage } },
          headers.coach,
        );
        expect(moved.body.data).toEqual({ movePlacement: { userErrors: [] } });
      }
      // Credits count months actually placed: the step to PLACED is moved two months back.
      await api.dataSource.query(
        `UPDATE placement_transition SET at = at - interval '2 months' WHERE placement_id = $1 AND "to" = 'PLACED'`,
        [dbId(s.placement)],
      );
    },
  },
  {
    mutation: 'confirmSocialReturnCredits',
    caller: 'buyer',
    input: (s) => ({ awardId: s.award, awaitingConfirmation: Number(s.awaitingConfirmation) }),
    object: 'SocialReturnCredit',
    // The buyer passes the amount they checked: the sum of the pending credits.
    before: async (s) => {
      const [{ sum }] = await api.dataSource.query(
        `SELECT sum(value)::int AS sum FROM social_return_credit WHERE award_id = $1 AND confirmed_at IS NULL`,
        [dbId(s.award)],
      );
      expect(sum).toBeGreaterThan(0);
      s.awaitingConfirmation = String(sum);
    },
  },
  {
    mutation: 'closeOpportunity',
    caller: 'member',
    input: (s) => ({ id: s.opportunity }),
    object: 'Opportunity',
  },
  {
    mutation: 'expressProjectInterest',
    caller: 'member',
    input: (s) => ({ opportunityId: s.project, note: 'Wij schilderen graag mee.' }),
    object: 'ProjectInterest',
  },
  {
    mutation: 'convertProjectToProcurementRequest',
    caller: 'buyer',
    input: (s) => ({
      opportunityId: s.project,
      cpvCode: '45442100',
      estimatedValue: 1_500_000,
      deadline: soon(14),
      socialReturnPercentage: 5,
    }),
    object: 'ProcurementRequest',
  },
  {
    mutation: 'takeInterestedFirmsIntoRequest',
    caller: 'buyer',
    input: (s) => ({
      opportunityId: s.project,
      businessIds: [s.supplierBusiness],
      reason: 'Heeft belangstelling getoond.',
    }),
    object: 'ProposedSupplier',
  },
  { mutation: 'eraseCandidate', caller: 'coach', input: (s) => ({ id: s.candidate }), object: 'Candidate' },
  // politics
  {
    mutation: 'recordElection',
    caller: 'admin',
    input: () => ({ date: '2026-11-04', kind: 'MUNICIPAL', municipality: 'GM0355' }),
    select: 'election { id }',
    keep: (d, s) => (s.election = id(d, 'election')),
    object: 'Election',
  },
  {
    mutation: 'recordParty',
    caller: 'admin',
    input: () => ({ municipality: 'GM0355', name: 'Partij Audit', abbreviation: 'PA', scope: 'LOCAL' }),
    select: 'party { id }',
    keep: (d, s) => (s.party = id(d, 'party')),
    object: 'Party',
  },
  {
    mutation: 'updateParty',
    caller: 'admin',
    input: (s) => ({ id: s.party, abbreviation: 'PAu' }),
    object: 'Party',
  },
  {
    mutation: 'recordElectionResult',
    caller: 'admin',
    input: (s) => ({ electionId: s.election, partyId: s.party, seats: 3 }),
    object: 'ElectionResult',
  },
  {
    mutation: 'createAgendaPoint',
    caller: 'admin',
    input: (s) => ({
      electionId: s.election,
      title: 'Verantwoording',
      description: 'Elke wijziging navolgbaar.',
      theme: 'bestuur',
    }),
    select: 'agendaPoint { id }',
    keep: (d, s) => (s.agendaPoint = id(d, 'agendaPoint')),
    object: 'AgendaPoint',
  },
  {
    mutation: 'recordCommitment',
    caller: 'admin',
    input: (s) => ({ partyId: s.party, agendaPointId: s.agendaPoint, stage: 'PROMISED', on: '2026-01-10' }),
    select: 'commitment { id }',
    keep: (d, s) => (s.commitment = id(d, 'commitment')),
    object: 'Commitment',
  },
  {
    mutation: 'changeCommitmentStage',
    caller: 'admin',
    input: (s) => ({ id: s.commitment, stage: 'IN_PARTY_PROGRAMME', on: '2026-01-20' }),
    object: 'Commitment',
  },
  {
    mutation: 'recordOutreach',
    caller: 'admin',
    input: (s) => ({
      partyId: s.party,
      electionId: s.election,
      boardMemberId: s.person,
      channel: 'EMAIL',
      contactedOn: '2026-01-05',
      notes: 'Agenda gestuurd.',
    }),
    select: 'outreach { id }',
    keep: (d, s) => (s.outreach = id(d, 'outreach')),
    object: 'Outreach',
  },
  {
    mutation: 'recordPartyResponse',
    caller: 'admin',
    input: (s) => ({
      outreachId: s.outreach,
      respondedOn: '2026-01-08',
      sentiment: 'POSITIVE',
      summary: 'Steunt het punt.',
    }),
    object: 'PartyResponse',
  },
  {
    mutation: 'recordAldermanTerm',
    caller: 'admin',
    input: (s) => ({
      personName: 'Wethouder Audit',
      municipality: 'GM0355',
      partyId: s.party,
      portfolio: 'Financiën',
      since: '2026-01-01',
    }),
    select: 'aldermanTerm { id }',
    keep: (d, s) => (s.term = id(d, 'aldermanTerm')),
    object: 'AldermanTerm',
  },
  {
    mutation: 'endAldermanTerm',
    caller: 'admin',
    input: (s) => ({ id: s.term, until: '2026-02-01' }),
    object: 'AldermanTerm',
  },
  {
    mutation: 'recordCoalitionAgreement',
    caller: 'admin',
    input: (s) => ({
      municipality: 'GM0355',
      title: 'Audit-akkoord',
      since: '2000-01-01',
      until: '2001-12-31',
      signedOn: '2000-01-01',
      partyIds: [s.party],
      agendaPointIds: [s.agendaPoint],
    }),
    object: 'CoalitionAgreement',
  },
];

const SUBJECTS: Record<Exclude<Caller, 'anonymous'>, string> = {
  admin: 'audit-admin',
  editor: 'audit-editor',
  coach: 'audit-coach',
  buyer: 'audit-buyer',
  buyer2: 'audit-buyer-2',
  member: 'audit-member',
};

let api: TestServer;
let headers: Record<Caller, Record<string, string>>;
const state: State = {};

beforeAll(async () => {
  api = await startTestServer();
  const supplier = await createSupplier(
    api,
    { name: 'Drukkerij Audit', municipality: 'GM0355' },
    { cpvCodes: ['79810000'], municipalitiesServed: ['GM0355'] },
  );
  headers = {
    admin: await api.token({ roles: [Role.ADMIN], sub: SUBJECTS.admin, name: 'Beheerder Audit' }),
    editor: await api.token({ roles: [Role.EDITOR], sub: SUBJECTS.editor, name: 'Redacteur Audit' }),
    coach: await api.token({ roles: [Role.COACH], sub: SUBJECTS.coach, name: 'Coach Audit' }),
    buyer: await api.token({
      roles: [Role.CIVIL_SERVANT],
      municipality: 'GM0355',
      sub: SUBJECTS.buyer,
      name: 'Inkoper Audit',
    }),
    buyer2: await api.token({
      roles: [Role.CIVIL_SERVANT],
      municipality: 'GM0355',
      sub: SUBJECTS.buyer2,
      name: 'Tweede Inkoper Audit',
    }),
    member: await api.token({
      roles: [Role.MEMBER],
      kvk: supplier.kvkNumber,
      sub: SUBJECTS.member,
      name: 'Ondernemer Audit',
    }),
    anonymous: {},
  };
  for (const [key, name] of [
    ['secondProfile', 'Drukkerij Twee'],
    ['thirdProfile', 'Drukkerij Drie'],
  ]) {
    const other = await createSupplier(
      api,
      { name, municipality: 'GM0355' },
      { cpvCodes: ['79810000'], municipalitiesServed: ['GM0355'] },
    );
    state[key] = other.profileId;
  }
  state.supplierBusiness = supplier.businessId;
  state.supplierKvk = supplier.kvkNumber;
  state.supplierProfile = supplier.profileId;
  const [row] = await api.dataSource.query(
    `SELECT (SELECT id FROM association ORDER BY name LIMIT 1) AS association,
            (SELECT id FROM person ORDER BY name LIMIT 1) AS person`,
  );
  state.association = toGlobalId('Association', row.association);
  state.person = toGlobalId('Person', row.person);
  // A second request to cancel, and a municipal project to convert, made outside the steps.
  const other = await api.graphql(
    `mutation Create($input: CreateProcurementRequestInput!) {
      createProcurementRequest(input: $input) { procurementRequest { id } }
    }`,
    { input: requestInput({ title: 'Schoonmaak audit' }) },
    headers.buyer,
  );
  state.otherRequest = (
    other.body.data as { createProcurementRequest: { procurementRequest: { id: string } } }
  ).createProcurementRequest.procurementRequest.id;
  const project = await api.graphql(
    `mutation Post($input: PostOpportunityInput!) { postOpportunity(input: $input) { opportunity { id } } }`,
    { input: { kind: 'PROJECT', title: 'Bankjes schilderen', places: 2, targetGroups: [] } },
    headers.buyer,
  );
  const candidate = await api.graphql(
    `mutation Candidate($input: CreateCandidateInput!) { createCandidate(input: $input) { candidate { id } } }`,
    {
      input: {
        name: 'Kandidaat Twee',
        birthYear: 1990,
        municipality: 'GM0355',
        targetGroup: 'INTERN',
        skills: [],
        availability: 'ma',
        consentGivenOn: '2026-01-05',
        consentPurposes: ['matching'],
      },
    },
    headers.coach,
  );
  state.otherCandidate = (
    candidate.body.data as { createCandidate: { candidate: { id: string } } }
  ).createCandidate.candidate.id;
  state.project = (
    project.body.data as { postOpportunity: { opportunity: { id: string } } }
  ).postOpportunity.opportunity.id;
});
afterAll(() => api.close());

/**
 * A working confirmation token for the newest application: the token the server made went to the mail, so its
 * stored hash is replaced by one of a token the test knows (as the applications' own tests do).
 */
async function knownToken(): Promise<string> {
  const [row] = await api.dataSource.query(
    `SELECT id FROM business_application ORDER BY created_at DESC LIMIT 1`,
  );
  const token = `audit-token-${row.id}`;
  await api.dataSource.query(`UPDATE business_application SET confirmation_token_hash = $2 WHERE id = $1`, [
    row.id,
    hashSecret(token),
  ]);
  return token;
}

test('the steps cover every mutation of the schema but the listed ones, each once', () => {
  const mutations = Object.keys(getSchema().getMutationType()!.getFields()).sort();
  for (const name of Object.keys(NO_SHARED_DATA)) expect(mutations).toContain(name);
  const stepped = STEPS.map((step) => step.mutation);
  expect(new Set(stepped).size).toBe(stepped.length);
  expect([...stepped, ...Object.keys(NO_SHARED_DATA)].sort()).toEqual(mutations);
});

describe('every mutation writes audit entries in its transaction: who, when, which object, which fields', () => {
  test.each(STEPS.map((step) => [step.mutation, step] as const))('%s', async (mutation, step) => {
    await step.before?.(state);
    const inputType = String(getSchema().getMutationType()!.getFields()[mutation].args[0].type);
    const response = await api.graphql(
      `mutation Step($input: ${inputType}) {
        ${mutation}(input: $input) { userErrors { code message field } ${step.select ?? ''} }
      }`,
      { input: step.input(state) },
      headers[step.caller],
    );
    expect(response.body.errors).toBeUndefined();
    const data = (response.body.data as Record<string, Record<string, never>>)[mutation];
    expect(data.userErrors).toEqual([]);
    step.keep?.(data, state);

    const requestId = response.headers.get('x-request-id');
    const entries: { mutation: string; actor_subject: string | null; object_table: string; at: Date }[] =
      await api.dataSource.query(`SELECT * FROM audit_entry WHERE request_id = $1`, [requestId]);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(entry.mutation).toBe(mutation);
      expect(entry.actor_subject).toBe(step.caller === 'anonymous' ? null : SUBJECTS[step.caller]);
    }
    const tables = api.dataSource.entityMetadatas
      .filter((metadata) => metadata.targetName === step.object)
      .map((metadata) => metadata.tableName);
    expect(tables).toHaveLength(1);
    expect(entries.map((entry) => entry.object_table)).toContain(tables[0]);
  });
});

describe('what an entry holds', () => {
  test('an update names exactly the fields it changed, and no entry holds a value', async () => {
    const response = await api.graphql(
      `mutation Update($input: UpdateCandidateInput!) { updateCandidate(input: $input) { userErrors { code } } }`,
      { input: { id: state.otherCandidate, phone: '+31 6 1234 5678', school: 'Hogeschool Utrecht' } },
      headers.coach,
    );
    expect(response.body.data).toEqual({ updateCandidate: { userErrors: [] } });
    const trail = await api.graphql(
      `query Trail($object: ID!) {
        auditTrail(filter: { object: $object }, first: 1) {
          nodes { at requestId mutation actorSubject actorName action objectType objectId fields rootId }
        }
      }`,
      { object: state.otherCandidate },
      headers.admin,
    );
    expect(trail.body.data).toEqual({
      auditTrail: {
        nodes: [
          {
            at: expect.any(String),
            requestId: response.headers.get('x-request-id'),
            mutation: 'updateCandidate',
            actorSubject: SUBJECTS.coach,
            actorName: 'Coach Audit',
            action: 'UPDATED',
            objectType: 'Candidate',
            objectId: state.otherCandidate,
            fields: expect.arrayContaining(['phone', 'school']),
            rootId: state.otherCandidate,
          },
        ],
      },
    });
    const { fields } = (trail.body.data as { auditTrail: { nodes: { fields: string[] }[] } }).auditTrail
      .nodes[0];
    // Only what changed (and its bookkeeping columns), named as the entity names them.
    expect(fields.filter((field) => !/^(updatedAt|pseudonym|searchable)/.test(field)).sort()).toEqual([
      'phone',
      'school',
    ]);
    // No value of any change is stored: the whole table holds neither the new phone number nor the school.
    const [{ hits }] = await api.dataSource.query(
      `SELECT count(*)::int AS hits FROM audit_entry e
        WHERE row_to_json(e)::text LIKE '%+31 6%' OR row_to_json(e)::text LIKE '%Hogeschool%'
           OR row_to_json(e)::text LIKE '%jan@example.nl%'`,
    );
    expect(hits).toBe(0);
  });

  test('a refused mutation (user error) leaves no entry', async () => {
    const before = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    const refused = await api.graphql(
      `mutation Party($input: RecordPartyInput!) { recordParty(input: $input) { userErrors { code } } }`,
      { input: { municipality: 'GM0355', name: 'partij audit', abbreviation: 'X', scope: 'LOCAL' } },
      headers.admin,
    );
    expect(refused.body.data).toEqual({ recordParty: { userErrors: [{ code: 'TAKEN' }] } });
    const after = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(after[0].n).toBe(before[0].n);
  });

  test('changes outside a mutation (the demo data, migrations, the CLIs) leave no entry', async () => {
    const [{ n }] = await api.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE request_id NOT IN (SELECT unnest($1::text[]))`,
      [api.logs.map((log) => log.requestId)],
    );
    expect(n).toBe(0);
  });

  test('every table but the listed ones has the audit trigger', async () => {
    const rows: { table: string; audited: boolean }[] = await api.dataSource.query(
      `SELECT c.relname AS table,
              EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = 'audit') AS audited
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY 1`,
    );
    expect(rows.filter((row) => !row.audited).map((row) => row.table)).toEqual([
      'audit_entry',
      'candidate_read',
      'demo_data',
      'mail_message',
      'migrations',
      'notification',
      'notification_address',
      'notification_preference',
      'notification_reminder',
      'rate_limit',
      'typeorm_metadata',
      'webhook_attempt',
      'webhook_delivery',
      'worker_instance',
    ]);
  });
});

describe('who reads the trail', () => {
  const REQUEST_TRAIL = `query RequestTrail($id: ID!, $after: String) {
    node(id: $id) {
      ... on ProcurementRequest {
        auditTrail(first: 3, after: $after) {
          nodes { mutation objectType fields }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }`;
  type RequestTrail = {
    node: {
      auditTrail: {
        nodes: { mutation: string; objectType: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } | null;
    } | null;
  };

  test('civil servants of the buying municipality and admins read a request’s trail, newest first, page by page', async () => {
    const seen: { mutation: string; objectType: string }[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page += 1) {
      const response: GraphQLResponse<RequestTrail> = await api.graphql<RequestTrail>(
        REQUEST_TRAIL,
        { id: state.request, after },
        headers.buyer,
      );
      const trail: NonNullable<RequestTrail['node']>['auditTrail'] = response.body.data!.node!.auditTrail!;
      seen.push(...trail.nodes);
      if (!trail.pageInfo.hasNextPage) break;
      after = trail.pageInfo.endCursor;
    }
    // The request, its invitation, question, quote and award, each made by its own mutation, newest first.
    const mutations = [...new Set(seen.map((entry) => entry.mutation))];
    expect(mutations).toEqual([
      'awardProcurementRequest',
      'confirmProcurementQuoteOpening',
      'openProcurementQuotes',
      'closeProcurementRequest',
      'submitQuote',
      'answerProcurementQuestion',
      'askProcurementQuestion',
      'inviteSuppliers',
      'updateProcurementRequest',
      'createProcurementRequest',
    ]);
    expect(new Set(seen.map((entry) => entry.objectType))).toEqual(
      new Set(['ProcurementRequest', 'Invitation', 'ProcurementQuestion', 'Quote', 'Award']),
    );
    const all = await api.graphql<RequestTrail>(
      REQUEST_TRAIL,
      { id: state.request, after: null },
      headers.admin,
    );
    expect(all.body.data!.node!.auditTrail!.nodes).toEqual(seen.slice(0, 3));
  });

  test('other callers get null for a request’s trail, and only admins read the whole trail', async () => {
    const otherBuyer = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0352', sub: 'wijk' });
    for (const caller of [headers.member, otherBuyer, headers.coach]) {
      const response = await api.graphql<RequestTrail>(
        REQUEST_TRAIL,
        { id: state.request, after: null },
        caller,
      );
      expect(response.body.data!.node?.auditTrail ?? null).toBeNull();
    }
    const query = `{ auditTrail(first: 1) { nodes { mutation } } }`;
    expect((await api.graphql(query, {}, headers.admin)).body.data).toEqual({
      auditTrail: { nodes: [{ mutation: expect.any(String) }] },
    });
    for (const [caller, code] of [
      [headers.buyer, 'FORBIDDEN'],
      [headers.editor, 'FORBIDDEN'],
      [{}, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await api.graphql(query, {}, caller);
      expect(response.body.errors?.[0].extensions?.code).toBe(code);
    }
  });

  test('the trails of a list of requests take the same SQL statements for many requests as for few', async () => {
    const query = `query List($first: Int!) { procurementRequests(first: $first) { nodes {
      id auditTrail(first: 2) { nodes { mutation objectType } pageInfo { hasNextPage endCursor } }
    } } }`;
    type List = {
      procurementRequests: {
        nodes: {
          id: string;
          auditTrail: { nodes: { mutation: string }[]; pageInfo: { hasNextPage: boolean } } | null;
        }[];
      };
    };
    const list = async (first: number) => {
      const response = await api.graphql<List>(query, { first }, headers.buyer);
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data!.procurementRequests.nodes).toHaveLength(first);
      return {
        nodes: response.body.data!.procurementRequests.nodes,
        sql: (await api.logOf(response)).sqlCount,
      };
    };
    const few = await list(2);
    const many = await list(12);
    expect(many.sql).toBe(few.sql);
    // Each request in the list has its own page of its own trail, as read on its own.
    const trails = many.nodes.filter((node) => node.auditTrail?.nodes.length);
    expect(trails.map((node) => node.id)).toEqual(
      expect.arrayContaining([state.request, state.otherRequest]),
    );
    for (const node of trails) {
      const alone = await api.graphql<RequestTrail>(
        REQUEST_TRAIL,
        { id: node.id, after: null },
        headers.buyer,
      );
      const { nodes, pageInfo } = alone.body.data!.node!.auditTrail!;
      expect(node.auditTrail!.nodes).toEqual(
        nodes.slice(0, 2).map(({ mutation, objectType }) => ({ mutation, objectType })),
      );
      expect(node.auditTrail!.pageInfo.hasNextPage).toBe(nodes.length > 2 || pageInfo.hasNextPage);
    }
  });

  test('the filter finds a mutation’s and an actor’s entries', async () => {
    const response = await api.graphql<{
      auditTrail: { nodes: { mutation: string; actorSubject: string }[] };
    }>(
      `{ auditTrail(first: 100, filter: { actorSubject: "audit-editor", mutation: "deleteArticle" }) {
          nodes { mutation actorSubject objectType action }
      } }`,
      {},
      headers.admin,
    );
    const nodes = response.body.data!.auditTrail.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes).toContainEqual({
      mutation: 'deleteArticle',
      actorSubject: 'audit-editor',
      objectType: 'Article',
      action: 'DELETED',
    });
    expect(new Set(nodes.map((node) => node.mutation))).toEqual(new Set(['deleteArticle']));
  });
});

test('entries past the retention period of seven years are deleted, younger ones kept', async () => {
  await api.dataSource.query(
    `UPDATE audit_entry SET at = now() - interval '7 years 1 day'
      WHERE id IN (SELECT id FROM audit_entry ORDER BY at LIMIT 2)`,
  );
  const [{ n: before }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
  expect(await purgeAuditTrail(api.dataSource.manager)).toBe(2);
  const [{ n: after }] = await api.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
  expect(after).toBe(before - 2);
});
