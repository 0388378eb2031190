import type { GraphQLField, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { getNamedType, isEnumType, isObjectType, isScalarType } from 'graphql';
import { buildContext } from '../../src/context';
import type { Viewer } from '../../src/kit';
import { ANONYMOUS, ApiScope, fromGlobalId, Role, ViewerKind } from '../../src/kit';
import { getSchema } from '../../src/schema';
import { ProposePlacementDocument } from '../__generated__/graphql';
import { CALLERS, type Caller } from '../support/authorization-matrix';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import {
  dbId,
  candidateInput,
  coach,
  createCandidate,
  member,
  postOpportunity,
  supplierBusiness,
} from './fixtures';

/**
 * Nobody without the right role learns who a candidate is. Every field of every type reachable from a
 * candidate is enumerated from the schema (so a field added later is checked without touching this file)
 * and read by every caller: through the queries, through `node`/`nodes`, and by calling the field's own
 * resolver with the caller's context, which proves each field carries its own guard.
 */

let api: TestServer;
const headersOf = {} as Record<Caller, Record<string, string>>;
const viewerOf = {} as Record<Caller, Viewer>;
let candidateId: string;
let placementId: string;
let businessKvk: string;
const READERS: Caller[] = ['ADMIN', 'COACH'];
const IDENTIFYING_VALUES = candidateInput({ name: 'Priveé Persoon', email: 'prive.persoon@example.nl' });

/**
 * What an employer may see of a placement, and of its candidate: the pseudonymous view. Every other field
 * of a type reachable from a candidate must refuse everyone but coaches and admins on the field itself.
 */
const PSEUDONYMOUS: Record<string, string[]> = {
  Placement: ['id', 'stage', 'stageSince', 'createdAt', 'opportunity', 'candidateProfile'],
  CandidateProfile: ['pseudonym', 'targetGroup', 'skills', 'availability'],
};
/** Node types a candidate's record consists of; other Node types reached (municipality, opportunity) have their own rules. */
const CANDIDATE_RECORDS = new Set(['Candidate', 'Placement']);

const isNode = (type: GraphQLObjectType) => type.getInterfaces().some((i) => i.name === 'Node');

/** Every object type reachable from Candidate without leaving the candidate's records. */
function reachableTypes(): GraphQLObjectType[] {
  const schema = getSchema();
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLObjectType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isObjectType(named)) continue;
      if (isNode(named) && !CANDIDATE_RECORDS.has(named.name)) continue;
      visit(named);
    }
  };
  visit(schema.getType('Candidate') as GraphQLObjectType);
  return [...seen.values()];
}

const guardedFields = (type: GraphQLObjectType) =>
  Object.values(type.getFields()).filter(
    (field) => field.name !== 'id' && !(PSEUDONYMOUS[type.name] ?? []).includes(field.name),
  );

