import type { PlaygroundExample } from '../../kit';
import { lookup, Role } from '../../kit';
import { DEMO_MEMBER_KVK } from '../core';

interface Invitation {
  id: string;
  request: { status: string };
  quote: unknown;
}

/** Playground tabs: a civil servant finding suppliers and inviting, a member quoting, anyone's figures. */
export const procurementExamples: PlaygroundExample[] = [
  {
    title: 'Find regional painters and get a fair shortlist (civil servant)',
    query: `query FindSuppliers {
  requiredProcedure(municipality: "GM0355", cpv: "45442100", estimatedValue: 12000000) {
    procedure
    explanation
  }
  suppliers(filter: { search: "schilder", cpv: ["45440000"], regionOnly: true }, first: 10) {
    totalCount
    nodes {
      id
      business { name municipality { name } }
      categories { code label }
      certifications
      lastInvitedAt
      contactName
      contactEmail
    }
  }
}`,
    token: { roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' },
  },
  {
    title: 'Create a request, get suggestions with reasons, invite (civil servant)',
    query: `mutation CreateRequest {
  createProcurementRequest(input: {
    title: "Schilderwerk gemeentehuis"
    cpvCode: "45442100"
    estimatedValue: 12000000
    deadline: "2030-01-31T17:00:00Z"
    socialReturnPercentage: 5
  }) {
    procurementRequest { id status procedure requiredProcedure }
    userErrors { code message field }
  }
}

# The drafts of your municipality, newest first: CreateRequest's request is at the top after a reload.
query Drafts {
  procurementRequests(filter: { status: DRAFT }, first: 5) {
    nodes { id title procedure deadline }
  }
}

query Suggest($requestId: ID!) {
  suggestSuppliers(requestId: $requestId) {
    rank fit local regional reasons
    supplier { id business { name } }
  }
}

mutation Invite($requestId: ID!, $supplierIds: [ID!]!) {
  inviteSuppliers(input: { requestId: $requestId, supplierIds: $supplierIds }) {
    invitations { id supplier { business { name } } }
    userErrors { code message field }
  }
}`,
    // The playground fills in the newest draft (reload the page after CreateRequest to get its request) and the
    // top supplier Suggest proposes for it.
    variables: {
      requestId: lookup(
        'Drafts',
        (data: { procurementRequests: { nodes: { id: string }[] } }) => data.procurementRequests.nodes[0]?.id,
        '<a DRAFT request id from Drafts>',
      ),
      supplierIds: lookup(
        'Suggest',
        (data: { suggestSuppliers: { supplier: { id: string } }[] }) =>
          data.suggestSuppliers.length > 0 ? [data.suggestSuppliers[0].supplier.id] : undefined,
        ['<the supplier.id Suggest ranks first>'],
      ),
    },
    token: { roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' },
  },
  {
    title: 'My invitations and a quote (member of an invited business)',
    query: `query MyInvitations($kvkNumber: String!) {
  businessByKvkNumber(kvkNumber: $kvkNumber) {
    name
    supplierProfile { description categories { code label } }
    procurementInvitations { id reasons request { title status deadline } quote { amount } }
  }
}

mutation Quote($invitationId: ID!) {
  submitQuote(input: { invitationId: $invitationId, amount: 11500000, note: "Inclusief steigerwerk" }) {
    quote { id amount submittedAt }
    userErrors { code message field }
  }
}`,
    variables: {
      kvkNumber: DEMO_MEMBER_KVK,
      invitationId: lookup(
        'MyInvitations',
        (data: { businessByKvkNumber: { procurementInvitations: Invitation[] } | null }) =>
          data.businessByKvkNumber?.procurementInvitations.find(
            (invitation) => invitation.request.status === 'INVITING' && !invitation.quote,
          )?.id,
        '<id from MyInvitations: the one whose request is INVITING>',
      ),
    },
    token: { roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK },
  },
  {
    title: 'Procurement figures and awards (anyone)',
    query: `query Figures {
  procurementStats(year: 2018) {
    requests awards awardedValue regionalValueShare localValueShare
    suppliersInvited topDecileInvitationShare
    divisions { division label awards awardedValue }
  }
  municipalities(inRegion: true) { name procurementStats(year: 2018) { awards awardedValue } }
  awards(first: 10) { nodes { title value local regional supplier { name } municipality { name } } }
}`,
  },
];
