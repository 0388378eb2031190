import { GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { ValueTransformer } from 'typeorm';
import { badUserInput } from './errors';

/** An instant, ISO 8601 with offset (`2018-01-15T15:18:00.000Z`). */
export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: 'An instant in ISO 8601 with a time zone offset, e.g. `2018-01-15T15:18:00.000Z`.',
});

/** A calendar date without time or zone; kept as the string `YYYY-MM-DD` end to end. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD`, e.g. `2017-12-31`.',
});

function asEuroCents(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw badUserInput(
      `EuroCents must be a non-negative whole number of cents up to ${Number.MAX_SAFE_INTEGER}`,
    );
  }
  return value;
}

/**
 * Money as whole euro cents. A JSON number (never a string), but not GraphQL's `Int`: that is 32-bit and
 * overflows at €21.4M, which a works contract can exceed. Stored in `bigint` columns (`euroCentsColumn`).
 */
export const EuroCentsScalar = new GraphQLScalarType<number, number>({
  name: 'EuroCents',
  description:
    'An amount of money in whole euro cents (`150000` is €1,500.00): a non-negative safe integer ' +
    '(at most 2^53 − 1), sent as a JSON number.',
  serialize: (value) => asEuroCents(typeof value === 'string' ? Number(value) : value),
  parseValue: asEuroCents,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw badUserInput('EuroCents must be a whole number of cents');
    return asEuroCents(Number(ast.value));
  },
});

/**
 * Reads a `bigint` column as a JavaScript number: pg returns bigint as a string, because it may exceed
 * 2^53; euro amounts never do (the scalar refuses them on the way in).
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