beforeAll(async () => {
  api = await startTestServer();
  const business = await supplierBusiness(api);
  businessKvk = business.kvk;
  const [organisation] = await api.dataSource.query(`SELECT id FROM organisation ORDER BY name LIMIT 1`);
  for (const scope of ['events:read', 'news:read', 'suppliers:read', 'reports:read'] as const) {
    const [key] = await Promise.all([api.apiKey('Nationaal Park Utrechtse Heuvelrug', [scope])]);
    headersOf[scope] = key.headers;
    viewerOf[scope] = {
      ...ANONYMOUS,
      kind: ViewerKind.API_KEY,
      subject: 'key',
      organisationId: organisation.id,
      scopes: [scope as ApiScope],
    };
  }
  headersOf.anonymous = {};
  viewerOf.anonymous = ANONYMOUS;
  const person = (roles: Role[], extra: Partial<Viewer> = {}): Viewer => ({
    ...ANONYMOUS,
    kind: ViewerKind.PERSON,
    subject: `person-${roles.join()}`,
    name: 'Iemand',
    roles,
    ...extra,
  });
  headersOf.ADMIN = await api.token({ roles: [Role.ADMIN] });
  viewerOf.ADMIN = person([Role.ADMIN]);
  headersOf.EDITOR = await api.token({ roles: [Role.EDITOR] });
  viewerOf.EDITOR = person([Role.EDITOR]);
  headersOf.CIVIL_SERVANT = await api.token({ roles: [Role.CIVIL_SERVANT], municipality: 'GM0352' });
  viewerOf.CIVIL_SERVANT = person([Role.CIVIL_SERVANT], { municipalityCode: 'GM0352' });
  headersOf.COACH = await coach(api, 'coach-privacy');
  viewerOf.COACH = person([Role.COACH], { subject: 'coach-privacy' });
  // An association's secretary: members and applications of their association, nothing of candidates.
  const association = (await api.graphql<{ associations: { id: string }[] }>('{ associations { id } }')).body
    .data!.associations[0].id;
  headersOf.SECRETARY = await api.token({ roles: [Role.SECRETARY], association });
  viewerOf.SECRETARY = person([Role.SECRETARY], {
    associationId: fromGlobalId(association, 'Association').id,
  });
  // The member is the employer of the placement: the one caller who legitimately sees part of it.
  headersOf.MEMBER = await member(api, businessKvk);
  viewerOf.MEMBER = person([Role.MEMBER], { kvkNumber: businessKvk });

  candidateId = await createCandidate(api, IDENTIFYING_VALUES);
  const opportunityId = await postOpportunity(api, headersOf.MEMBER, { title: 'Privacy-vacature' });
  const proposed = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId, opportunityId, note: 'Heeft een rustige werkplek nodig' } },
    headersOf.COACH,
  );
  placementId = proposed.body.data!.proposePlacement.placement!.id;
});
afterAll(() => api.close());

test('the enumeration reaches the candidate’s types and finds guarded fields in each', () => {
  const types = reachableTypes().map((type) => type.name);
  expect(types).toEqual(
    expect.arrayContaining(['Candidate', 'Placement', 'PlacementTransition', 'CandidateProfile']),
  );
  const candidate = getSchema().getType('Candidate') as GraphQLObjectType;
  expect(guardedFields(candidate).map((f) => f.name)).toEqual(
    expect.arrayContaining(['name', 'email', 'phone', 'birthYear', 'supportNeeds', 'school', 'interests']),
  );
});

describe('each field’s own guard, called with every caller’s context', () => {
  /** The real rows behind each type, loaded from the database. */
  async function rootOf(typeName: string): Promise<unknown> {
    const ctx = buildContext(api.dataSource, { baseUrl: 'http://localhost' });
    const loaders = ctx.loaders.socialEnterprise;
    const candidate = await loaders.candidateById.load(dbId(candidateId));
    const placement = await loaders.placementById.load(dbId(placementId));
    const transitions = await loaders.transitionsByPlacementId.load(dbId(placementId));
    const roots: Record<string, unknown> = {
      Candidate: candidate,
      Placement: placement,
      PlacementTransition: transitions[0],
      CandidateProfile: {
        pseudonym: candidate!.pseudonym,
        targetGroup: candidate!.targetGroup,
        skills: [],
        availability: '',
      },
    };
    if (!(typeName in roots))
      throw new Error(`no root for ${typeName}: add one when the type joins the candidate’s record`);
    return roots[typeName];
  }

  async function resolveAs(caller: Caller, type: GraphQLObjectType, field: GraphQLField<unknown, unknown>) {
    const ctx = buildContext(api.dataSource, { baseUrl: 'http://localhost', viewer: viewerOf[caller] });
    const info = {
      fieldName: field.name,
      parentType: type,
      returnType: field.type,
      path: { key: field.name },
    };
    try {
      // type-graphql gives every field a resolver (its middlewares run in it); none would be a defect.
      await field.resolve!(await rootOf(type.name), {}, ctx, info as unknown as GraphQLResolveInfo);
      return 'ok';
    } catch (error) {
      return String((error as { extensions?: { code?: string } }).extensions?.code ?? error);
    }
  }

  test.each(reachableTypes().map((type) => type.name))('%s', async (typeName) => {
    const type = getSchema().getType(typeName) as GraphQLObjectType;
    const outcomes: string[] = [];
    for (const field of guardedFields(type)) {
      for (const caller of CALLERS) {
        const outcome = await resolveAs(caller, type, field);
        const expected = READERS.includes(caller)
          ? 'ok'
          : caller === 'anonymous'
            ? 'UNAUTHENTICATED'
            : 'FORBIDDEN';
        if (outcome !== expected)
          outcomes.push(`${typeName}.${field.name} as ${caller}: ${outcome}, expected ${expected}`);
      }
    }
    expect(outcomes).toEqual([]);
  });
});

