import type {
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
} from 'graphql';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  isLeafType,
} from 'graphql';
import { random } from '../../src/kit';

/**
 * A seeded generator of GraphQL requests from a schema: for every root field, arguments that are mostly
 * plausible and sometimes wrong in one place (a wrong type, a boundary, NUL, a lone surrogate, null for
 * a required value, an unknown field), and a selection of the result. Nothing in it names a module: new
 * modules are fuzzed as soon as they are in the schema.
 */
export interface Samples {
  /** Valid global ids of the demo data (any type). */
  ids: string[];
  /** Other valid strings by field name: `slug`, `municipality`, `kvkNumber`, `after`, ... */
  strings: Record<string, string[]>;
}

export interface FuzzRequest {
  query: string;
  variables?: Record<string, unknown>;
  /** Sent as the request's `operationName` unless undefined (then left out). */
  operationName?: unknown;
  /** A short description for failure messages. */
  what: string;
}

const NUL_TEXT = ['a\u0000b', '\u0000'];
const ODD_TEXT = [
  '',
  ' ',
  'x'.repeat(201),
  'x'.repeat(10_001),
  '\ud800',
  'Zeist 🌲 café',
  "'; DROP TABLE business; --",
  '%_\\',
  '<script>alert(1)</script>',
  '\u202eesrever',
  '1e309',
];
/**
 * The request's `operationName` beside a document whose operation is `Fuzz`: right, unknown, missing with
 * a second operation in the document, of the wrong type. Only the right ones may run.
 */
const OPERATION_NAMES: { what: string; operationName?: unknown; second?: string }[] = [
  { what: 'named', operationName: 'Fuzz' },
  { what: 'unknown name', operationName: 'NoSuchOperation' },
  { what: 'empty name', operationName: '' },
  { what: 'null name', operationName: null },
  { what: 'two operations, no name', second: 'query Other { __typename }' },
  { what: 'two operations, null name', operationName: null, second: 'query Other { __typename }' },
  { what: 'two operations, named', operationName: 'Fuzz', second: 'query Other { __typename }' },
  { what: 'two operations, the other', operationName: 'Other', second: 'query Other { __typename }' },
  { what: 'two operations, unknown', operationName: 'Third', second: 'mutation Other { __typename }' },
  { what: 'name of the wrong type', operationName: 5 },
  { what: 'name as a list', operationName: ['Fuzz'] },
  { what: 'name as an object', operationName: { name: 'Fuzz' } },
];
const INTS = [0, -1, 1, 20, 100, 101, 2 ** 31 - 1, -(2 ** 31), 2018, 12, 13];
const BAD_INTS = [2 ** 31, 1.5, '5', 'abc', true, 1e300];
const DATES = ['2018-01-01', '2017-12-31', '2019-06-15', '2030-01-01'];
const BAD_DATES = ['2018-02-30', '0000-00-00', '2018-13-01', 'gisteren', 20180101, '2018-1-1'];
const INSTANTS = ['2018-01-15T15:18:00.000Z', '2030-05-01T17:00:00.000Z', '2019-03-31T01:30:00+01:00'];
const BAD_INSTANTS = ['2018-13-01T00:00:00Z', 'morgen', 1516029480000, '2018-01-15'];

