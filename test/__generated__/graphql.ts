/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, `YYYY-MM-DD`, e.g. `2017-12-31`. */
  Date: { input: string; output: string; }
  /** An instant in ISO 8601 with a time zone offset, e.g. `2018-01-15T15:18:00.000Z`. */
  DateTime: { input: string; output: string; }
};

export type AddBusinessMembershipInput = {
  associationId: Scalars['ID']['input'];
  businessId: Scalars['ID']['input'];
  /** First day of membership. */
  since: Scalars['Date']['input'];
};

export type AddBusinessMembershipPayload = {
  __typename?: 'AddBusinessMembershipPayload';
  membership?: Maybe<BusinessMembership>;
  userErrors: Array<UserError>;
};

/** An API key of a partner organisation (the secret is never shown again). */
export type ApiKey = Node & {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key (token subject). */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Last use, to the minute. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, e.g. `event sync for the park website`. */
  name: Scalars['String']['output'];
  organisation: Organisation;
  /** First characters of the secret, to recognise a key. */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<ApiScope>;
};

/** What an API key may read. */
export type ApiScope =
  | 'EVENTS_READ'
  | 'NEWS_READ'
  | 'REPORTS_READ'
  | 'SUPPLIERS_READ';

/** A business association (ondernemersvereniging); membership of Regio Q4 is dated. */
export type Association = Node & {
  __typename?: 'Association';
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** Whether the association is a member of Regio Q4 on a day (default today). */
  isRegioQ4Member: Scalars['Boolean']['output'];
  municipality: Municipality;
  name: Scalars['String']['output'];
  /** Periods of membership of Regio Q4, oldest first. */
  regioQ4Memberships: Array<RegioQ4Membership>;
  /** Abbreviation, e.g. `BCB`. */
  shortName?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};


/** A business association (ondernemersvereniging); membership of Regio Q4 is dated. */
export type AssociationIsRegioQ4MemberArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

