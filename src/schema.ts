import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildSchemaSync } from 'type-graphql';
import { authChecker, createNodeResolver, DateTimeScalar, validateArgument } from './modules/core';
import { modules } from './modules';

let schema: GraphQLSchema | undefined;

/** The one schema, from the resolvers of every registered module (built once per process). */
export function getSchema(): GraphQLSchema {
  schema ??= buildSchemaSync({
    resolvers: [
      ...modules.flatMap((module) => module.resolvers),
      createNodeResolver(modules.flatMap((module) => module.nodeTypes)),
    ] as unknown as NonEmptyArray<() => void>,
    authChecker,
    authMode: 'error',
    validateFn: validateArgument,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    emitSchemaFile: false,
  });
  return schema;
}

/** The SDL as committed in `schema/schema.graphql`: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(getSchema()))}\n`;
}