/** Every field of a type with nested objects reduced to `__typename`. */
const selectionOf = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .map((field) => {
      const named = getNamedType(field.type);
      return isScalarType(named) || isEnumType(named) ? field.name : `${field.name} { __typename }`;
    })
    .join(' ');

describe('through the queries and through node', () => {
  const candidateFields = () => selectionOf(getSchema().getType('Candidate') as GraphQLObjectType);
  const paths = () => ({
    candidates: `query { candidates(first: 100) { nodes { ${candidateFields()} } } }`,
    candidate: `query($id: ID!) { candidate(id: $id) { ${candidateFields()} } }`,
    node: `query($id: ID!) { node(id: $id) { ... on Candidate { ${candidateFields()} } } }`,
    nodes: `query($id: ID!) { nodes(ids: [$id]) { ... on Candidate { ${candidateFields()} } } }`,
    placement: `query($placement: ID!) { node(id: $placement) { ... on Placement { candidate { ${candidateFields()} } } } }`,
    transitions: `query($placement: ID!) { node(id: $placement) { ... on Placement { transitions { ${selectionOf(
      getSchema().getType('PlacementTransition') as GraphQLObjectType,
    )} } } } }`,
  });

  test.each([...CALLERS])('%s', async (caller) => {
    for (const [path, query] of Object.entries(paths())) {
      const response = await api.graphql(
        query,
        { id: candidateId, placement: placementId },
        headersOf[caller],
      );
      expect(response.status).toBeLessThan(500);
      const text = JSON.stringify(response.body.data ?? null);
      if (READERS.includes(caller)) {
        expect({ path, errors: response.body.errors }).toEqual({ path, errors: undefined });
        if (path !== 'transitions') expect(text).toContain(IDENTIFYING_VALUES.name);
        else expect(text).toContain('Heeft een rustige werkplek nodig');
      } else {
        for (const secret of [
          IDENTIFYING_VALUES.name,
          IDENTIFYING_VALUES.email!,
          IDENTIFYING_VALUES.phone!,
          IDENTIFYING_VALUES.supportNeeds!,
          IDENTIFYING_VALUES.school!,
          'Heeft een rustige werkplek nodig',
        ]) {
          expect({ path, leaked: text.includes(secret) }).toEqual({ path, leaked: false });
        }
        const codes = (response.body.errors ?? []).map((e) => e.extensions?.code);
        // Either refused with a code, or the object itself is hidden (null).
        expect({ path, ok: codes.every((c) => c === 'UNAUTHENTICATED' || c === 'FORBIDDEN') }).toEqual({
          path,
          ok: true,
        });
      }
    }
  });
});

test('coaches’ reads are logged (candidate, subject, time; no personal data), once per candidate per request', async () => {
  const before = Number((await api.dataSource.query(`SELECT count(*) FROM candidate_read`))[0].count);
  const columns = await api.dataSource.query(
    `SELECT column_name FROM information_schema.columns WHERE table_name = 'candidate_read' ORDER BY column_name`,
  );
  expect(columns.map((c: { column_name: string }) => c.column_name)).toEqual([
    'candidate_id',
    'id',
    'read_at',
    'subject',
  ]);
  const coachHeaders = await coach(api, 'coach-logged');
  await api.graphql(
    `query($id: ID!) { candidate(id: $id) { name email supportNeeds } }`,
    { id: candidateId },
    coachHeaders,
  );
  const rows = await api.dataSource.query(
    `SELECT candidate_id, subject FROM candidate_read WHERE subject = 'coach-logged'`,
  );
  expect(rows).toEqual([{ candidate_id: dbId(candidateId), subject: 'coach-logged' }]);
  // A list of candidates logs each candidate it shows; a request that reads nothing identifying logs nothing.
  await api.graphql(`query { candidates(first: 100) { nodes { name } } }`, {}, coachHeaders);
  const listed = await api.dataSource.query(
    `SELECT count(*)::int AS n, count(DISTINCT candidate_id)::int AS distinct FROM candidate_read WHERE subject = 'coach-logged'`,
  );
  const [{ n: candidates }] = await api.dataSource.query(
    `SELECT count(*)::int AS n FROM candidate WHERE erased_at IS NULL`,
  );
  expect(listed[0].n).toBe(1 + Math.min(candidates, 100));
  await api.graphql(`query { candidates(first: 5) { totalCount } }`, {}, coachHeaders);
  expect(Number((await api.dataSource.query(`SELECT count(*) FROM candidate_read`))[0].count)).toBe(
    before + 1 + Math.min(candidates, 100),
  );
});

