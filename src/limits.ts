import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { validate } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import type { AppConfig } from './config';
import { AppError, ErrorCode } from './kit';

export type Limits = Pick<AppConfig['limits'], 'maxDepth' | 'maxCost' | 'maxAliases'>;

const tooComplex = (limit: string, max: number, message: string, actual?: number) =>
  new AppError(
    ErrorCode.QUERY_TOO_COMPLEX,
    message,
    { limit, max, ...(actual === undefined ? {} : { actual }) },
    400,
  );

/**
 * Refuses an operation that is too deep, has too many aliases or costs too much, before anything runs.
 * Cost: 1 per field, and a connection's items count once per requested row (`first`, default 20).
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
        ? `Query depth exceeds the maximum of ${first.max}`
        : `More than ${first.max} aliases`;
    throw tooComplex(first.limit, first.max, `${what}; ask for less or split the operation.`);
  }
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      operationName: operationName ?? undefined,
      variables,
      estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
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
