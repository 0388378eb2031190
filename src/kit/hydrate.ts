import type { PoolClient } from 'pg';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { QueryFailedError } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * `query.getMany()` for the hot reads, without TypeORM's general entity transformer: one instance per raw
 * row, made with `Object.create(Entity.prototype)` (no constructor, so no class-field initialisers) and
 * given each column's value as TypeORM would convert it. The instances are the entity's class, so `Node`
 * resolves their GraphQL type and computes global ids as usual. Queries with joins, partial selections,
 * inheritance or load listeners take the general path.
 */
export async function getEntities<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  options: { prepared?: boolean } = {},
): Promise<E[]> {
  const { expressionMap } = query;
  const alias = expressionMap.mainAlias;
  const metadata = alias?.hasMetadata ? alias.metadata : undefined;
  if (
    !alias ||
    !metadata ||
    expressionMap.joinAttributes.length > 0 ||
    expressionMap.relationIdAttributes.length > 0 ||
    !expressionMap.selects.some((select) => select.selection === alias.name) ||
    metadata.childEntityMetadatas.length > 0 ||
    metadata.afterLoadListeners.length > 0
  ) {
    return query.getMany();
  }
  const rows: Record<string, unknown>[] = options.prepared
    ? await preparedRows(query)
    : await query.getRawMany();
  return hydrateRows(query, rows);
}

/**
 * The main alias's entities of raw rows of `query` (its columns as TypeORM aliases them, `row_id`, …), made
 * as `getEntities` makes them. For statements built around such a query (a page and its count in one).
 */
export function hydrateRows<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  rows: readonly Record<string, unknown>[],
): E[] {
  const alias = query.expressionMap.mainAlias!;
  const metadata = alias.metadata;
  const driver = query.connection.driver;
  const columns: [string, ColumnMetadata][] = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => [DriverUtils.buildAlias(driver, undefined, alias.name, column.databaseName), column]);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((row) => {
    const entity = Object.create(prototype) as E;
    for (const [key, column] of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}

/** Distinct statement texts run as named prepared statements; beyond them, statements run unnamed. */
const MAX_PREPARED_STATEMENTS = 500;
const statementNames = new Map<string, string>();

/**
 * The name of a statement's text, the same for the same text on every connection: `pg` prepares a named
 * statement once per connection and refuses another text under a known name, and a name per text cannot
 * meet that. Undefined once `MAX_PREPARED_STATEMENTS` texts are named (every connection keeps each one).
 */
function statementName(text: string): string | undefined {
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_PREPARED_STATEMENTS) {
    name = `row_loader_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * `query.getRawMany()` as a named prepared statement: PostgreSQL parses and plans it once per connection
 * (then uses its generic plan when that costs no more) instead of on every call. TypeORM sends only unnamed
 * statements, so this goes through the same query runner (the transaction's, if any) to its `pg` client,
 * and counts and logs the statement as TypeORM does. For statements whose text does not depend on the
 * values: a row loader's `= ANY($1)`, never an `IN` list as long as its keys.
 */
export async function preparedRows<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
): Promise<Record<string, unknown>[]> {
  const [text, values] = query.getQueryAndParameters();
  return preparedStatement(query, text, values);
}

/** `preparedRows` of a statement built around `query`'s text, on its query runner. */
export async function preparedStatement<E extends ObjectLiteral>(
  query: SelectQueryBuilder<E>,
  text: string,
  values: unknown[],
): Promise<Record<string, unknown>[]> {
  const dataSource = query.connection;
  const own = (query as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const runner = own ?? dataSource.createQueryRunner();
  try {
    const client = (await runner.connect()) as PoolClient;
    dataSource.logger.logQuery(text, values, runner);
    const started = Date.now();
    try {
      const result = await client.query<Record<string, unknown>>({ name: statementName(text), text, values });
      const took = Date.now() - started;
      const slow = dataSource.options.maxQueryExecutionTime;
      if (slow && took > slow) dataSource.logger.logQuerySlow(took, text, values, runner);
      return result.rows;
    } catch (error) {
      dataSource.logger.logQueryError(error as Error, text, values, runner);
      throw new QueryFailedError(text, values, error as Error);
    }
  } finally {
    if (!own) await runner.release();
  }
}
