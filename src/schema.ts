import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildSchemaSync } from 'type-graphql';
import {
  authChecker,
  createNodeResolver,
  DateTimeScalar,
  scopeMutations,
  UserErrorResolver,
  validateArgument,
} from './kit';
import { modules } from './modules';

let schema: GraphQLSchema | undefined;

/** The one schema, from the resolvers of every registered module (built once per process). */
export function getSchema(): GraphQLSchema {
  if (schema) return schema;
  schema = buildSchemaSync({
    resolvers: [
      ...modules.flatMap((module) => module.resolvers),
      createNodeResolver(modules.flatMap((module) => module.nodeTypes)),
      UserErrorResolver,
    ] as unknown as NonEmptyArray<() => void>,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: false,
    // type-graphql checks a new schema by running the introspection query over it (a third of a second of
    // CPU at every start, and in every test file); `src/schema.spec.ts` runs that check once instead, and
    // Apollo validates the schema when it starts.
    skipCheck: true,
  });
  scopeMutations(schema);
  // type-graphql has no option for the root types' descriptions; every type a client sees has one.
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  if (query)
    query.description ??= 'Reads. Anonymous callers see public data; see each field for who sees more.';
  if (mutation)
    mutation.description ??=
      'Changes. Each runs in one transaction and reports expected outcomes in `userErrors`.';
  return schema;
}

/** The SDL as committed in `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
