import { graphql } from './gql';

export const UpcomingEvents = graphql(`
  query UpcomingEvents($from: DateTime!) {
    events(filter: { from: $from }, first: 3) {
      nodes {
        id
        title
        startsAt
      }
    }
  }
`);

export const NewLabel = graphql(`
  mutation NewLabel($input: CreateLabelInput!) {
    createLabel(input: $input) {
      label {
        slug
      }
      userErrors {
        code
        message
      }
    }
  }
`);
