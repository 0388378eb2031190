import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type {
  DocumentNode,
  ExecutionResult,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import {
  astFromValue,
  Kind,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isInputObjectType,
  isListType,
  typeFromAST,
  valueFromASTUntyped,
} from 'graphql';
import type { CompiledQuery } from 'graphql-jit';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { LRUCache } from 'lru-cache';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/** Distinct operations kept compiled (tens of kilobytes each); the frontends' own are far fewer. */
const MAX_COMPILED_OPERATIONS = 250;

/** Parsed and validated documents Apollo keeps, measured as Apollo measures them (their JSON length). */
const MAX_PARSED_DOCUMENTS_SIZE = 4 * 1024 * 1024;

/**
 * Apollo's store of parsed documents. Its default holds 30 MB of JSON, which as syntax trees in memory is
 * several times that: distinct documents (a client that builds its queries, or a fuzzer) grew the heap by
 * well over 32 MiB before it filled. The frontends' operations are a few hundred kilobytes in all.
 */
export function parsedDocumentStore(): InMemoryLRUCache<DocumentNode> {
  return new InMemoryLRUCache<DocumentNode>({ maxSize: MAX_PARSED_DOCUMENTS_SIZE });
}

/**
 * Runs operations with graphql-jit, which compiles each operation into one JavaScript function: on the hot
 * lists graphql-js's generic field-by-field execution was a large share of the CPU time. Apollo still parses,
 * validates, caches documents and runs every plugin; only execution is replaced, through Apollo's gateway
 * interface (its one way to plug in an executor).
 *
 * Two differences from graphql-js are handled here: graphql-jit does not fill the defaults of input object
 * fields in variables (`labelIds: [ID!]! = []`), so they are filled first; and its errors are rebuilt as
 * graphql-js `GraphQLError`s, so Apollo formats (and logs) them like any other error.
 */
export function jitGateway(schema: GraphQLSchema, maxCompiled = MAX_COMPILED_OPERATIONS): Gateway {
  // Apollo caches parsed documents and hands the same object back for the same query text. A compiled
  // operation is tens of kilobytes of code: the cache is bounded, or distinct documents (a client that
  // builds its queries, or a fuzzer) would grow memory without end.
  const compiled = new LRUCache<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>({
    max: maxCompiled,
  });
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) byName.set(key, (query = compileQuery(schema, document, operationName ?? undefined)));
    return query;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async load() {
      return {
        executor: async ({ document, operation, operationName, request, context }) => {
          // No operation: the request names one the document does not have, or names none of several.
          // Apollo's own execution answers graphql-js's error, which Apollo turns into a 400
          // OPERATION_RESOLUTION_FAILURE; so does this.
          if (!operation) return { errors: [unresolvedOperation(document, request.operationName)] };
          // graphql-js checks the variables, so errors and HTTP statuses stay exactly as without graphql-jit.
          const inputs = request.variables ?? {};
          const checked = getVariableValues(schema, operation.variableDefinitions ?? [], inputs);
          if (checked.errors) return { errors: checked.errors };
          const query = compile(document, operationName);
          const rebuild = (error: GraphQLError) => asGraphQLError(error, document, operation);
          if (!isCompiledQuery(query)) return { errors: query.errors?.map(rebuild) };
          const result = await query.query(undefined, context, withInputDefaults(schema, operation, inputs));
          return result.errors ? { ...result, errors: result.errors.map(rebuild) } : result;
        },
      };
    },
    async stop() {},
  };
}

/** graphql-js's error (same words) for a request whose operation cannot be picked from its document. */
function unresolvedOperation(document: DocumentNode, operationName: string | undefined): GraphQLError {
  if (operationName) return new GraphQLError(`Unknown operation named "${operationName}".`);
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  return new GraphQLError(
    operations.length > 1
      ? 'Must provide operation name if query contains multiple operations.'
      : 'Must provide an operation.',
  );
}

/**
 * graphql-jit's errors inherit from GraphQLError but may lack `extensions`, which Apollo needs to format
 * them, and the field's node: a graphql-js error with the same message, path and cause (whose `extensions`,
 * such as a code, it keeps), and the node of the field its path leads to (the error formatter reads a
 * refused id's argument from it).
 */
function asGraphQLError(
  error: GraphQLError,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): GraphQLError {
  const node = error.nodes?.[0] ?? (error.path ? fieldAt(document, operation, error.path) : undefined);
  return new GraphQLError(error.message, {
    nodes: node,
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
}

/** The field node a response path leads to (list indexes skipped, fragments followed). */
function fieldAt(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  path: readonly (string | number)[],
): FieldNode | undefined {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const find = (set: SelectionSetNode, key: string): FieldNode | undefined => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD && (selection.alias ?? selection.name).value === key)
        return selection;
      const inner =
        selection.kind === Kind.INLINE_FRAGMENT
          ? selection.selectionSet
          : selection.kind === Kind.FRAGMENT_SPREAD
            ? fragments.get(selection.name.value)?.selectionSet
            : undefined;
      const found = inner && find(inner, key);
      if (found) return found;
    }
    return undefined;
  };
  let set: SelectionSetNode | undefined = operation.selectionSet;
  let field: FieldNode | undefined;
  for (const key of path) {
    if (typeof key === 'number') continue;
    field = set && find(set, key);
    if (!field) return undefined;
    set = field.selectionSet;
  }
  return field;
}

/** The variables with every omitted input object field that has a default set to it (as an input value). */
function withInputDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const filled: Record<string, unknown> = { ...inputs };
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (type && filled[name] != null) filled[name] = fillDefaults(type, filled[name]);
  }
  return filled;
}

function fillDefaults(type: GraphQLInputType, value: unknown): unknown {
  const nullable = getNullableType(type);
  if (value == null) return value;
  if (isListType(nullable)) {
    return Array.isArray(value) ? value.map((item) => fillDefaults(nullable.ofType, item)) : value;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return value;
  const object: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const field of Object.values(nullable.getFields())) {
    if (field.name in object) {
      object[field.name] = fillDefaults(field.type, object[field.name]);
    } else if (field.defaultValue !== undefined) {
      // The default is an internal value: back to its input form (an enum's name, a scalar's literal).
      const literal = astFromValue(field.defaultValue, field.type);
      if (literal) object[field.name] = valueFromASTUntyped(literal);
    }
  }
  return object;
}
