import { getMetadataStorage } from 'type-graphql';
import { ApiScope, scope } from '../../src/kit';
import { getSchema } from '../../src/schema';
import { authorizationMatrix as matrix } from '../authorization';
import type { Cells } from '../support/authorization-matrix';
import { INHERIT, isPersonal } from '../support/authorization-matrix';

/*
 * What a `reports:read` key (the reporting scripts' key) may do, read off the authorization matrix for every
 * root field, mutation and guarded field of the schema. The matrix itself is checked cell by cell against real
 * requests on the demo data by test/reliability/authorization-checks.ts (in two test files), and it must list every field
 * of the schema; so these rules hold for the API, and a new field that breaks them fails here.
 */

const schema = getSchema();
const REPORTS = 'reports:read';

/** The fields whose `@Authorized(...)` lets a `reports:read` key in: the restricted aggregates. */
const aggregates = new Set(
  getMetadataStorage()
    .authorizedFields.filter((field) => field.roles.includes(scope(ApiScope.REPORTS_READ)))
    .map((field) => field.fieldName),
);

test('the restricted aggregates are the figures, and there are some', () => {
  expect([...aggregates].sort()).toEqual(expect.arrayContaining(['businessFigures', 'networkingStats']));
  for (const name of aggregates) {
    expect(schema.getQueryType()!.getFields()[name]).toBeDefined();
    expect(matrix.query[name].cells[REPORTS]).toBe('ok');
  }
});

test('every mutation refuses a reports:read key, except those open to anyone (a key may do what anonymous may)', () => {
  const mutations = Object.keys(schema.getMutationType()!.getFields());
  expect(mutations.length).toBeGreaterThan(20);
  const refused = ['FORBIDDEN', 'UNAUTHENTICATED'];
  const open = mutations.filter((name) => !refused.includes(String(matrix.mutation[name]?.cells.anonymous)));
  expect(open).toEqual(
    expect.arrayContaining([
      'applyAsBusiness',
      'confirmBusinessApplication',
      'updateNotificationPreferences',
    ]),
  );
  const allowed = mutations.filter(
    (name) => !open.includes(name) && matrix.mutation[name]?.cells[REPORTS] !== 'FORBIDDEN',
  );
  expect(allowed).toEqual([]);
});

test('every personal-data field refuses a reports:read key', () => {
  const readable: string[] = [];
  let personal = 0;
  for (const [type, entry] of Object.entries(matrix.types)) {
    for (const [field, rule] of Object.entries(entry.fields)) {
      if (!isPersonal(rule)) continue;
      personal += 1;
      if ((rule as Cells)[REPORTS] === 'ok') readable.push(`${type}.${field}`);
    }
  }
  expect(personal).toBeGreaterThan(5);
  expect(readable).toEqual([]);
});

test('everything else reads like an anonymous caller, plus the aggregates', () => {
  const differences: string[] = [];
  const compare = (what: string, cells: Cells, aggregate: boolean) => {
    const expected = aggregate ? 'ok' : cells.anonymous;
    // A refusal says who is refused: an anonymous caller is UNAUTHENTICATED where a key is FORBIDDEN.
    const same = (a: unknown, b: unknown) =>
      a === b ||
      (a === 'UNAUTHENTICATED' && b === 'FORBIDDEN') ||
      (a === 'FORBIDDEN' && b === 'UNAUTHENTICATED');
    if (!same(expected, cells[REPORTS]))
      differences.push(`${what}: ${String(cells[REPORTS])} vs ${String(expected)}`);
  };
  for (const name of Object.keys(schema.getQueryType()!.getFields())) {
    compare(`Query.${name}`, matrix.query[name].cells, aggregates.has(name));
  }
  for (const [type, entry] of Object.entries(matrix.types)) {
    if (entry.node) compare(`node(${type})`, entry.node, false);
    for (const [field, rule] of Object.entries(entry.fields)) {
      if (rule !== INHERIT) compare(`${type}.${field}`, rule, false);
    }
  }
  expect(differences).toEqual([]);
});