/** A business registered with the KvK (Chamber of Commerce). */
export type Business = Node & {
  __typename?: 'Business';
  /** Associations the business is a member of today. */
  associations: Array<Association>;
  city: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** House number with any addition, e.g. `12a`. */
  houseNumber: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** KvK number, 8 digits. */
  kvkNumber: Scalars['String']['output'];
  /** All memberships, past and present, oldest first. */
  memberships: Array<BusinessMembership>;
  municipality: Municipality;
  name: Scalars['String']['output'];
  /** Dutch postcode, `1234 AB`. */
  postcode: Scalars['String']['output'];
  /** SBI activity codes (Standaard Bedrijfsindeling). */
  sbiCodes: Array<Scalars['String']['output']>;
  street: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

/** A page of Business items. */
export type BusinessConnection = {
  __typename?: 'BusinessConnection';
  edges: Array<BusinessEdge>;
  /** The nodes of `edges`, for when cursors are not needed. */
  nodes: Array<Business>;
  pageInfo: PageInfo;
  /** Number of items matching the filter (computed only when selected). */
  totalCount: Scalars['Int']['output'];
};

export type BusinessEdge = {
  __typename?: 'BusinessEdge';
  cursor: Scalars['String']['output'];
  node: Business;
};

/** Narrows `businesses`; all given conditions must hold. */
export type BusinessFilter = {
  /** Current members of this association. */
  association?: InputMaybe<Scalars['ID']['input']>;
  /** CBS code of the municipality, e.g. `GM0355`. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  /** Part of the name, or an exact KvK number. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Membership of a business association. */
export type BusinessMembership = {
  __typename?: 'BusinessMembership';
  association: Association;
  since: Scalars['Date']['output'];
  /** Last day of membership; null while a member. */
  until?: Maybe<Scalars['Date']['output']>;
};

export type BusinessOrder = {
  direction?: SortDirection;
  field: BusinessOrderField;
};

export type BusinessOrderField =
  | 'CREATED_AT'
  | 'KVK_NUMBER'
  | 'NAME';

export type CreateApiKeyInput = {
  /** What the key is for. */
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  scopes: Array<ApiScope>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  /** The secret for `X-Api-Key`. Shown this once; store it now. */
  secret?: Maybe<Scalars['String']['output']>;
  userErrors: Array<UserError>;
};

export type CreateBusinessInput = {
  city: Scalars['String']['input'];
  houseNumber: Scalars['String']['input'];
  kvkNumber: Scalars['String']['input'];
  /** CBS code of the municipality the business is in. */
  municipality: Scalars['String']['input'];
  name: Scalars['String']['input'];
  postcode: Scalars['String']['input'];
  sbiCodes?: Array<Scalars['String']['input']>;
  street: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateBusinessPayload = {
  __typename?: 'CreateBusinessPayload';
  /** The business as it is now; null when userErrors is not empty. */
  business?: Maybe<Business>;
  userErrors: Array<UserError>;
};

export type CreateOrganisationInput = {
  kind: OrganisationKind;
  /** CBS code of the municipality it is based in. */
  municipality?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateOrganisationPayload = {
  __typename?: 'CreateOrganisationPayload';
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

export type DeleteBusinessInput = {
  id: Scalars['ID']['input'];
};

export type DeleteBusinessPayload = {
  __typename?: 'DeleteBusinessPayload';
  /** Id of the deleted business. */
  deletedId?: Maybe<Scalars['ID']['output']>;
  userErrors: Array<UserError>;
};

export type EndBusinessMembershipInput = {
  associationId: Scalars['ID']['input'];
  businessId: Scalars['ID']['input'];
  /** Last day of membership. */
  until: Scalars['Date']['input'];
};

export type EndBusinessMembershipPayload = {
  __typename?: 'EndBusinessMembershipPayload';
  membership?: Maybe<BusinessMembership>;
  userErrors: Array<UserError>;
};

/** A Dutch municipality (gemeente). */
export type Municipality = Node & {
  __typename?: 'Municipality';
  businesses: BusinessConnection;
  /** CBS code, e.g. `GM0355` for Zeist. */
  cbsCode: Scalars['String']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  /** One of the five municipalities of Regio Q4. */
  inRegion: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  province: Scalars['String']['output'];
};


/** A Dutch municipality (gemeente). */
export type MunicipalityBusinessesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  addBusinessMembership: AddBusinessMembershipPayload;
  createApiKey: CreateApiKeyPayload;
  createBusiness: CreateBusinessPayload;
  createOrganisation: CreateOrganisationPayload;
  deleteBusiness: DeleteBusinessPayload;
  endBusinessMembership: EndBusinessMembershipPayload;
  revokeApiKey: RevokeApiKeyPayload;
  /** Admins, or a member for their own business. */
  updateBusiness: UpdateBusinessPayload;
  updateOrganisation: UpdateOrganisationPayload;
};


export type MutationAddBusinessMembershipArgs = {
  input: AddBusinessMembershipInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationCreateBusinessArgs = {
  input: CreateBusinessInput;
};


export type MutationCreateOrganisationArgs = {
  input: CreateOrganisationInput;
};


export type MutationDeleteBusinessArgs = {
  input: DeleteBusinessInput;
};


export type MutationEndBusinessMembershipArgs = {
  input: EndBusinessMembershipInput;
};


export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


export type MutationUpdateBusinessArgs = {
  input: UpdateBusinessInput;
};


export type MutationUpdateOrganisationArgs = {
  input: UpdateOrganisationInput;
};

/** An object with a globally unique id that `node(id:)` can refetch. */
export type Node = {
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
};

/** A partner or stakeholder of Regio Q4: a bank, the national park, a school, ... */
export type Organisation = Node & {
  __typename?: 'Organisation';
  createdAt: Scalars['DateTime']['output'];
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  municipality?: Maybe<Municipality>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type OrganisationKind =
  | 'BANK'
  | 'ECONOMIC_BOARD'
  | 'KNOWLEDGE_INSTITUTE'
  | 'MUNICIPALITY'
  | 'MUNICIPAL_NETWORK'
  | 'NATURE_PARK'
  | 'OTHER'
  | 'SCHOOL';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: pagination runs forward only. */
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A person named in Regio Q4’s work. */
export type Person = Node & {
  __typename?: 'Person';
  /** Personal data: admins only. */
  email?: Maybe<Scalars['String']['output']>;
  /** Opaque, globally unique id. */
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** API keys, newest first (admins). */
  apiKeys: Array<ApiKey>;
  /** Business associations by name; with `memberOn`, only those that were members of Regio Q4 that day. */
  associations: Array<Association>;
  business?: Maybe<Business>;
  businessByKvkNumber?: Maybe<Business>;
  /** Businesses, by name unless ordered otherwise. */
  businesses: BusinessConnection;
  /** The caller: anonymous, a person with roles, or an API key. */
  me: Viewer;
  /** Municipalities by name; `inRegion: true` gives the five of Regio Q4. */
  municipalities: Array<Municipality>;
  municipality?: Maybe<Municipality>;
  /** Refetches any object by its id; null when unknown or hidden from you. */
  node?: Maybe<Node>;
  /** Refetches up to 100 objects, in the order given. */
  nodes: Array<Maybe<Node>>;
  /** Partners and stakeholders by name, optionally of one kind. */
  organisations: Array<Organisation>;
};


export type QueryApiKeysArgs = {
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryAssociationsArgs = {
  memberOn?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryBusinessArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBusinessByKvkNumberArgs = {
  kvkNumber: Scalars['String']['input'];
};


export type QueryBusinessesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BusinessFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<BusinessOrder>;
};


export type QueryMunicipalitiesArgs = {
  inRegion?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryMunicipalityArgs = {
  cbsCode: Scalars['String']['input'];
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryOrganisationsArgs = {
  kind?: InputMaybe<OrganisationKind>;
};

/** A period of membership of Regio Q4. */
export type RegioQ4Membership = {
  __typename?: 'RegioQ4Membership';
  /** First day of membership (`YYYY-MM-DD`). */
  since: Scalars['Date']['output'];
  /** Last day of membership; null while a member. */
  until?: Maybe<Scalars['Date']['output']>;
};

export type RevokeApiKeyInput = {
  id: Scalars['ID']['input'];
};

export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  apiKey?: Maybe<ApiKey>;
  userErrors: Array<UserError>;
};

/** What a person may do; carried in the `roles` claim of their token. */
export type Role =
  /** Regio Q4 staff and board: everything. */
  | 'ADMIN'
  /** A civil servant of the municipality in the `municipality` claim. */
  | 'CIVIL_SERVANT'
  /** A job coach in the social-enterprise portal. */
  | 'COACH'
  /** Writes and publishes news. */
  | 'EDITOR'
  /** An entrepreneur acting for the business in the `kvk` claim. */
  | 'MEMBER';

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Fields left out stay as they are. */
export type UpdateBusinessInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  houseNumber?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Admins only. */
  kvkNumber?: InputMaybe<Scalars['String']['input']>;
  municipality?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  postcode?: InputMaybe<Scalars['String']['input']>;
  sbiCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  street?: InputMaybe<Scalars['String']['input']>;
  /** null removes the website. */
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateBusinessPayload = {
  __typename?: 'UpdateBusinessPayload';
  /** The business as it is now; null when userErrors is not empty. */
  business?: Maybe<Business>;
  userErrors: Array<UserError>;
};

/** Fields left out stay as they are; null clears an optional field. */
export type UpdateOrganisationInput = {
  id: Scalars['ID']['input'];
  kind?: InputMaybe<OrganisationKind>;
  municipality?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateOrganisationPayload = {
  __typename?: 'UpdateOrganisationPayload';
  organisation?: Maybe<Organisation>;
  userErrors: Array<UserError>;
};

/** Why a mutation did not happen; nothing was changed. */
export type UserError = {
  __typename?: 'UserError';
  code: UserErrorCode;
  /** Path of the input field at fault, e.g. `["input", "kvkNumber"]`. */
  field?: Maybe<Array<Scalars['String']['output']>>;
  message: Scalars['String']['output'];
};

export type UserErrorCode =
  | 'INVALID'
  | 'NOT_ALLOWED'
  | 'NOT_FOUND'
  | 'TAKEN';

/** Who the API takes the caller to be. */
export type Viewer = {
  __typename?: 'Viewer';
  /** The business a member acts for. */
  business?: Maybe<Business>;
  kind: ViewerKind;
  /** A civil servant’s municipality. */
  municipality?: Maybe<Municipality>;
  /** Display name from the token, or the API key’s name. */
  name?: Maybe<Scalars['String']['output']>;
  /** The organisation an API key belongs to. */
  organisation?: Maybe<Organisation>;
  roles: Array<Role>;
  scopes: Array<ApiScope>;
  /** Token subject, or the API key’s id. */
  subject?: Maybe<Scalars['String']['output']>;
};

/** How the caller authenticated. */
export type ViewerKind =
  | 'ANONYMOUS'
  | 'API_KEY'
  | 'PERSON';

export type MunicipalitiesQueryVariables = Exact<{
  inRegion?: boolean | null | undefined;
}>;


export type MunicipalitiesQuery = { municipalities: Array<{ id: string, name: string, cbsCode: string, inRegion: boolean }> };


export const MunicipalitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Municipalities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"municipalities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"inRegion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"inRegion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cbsCode"}},{"kind":"Field","name":{"kind":"Name","value":"inRegion"}}]}}]}}]} as unknown as DocumentNode<MunicipalitiesQuery, MunicipalitiesQueryVariables>;