export class RequestGenerator {
  private readonly next: () => number;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly samples: Samples,
    seed: number,
  ) {
    this.next = random(seed);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  /** Every root field of queries and mutations, in schema order. */
  rootFields(): { operation: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const query = Object.values(this.schema.getQueryType()?.getFields() ?? {}).map((field) => ({
      operation: 'query' as const,
      field,
    }));
    const mutation = Object.values(this.schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      operation: 'mutation' as const,
      field,
    }));
    return [...query, ...mutation];
  }

  /** One request for a root field; `broken` puts one deliberate mistake somewhere in its arguments. */
  request(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): FuzzRequest {
    const broken = this.chance(0.5);
    let mistakes = broken ? 1 : 0;
    const wrong = () => {
      if (mistakes > 0 && this.chance(0.3)) {
        mistakes -= 1;
        return true;
      }
      return false;
    };
    const inline = this.chance(0.2);
    const definitions: string[] = [];
    const variables: Record<string, unknown> = {};
    const args: string[] = [];
    for (const [index, arg] of field.args.entries()) {
      const required = arg.type instanceof GraphQLNonNull;
      if (!required && this.chance(0.4)) continue;
      if (required && wrong() && this.chance(0.3)) continue; // a required argument left out
      const value = this.value(arg.type, arg.name, wrong, 0);
      if (inline) {
        const literal = this.literal(value, arg.type);
        if (literal !== undefined) {
          args.push(`${arg.name}: ${literal}`);
          continue;
        }
      }
      const name = `a${index}`;
      definitions.push(`$${name}: ${String(arg.type)}`);
      variables[name] = value;
      args.push(`${arg.name}: $${name}`);
    }
    const selection = this.selection(field.type, 0);
    const header = `${operation} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''}`;
    const query = `${header} { ${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection} }`;
    const named = this.chance(0.15) ? this.pick(OPERATION_NAMES) : undefined;
    return {
      query: named?.second ? `${query}\n${named.second}` : query,
      variables,
      operationName: named?.operationName,
      what: `${operation} ${field.name}${broken ? ' (broken)' : ''}${named ? ` (${named.what})` : ''}`,
    };
  }

  private value(type: GraphQLInputType, name: string, wrong: () => boolean, depth: number): unknown {
    if (wrong()) return this.wrongValue(type, name);
    if (type instanceof GraphQLNonNull) return this.value(type.ofType, name, wrong, depth);
    if (type instanceof GraphQLList) {
      const length = this.pick([0, 1, 1, 2, 3]);
      return Array.from({ length }, () => this.value(type.ofType, name, wrong, depth + 1));
    }
    if (type instanceof GraphQLInputObjectType) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = field.type instanceof GraphQLNonNull && field.defaultValue === undefined;
        if (!required && this.chance(0.5)) continue;
        if (depth > 3 && !required) continue;
        object[field.name] = this.value(field.type, field.name, wrong, depth + 1);
      }
      return object;
    }
    if (type instanceof GraphQLEnumType) return this.pick(type.getValues()).name;
    return this.scalar(type as GraphQLScalarType, name);
  }

  private scalar(type: GraphQLScalarType, name: string): unknown {
    const known = this.samples.strings[name];
    switch (type.name) {
      case 'ID':
        return this.chance(0.9) ? this.pick(this.samples.ids) : this.pick(['x', 'QnVzaW5lc3M6MTIz', '']);
      case 'Int':
        return /first|capacity/.test(name) ? this.pick([1, 2, 5, 20, 100]) : this.pick(INTS);
      case 'Float':
        return this.pick([0, 1.5, -3, 1e10]);
      case 'Boolean':
        return this.chance(0.5);
      case 'Date':
        return this.pick(DATES);
      case 'DateTime':
        return this.pick(INSTANTS);
      default:
        if (known && this.chance(0.8)) return this.pick(known);
        return this.pick([
          'Zeist',
          'ondernemer',
          'netwerk',
          'Bunnik',
          'test@example.nl',
          'GM0355',
          '12345678',
        ]);
    }
  }

  /** A value that is wrong for its place: the server must refuse it with a coded error. */
  private wrongValue(type: GraphQLInputType, name: string): unknown {
    if (type instanceof GraphQLNonNull && this.chance(0.3)) return null;
    const named = getNamedType(type);
    if (
      type instanceof GraphQLList ||
      (type instanceof GraphQLNonNull && type.ofType instanceof GraphQLList)
    ) {
      if (this.chance(0.3)) return Array.from({ length: 101 }, () => this.pick(this.samples.ids));
      if (this.chance(0.3)) return [null];
    }
    if (named instanceof GraphQLInputObjectType) {
      return this.pick([
        { unknownField: 1 },
        'text',
        42,
        [],
        { [Object.keys(named.getFields())[0]]: { deep: true } },
      ]);
    }
    if (named instanceof GraphQLEnumType) return this.pick(['NOT_A_VALUE', 'asc', 3, '']);
    switch (named.name) {
      case 'Int':
      case 'Float':
        return this.pick(BAD_INTS);
      case 'Date':
        return this.pick(BAD_DATES);
      case 'DateTime':
        return this.pick(BAD_INSTANTS);
      case 'Boolean':
        return this.pick(['true', 0, null]);
      default:
        if (name === 'after' && this.chance(0.5)) return this.forgedCursor();
        return this.pick([...NUL_TEXT, ...ODD_TEXT, 12, { a: 1 }]);
    }
  }

  /** A cursor that decodes but lies: another ordering's name, a value of the wrong type, a bad id. */
  forgedCursor(): string {
    const key = this.pick([
      'startsAt',
      'changeSeq',
      'search_rank',
      'arrival',
      'date',
      'name',
      'createdAt',
      'x',
    ]);
    const value = this.pick(['garbage', '99999999999999999999', '1e400', -1, '2018-02-30', null, '\u0000']);
    const id = this.pick(['00000000-0000-4000-8000-000000000000', 'not-a-uuid']);
    return Buffer.from(JSON.stringify(this.chance(0.8) ? [key, value, id] : { key })).toString('base64url');
  }

  /** A GraphQL literal for a value, or undefined when it has no literal form (then it goes in a variable). */
  private literal(value: unknown, type: GraphQLInputType): string | undefined {
    if (value === null) return 'null';
    if (type instanceof GraphQLNonNull) return this.literal(value, type.ofType);
    if (type instanceof GraphQLList) {
      if (!Array.isArray(value)) return this.literal(value, type.ofType);
      const items = value.map((item) => this.literal(item, type.ofType));
      return items.every((item) => item !== undefined) ? `[${items.join(', ')}]` : undefined;
    }
    if (
      type instanceof GraphQLInputObjectType &&
      value &&
      typeof value === 'object' &&
      !Array.isArray(value)
    ) {
      const fields = type.getFields();
      const parts = Object.entries(value).map(([key, item]) =>
        fields[key] ? `${key}: ${this.literal(item, fields[key].type)}` : `${key}: ${JSON.stringify(item)}`,
      );
      return parts.some((part) => part.includes('undefined')) ? undefined : `{ ${parts.join(', ')} }`;
    }
    if (type instanceof GraphQLEnumType && typeof value === 'string' && /^[A-Za-z_]\w*$/.test(value))
      return value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return JSON.stringify(value);
    }
    return undefined;
  }

  /** A few fields of a result, a couple of levels deep, with whatever arguments they need. */
  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type) as GraphQLNamedType;
    if (isLeafType(named)) return '';
    if (named instanceof GraphQLUnionType || named instanceof GraphQLInterfaceType) {
      const possible = this.schema.getPossibleTypes(named);
      const one = possible.length ? this.pick(possible) : undefined;
      return ` { __typename${one ? ` ... on ${one.name}${this.selection(one, depth + 1)}` : ''} }`;
    }
    const fields = Object.values((named as GraphQLObjectType).getFields());
    const chosen = fields.filter(
      (field) =>
        (depth < 3 || isLeafType(getNamedType(field.type))) &&
        field.args.every((arg: GraphQLArgument) => !(arg.type instanceof GraphQLNonNull)) &&
        this.chance(depth === 0 ? 0.6 : 0.35),
    );
    const parts = chosen.map((field) => {
      const page = field.args.some((arg) => arg.name === 'first') && this.chance(0.7) ? '(first: 2)' : '';
      return `${field.name}${page}${this.selection(field.type, depth + 1)}`;
    });
    return ` { __typename ${parts.join(' ')} }`;
  }
}
