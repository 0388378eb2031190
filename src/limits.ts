import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { validate } from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
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

/** Distinct documents whose limits are kept, and per document the distinct variables whose cost is kept. */
const MAX_DOCUMENTS = 250;
const MAX_COSTS_PER_DOCUMENT = 16;
/** Variables longer than this as JSON are counted every time rather than kept as a key. */
const MAX_VARIABLES_KEY_LENGTH = 2000;

/** The limits' verdict on one operation: its cost, or the error that refuses it. */
type Verdict = { cost: number } | { refuse: () => AppError };

interface DocumentLimits {
  /** Depth and aliases depend on the document alone. */
  shape: Verdict | null;
  /** Cost by the variables' JSON ('' without variables): the same variables always cost the same. */
  costs: Map<string, Verdict>;
}

function checkShape(schema: GraphQLSchema, document: DocumentNode, limits: Limits): Verdict | null {
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
  if (!first) return null;
  const what =
    first.limit === 'depth'
      ? userText(`Query depth exceeds the maximum of ${first.max}`)
      : userText(`More than ${first.max} aliases`);
  return {
    refuse: () => tooComplex(first.limit, first.max, `${what}; ask for less or split the operation.`),
  };
}

function countCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  limits: Limits,
): Verdict {
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
    if (error instanceof AppError) return { refuse: () => error };
    return {
      refuse: () =>
        tooComplex('cost', limits.maxCost, 'The cost of this operation cannot be counted; split it.'),
    };
  }
  if (cost > limits.maxCost) {
    return {
      refuse: () =>
        tooComplex(
          'cost',
          limits.maxCost,
          `Query cost ${cost} exceeds the maximum of ${limits.maxCost}; lower \`first\` or select fewer fields.`,
          cost,
        ),
    };
  }
  return { cost };
}

/**
 * Refuses an operation that is too deep, has too many aliases or costs too much, before anything runs.
 * Cost: 1 per field, a connection's items count once per requested row (`first`, default 20), and a
 * field given a `search` costs `SEARCH_COST` and `SEARCH_COST_PER_CHARACTER` more.
 *
 * Depth and aliases are decided once per document; the cost once per document and operation for the same
 * variables (a variable such as `first` or `search` changes it, so other variables are counted anew).
 * Walking the document on every request was a visible share of a short request's CPU time.
 */
export function createLimitsCheck(schema: GraphQLSchema, limits: Limits) {
  const cache = new LRUCache<DocumentNode, DocumentLimits>({ max: MAX_DOCUMENTS });
  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): void => {
    let known = cache.get(document);
    if (!known)
      cache.set(document, (known = { shape: checkShape(schema, document, limits), costs: new Map() }));
    if (known.shape && 'refuse' in known.shape) throw known.shape.refuse();
    const hasVariables = variables !== undefined && Object.keys(variables).length > 0;
    const variablesKey = hasVariables ? JSON.stringify(variables) : '';
    const key = `${operationName ?? ''}\u0000${variablesKey}`;
    let verdict = known.costs.get(key);
    if (!verdict) {
      verdict = countCost(schema, document, operationName, variables, limits);
      if (variablesKey.length <= MAX_VARIABLES_KEY_LENGTH) {
        known.costs.set(key, verdict);
        // The oldest first out: a Map keeps its keys in the order they were set.
        if (known.costs.size > MAX_COSTS_PER_DOCUMENT) known.costs.delete(known.costs.keys().next().value!);
      }
    }
    if ('refuse' in verdict) throw verdict.refuse();
  };
}
