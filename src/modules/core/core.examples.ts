import type { PlaygroundExample } from './module';

const bearer = { Authorization: 'Bearer <paste the output of: npm run -s token -- --role ...>' };

export const coreExamples: PlaygroundExample[] = [
  {
    title: 'Visitor: the five municipalities and their businesses (no header needed)',
    query: `
query RegionBusinesses($first: Int, $after: String) {
  municipalities(inRegion: true) { name cbsCode }
  businesses(filter: { municipality: "GM0355" }, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { id name kvkNumber postcode city associations { name } }
  }
}`,
    variables: { first: 10 },
  },
  {
    title: 'Civil servant: who am I (npm run -s token -- --role CIVIL_SERVANT --municipality GM0355)',
    query: `
query Me {
  me { kind roles municipality { name cbsCode } }
}`,
    headers: bearer,
  },
  {
    title: 'Member: update your own business (npm run -s token -- --role MEMBER --kvk <your KvK number>)',
    query: `
mutation UpdateMyBusiness($input: UpdateBusinessInput!) {
  updateBusiness(input: $input) {
    business { id name website }
    userErrors { code message field }
  }
}`,
    variables: { input: { id: '<business id>', website: 'https://www.example.nl' } },
    headers: bearer,
  },
  {
    title:
      'Partner organisation: which key is this (npm run -s apikey -- --organisation "..." --scopes events:read)',
    query: `
query WhoAmI {
  me { kind name scopes organisation { name kind } }
}`,
    headers: { 'X-Api-Key': '<paste the output of npm run -s apikey>' },
  },
  {
    title: 'Reporting script: businesses and association members per municipality (reports:read)',
    query: `
query BusinessFigures($on: Date) {
  businessFigures(on: $on) { municipality { name inRegion } businesses associationMembers }
}`,
    variables: { on: '2017-12-31' },
    headers: { 'X-Api-Key': '<a key with reports:read>' },
  },
  {
    title: 'Admin: create an API key for the national park (npm run -s token -- --role ADMIN)',
    query: `
mutation CreateKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey { id name prefix scopes organisation { name } }
    userErrors { code message field }
  }
}`,
    variables: {
      input: {
        organisationId: '<organisation id from organisations { id name }>',
        name: 'event sync',
        scopes: ['EVENTS_READ'],
      },
    },
    headers: bearer,
  },
];
