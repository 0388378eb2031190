import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { validate } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { AppConfig } from './config';
import { AppError, ErrorCode, userText } from './kit';

export type Limits = Pick<AppConfig['limits'], 'maxDepth' | 'maxCost' | 'maxAliases'>;

const tooComplex = (limit: string, max: number, message: string, actual?: number) =>
  new AppError(
    ErrorCode.QUERY_TOO_COMPLEX,
    message,
    { limit, max, ...(actual === undefined ? {} : { actual }) },
    400,
  );

/**
 * What a search adds to its field's cost: a base and a price per character. A search reads an index over a
 * whole table rather than a page of rows, and the longer it is the more it reads (a CPV label search takes
 * 0.2 s for 10 characters and 0.9 s for 200, where a page of 20 businesses takes 10 ms): under the default
 * maximum of 20,000 an operation holds at most 18 short searches, or 6 of 200 characters.
 */
export const SEARCH_COST = 1000;
export const SEARCH_COST_PER_CHARACTER = 10;

/** What the non-blank `search`es in a field's arguments cost (an argument or an input field, at any depth). */
function searchCost(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + searchCost(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  let cost = 0;
  for (const [key, item] of Object.entries(value)) {
    if (key === 'search' && typeof item === 'string' && item.trim() !== '') {
      cost += SEARCH_COST + SEARCH_COST_PER_CHARACTER * item.trim().length;
    } else {
      cost += searchCost(item);
    }
  }
  return cost;
}

const fieldCost = fieldExtensionsEstimator();
const plainCost = simpleEstimator({ defaultComplexity: 1 });
/** A field's own cost (its `complexity`, else 1 and its children), plus what its searches cost. */
const estimateCost: ComplexityEstimator = (options) => {
  const own = fieldCost(options) ?? plainCost(options);
  return typeof own === 'number' ? own + searchCost(options.args) : own;
};

/**
 * Refuses an operation that is too deep, has too many aliases or costs too much, before anything runs.
 * Cost: 1 per field, a connection's items count once per requested row (`first`, default 20), and a
 * field given a `search` costs `SEARCH_COST` and `SEARCH_COST_PER_CHARACTER` more.
 */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
): void {
  const rejected: { limit: string; max: number; error: GraphQLError }[] = [];
  const collect = (limit: string, max: number) => [
    (_: unknown, error: GraphQLError) => rejected.push({ limit, max, error }),
  ];
  validate(schema, document, [
    maxDepthRule({
      n: limits.maxDepth,
      ignoreIntrospection: true,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: collect('depth', limits.maxDepth),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: collect('aliases', limits.maxAliases),
    }),
  ]);
  const first = rejected[0];
  if (first) {
    const what =
      first.limit === 'depth'
        ? userText(`Query depth exceeds the maximum of ${first.max}`)
        : userText(`More than ${first.max} aliases`);
    throw tooComplex(first.limit, first.max, `${what}; ask for less or split the operation.`);
  }
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [estimateCost],
    });
  } catch (error) {
    // Variables are checked before this runs (operation-input.ts); what is left is an operation too large
    // to count (fragments spread into each other until the stack runs out) or one the estimators refuse.
    if (error instanceof AppError) throw error;
    throw tooComplex('cost', limits.maxCost, 'The cost of this operation cannot be counted; split it.');
  }
  if (cost > limits.maxCost) {
    throw tooComplex(
      'cost',
      limits.maxCost,
      `Query cost ${cost} exceeds the maximum of ${limits.maxCost}; lower \`first\` or select fewer fields.`,
      cost,
    );
  }
}
