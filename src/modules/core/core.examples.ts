import { DEMO_MEMBER_KVK } from './core.seed';
import type { PlaygroundExample } from '../../kit';
import { ApiScope, lookup, Role } from '../../kit';

export const coreExamples: PlaygroundExample[] = [
  {
    title:
      'Visitor: the five municipalities, their associations and their member businesses (no header needed)',
    query: `
# Run Associations first, then paste an association's id into the variables and run RegionBusinesses.
query Associations {
  municipalities(inRegion: true) { name cbsCode }
  associations { id name shortName municipality { name } }
}

query RegionBusinesses($association: ID!, $first: Int, $after: String) {
  businesses(filter: { association: $association }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name kvkNumber postcode city associations { name } }
  }
}`,
    variables: {
      association: lookup('Associations', (data) => data.associations[0]?.id, '<an id from Associations>'),
      first: 10,
    },
  },
  {
    title: 'Civil servant: who am I (token: npm run -s token -- --role CIVIL_SERVANT --municipality GM0355)',
    query: `
query Me {
  me { kind roles municipality { name cbsCode } }
}`,
    token: { roles: [Role.CIVIL_SERVANT], municipality: 'GM0355' },
  },
  {
    title: `Member: update your own business (token: npm run -s token -- --role MEMBER --kvk ${DEMO_MEMBER_KVK})`,
    query: `
# Run MyBusiness first and paste its id into the variables, then run UpdateMyBusiness.
query MyBusiness {
  me { kind roles business { id name kvkNumber website associations { name } } }
}

mutation UpdateMyBusiness($input: UpdateBusinessInput!) {
  updateBusiness(input: $input) {
    business { id name website }
    userErrors { code message field }
  }
}`,
    variables: {
      input: {
        id: lookup('MyBusiness', (data) => data.me.business?.id, '<business id from MyBusiness>'),
        website: 'https://www.example.nl',
      },
    },
    token: { roles: [Role.MEMBER], kvk: DEMO_MEMBER_KVK },
  },
  {
    title:
      'Partner organisation: which key is this (key: npm run -s apikey -- --organisation "Nationaal Park Utrechtse Heuvelrug" --scopes events:read)',
    query: `
query WhoAmI {
  me { kind name scopes organisation { name kind } }
}`,
    apiKey: { organisation: 'Nationaal Park Utrechtse Heuvelrug', scopes: [ApiScope.EVENTS_READ] },
  },
  {
    title:
      'Reporting script: businesses and association members per municipality (key: npm run -s apikey -- --organisation "Economic Board Utrecht" --scopes reports:read)',
    query: `
query BusinessFigures($on: Date) {
  businessFigures(on: $on) { municipality { name inRegion } businesses associationMembers }
}`,
    variables: { on: '2017-12-31' },
    apiKey: { organisation: 'Economic Board Utrecht', scopes: [ApiScope.REPORTS_READ] },
  },
  {
    title:
      'Reporting script: the annual review, the year beside the one before (key: npm run -s apikey -- --organisation "Regio Q4" --scopes reports:read)',
    query: `
query AnnualReview($year: Int!, $municipality: String) {
  annualReview(year: $year, municipality: $municipality) {
    year
    municipality { name }
    membership {
      current { on associations { name } businesses associationMembers }
      previous { on businesses associationMembers }
    }
    news { current { published months { month articles } } previous { published } }
    networking {
      current { eventsHeld confirmed checkInRate shareFromOtherMunicipalities }
      previous { eventsHeld confirmed checkInRate shareFromOtherMunicipalities }
    }
    procurement { current { awards awardedValue regionalValueShare } previous { awards awardedValue } }
  }
}`,
    variables: { year: 2018 },
    apiKey: { organisation: 'Regio Q4', scopes: [ApiScope.REPORTS_READ] },
  },
  {
    title: 'Admin: create an API key for the national park (token: npm run -s token -- --role ADMIN)',
    query: `
# Run Organisations first and paste the park's id into the variables, then run CreateKey.
query Organisations {
  organisations { id name kind }
}

mutation CreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey { id name prefix scopes organisation { name } }
    userErrors { code message field }
  }
}`,
    variables: {
      input: {
        organisationId: lookup(
          'Organisations',
          (data) =>
            data.organisations.find((o: { name: string }) => o.name === 'Nationaal Park Utrechtse Heuvelrug')
              ?.id,
          '<organisation id from Organisations>',
        ),
        name: 'event sync',
        scopes: ['EVENTS_READ'],
      },
    },
    token: { roles: [Role.ADMIN] },
  },
];
