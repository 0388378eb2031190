import type { PlaygroundExample } from '../../kit';
import { Role } from '../../kit';

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
    title:
      'Secretary: the applications for your association, and approve one (here as an admin, who decides every ' +
      'application; a secretary: npm run -s token -- --role SECRETARY --association <association id>)',
    query: `
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

mutation Reject($id: ID!) {
  rejectBusinessApplication(input: { id: $id, reason: "Geen vestiging in de regio" }) {
    application { status rejectionReason } userErrors { code message }
  }
}`,
    variables: { id: '<an id from Waiting>' },
    token: { roles: [Role.ADMIN] },
  },
];