test('coaches’ reads of the pseudonymous profile are logged too, on every path, once per candidate per request', async () => {
  const candidate = await createCandidate(api, candidateInput());
  const first = await postOpportunity(api, headersOf.MEMBER, { title: 'Profiel-vacature 1', places: 2 });
  const second = await postOpportunity(api, headersOf.MEMBER, { title: 'Profiel-vacature 2', places: 2 });
  const placements: string[] = [];
  for (const opportunityId of [first, second]) {
    const proposed = await api.graphql(
      ProposePlacementDocument,
      { input: { candidateId: candidate, opportunityId } },
      headersOf.COACH,
    );
    placements.push(proposed.body.data!.proposePlacement.placement!.id);
  }
  const profile = 'candidateProfile { pseudonym targetGroup skills availability }';
  const paths: Record<string, { query: string; variables: Record<string, unknown> }> = {
    'opportunity → placements → profile': {
      query: `query($id: ID!) { opportunity(id: $id) { placements { ${profile} } } }`,
      variables: { id: first },
    },
    'node(placement) → profile': {
      query: `query($id: ID!) { node(id: $id) { ... on Placement { ${profile} } } }`,
      variables: { id: placements[0] },
    },
    'nodes(both placements) → profile': {
      query: `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Placement { ${profile} } } }`,
      variables: { ids: placements },
    },
    'two opportunities, the same candidate twice': {
      query: `query($a: ID!, $b: ID!) {
        a: opportunity(id: $a) { placements { ${profile} } }
        b: opportunity(id: $b) { placements { ${profile} } }
      }`,
      variables: { a: first, b: second },
    },
    'business → opportunities → placements → profile': {
      query: `query($id: ID!) { opportunity(id: $id) { business { opportunities(first: 50) { nodes { placements { ${profile} } } } } } }`,
      variables: { id: first },
    },
    'movePlacement → placement → profile': {
      query: `mutation($id: ID!) { movePlacement(input: { id: $id, stage: INTRODUCED }) { placement { ${profile} } userErrors { code } } }`,
      variables: { id: placements[1] },
    },
  };
  for (const [path, { query, variables }] of Object.entries(paths)) {
    const subject = `coach-profile-${Object.keys(paths).indexOf(path)}`;
    const response = await api.graphql(query, variables, await coach(api, subject));
    expect({ path, errors: response.body.errors }).toEqual({ path, errors: undefined });
    expect(JSON.stringify(response.body.data)).toContain('pseudonym');
    const rows = await api.dataSource.query(`SELECT candidate_id FROM candidate_read WHERE subject = $1`, [
      subject,
    ]);
    const ours = rows.filter((r: { candidate_id: string }) => r.candidate_id === dbId(candidate));
    expect({ path, reads: ours.length }).toEqual({ path, reads: 1 });
  }
  // The employer's own reads are not the coaches' log.
  const before = Number((await api.dataSource.query(`SELECT count(*) FROM candidate_read`))[0].count);
  await api.graphql(paths['opportunity → placements → profile'].query, { id: first }, headersOf.MEMBER);
  expect(Number((await api.dataSource.query(`SELECT count(*) FROM candidate_read`))[0].count)).toBe(before);
});
