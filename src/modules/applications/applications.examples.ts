import type { PlaygroundExample } from '../../kit';
import { lookup, Role } from '../../kit';

export const applicationsExamples: PlaygroundExample[] = [
  {
    title: 'New firm: apply to join the register and an association (no header needed)',
    query: `
# Apply goes to Regio Q4; to join an association, add "association": "<an id from AssociationsToJoin>" to the
# input, and its secretary decides. The confirmation link goes to contactEmail.
query AssociationsToJoin { associations { id name shortName } }

mutation Apply($input: ApplyAsBusinessInput!) {
  applyAsBusiness(input: $input) { received userErrors { code message field } }
}`,
    variables: {
      input: {
        kvkNumber: '87654321',
        name: 'Schilderwerken Van Dijk',
        street: 'Dorpsstraat',
        houseNumber: '12',
        postcode: '3981 AB',
        city: 'Bunnik',
        municipality: 'GM0312',
        contactName: 'Sanne van Dijk',
        contactEmail: 'sanne@example.nl',
        description: 'Binnen- en buitenschilderwerk voor woningen en kantoren',
        cpvCodes: ['45442100'],
        municipalitiesServed: ['GM0355'],
      },
    },
  },
  {
    title: 'Secretary of ZZO: the applications for your association; approve or reject one',
    query: `
# A secretary sees and decides the applications that name their own association (admins decide every one).
query Waiting {
  businessApplications(filter: { status: PENDING }) {
    nodes { id status kvkNumber name contactName contactEmail confirmedAt business { id name } }
  }
}

mutation Approve($id: ID!) {
  approveBusinessApplication(input: { id: $id }) {
    application { status approvedOn business { id name associations { name } } }
    userErrors { code message }
  }
}

`,
    variables: {
      id: lookup(
        'Waiting',
        (data: { businessApplications: { nodes: { id: string }[] } }) =>
          data.businessApplications.nodes[0]?.id,
        '<an id from Waiting>',
      ),
    },
    token: { roles: [Role.SECRETARY], association: 'ZZO', sub: 'secretaris-zzo', name: 'Secretaris ZZO' },
  },
  {
    title: 'Regio Q4: reject an application that names no association, with the reason the firm receives',
    query: `
# Applications that name no association are Regio Q4's to decide (an admin); a rejection needs a reason.
query Undecided {
  businessApplications(filter: { status: PENDING }) { nodes { id name association { name } } }
}

mutation Reject($id: ID!) {
  rejectBusinessApplication(input: { id: $id, reason: "Geen vestiging in de regio" }) {
    application { status rejectionReason } userErrors { code message }
  }
}`,
    variables: {
      id: lookup(
        'Undecided',
        (data: { businessApplications: { nodes: { id: string; association: unknown }[] } }) =>
          data.businessApplications.nodes.find((application) => application.association === null)?.id,
        '<the id of an application without association, from Undecided>',
      ),
    },
    token: { roles: [Role.ADMIN] },
  },
];
