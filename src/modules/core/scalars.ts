import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';

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
