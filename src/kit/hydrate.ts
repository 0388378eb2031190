import type { PoolClient } from 'pg';
import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import type { Driver } from 'typeorm/driver/Driver';
import { QueryFailedError } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { EntityMetadata } from 'typeorm/metadata/EntityMetadata';

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
  const { keys, setters } = rowColumns(metadata, query.connection.driver, alias.name);
  const prototype = (metadata.target as { prototype: object }).prototype;
  return rows.map((row) => {
    const entity = Object.create(prototype) as E;
    for (let index = 0; index < keys.length; index++) {
      const value = row[keys[index]];
      if (value !== undefined) setters[index](entity, value);
    }
    return entity;
  });
}

/** A raw row's keys for an entity's columns under a query alias (`row_id`, …), and each column's setter. */
const rowColumnsCache = new WeakMap<EntityMetadata, Map<string, { keys: string[]; setters: Setter[] }>>();

function rowColumns(metadata: EntityMetadata, driver: Driver, alias: string) {
  let byAlias = rowColumnsCache.get(metadata);
  if (!byAlias) rowColumnsCache.set(metadata, (byAlias = new Map()));
  let found = byAlias.get(alias);
  if (!found) {
    const columns = metadata.columns.filter((column) => !column.isVirtual);
    found = {
      keys: columns.map((column) => DriverUtils.buildAlias(driver, undefined, alias, column.databaseName)),
      setters: columns.map((column) => columnSetter(column, driver)),
    };
    byAlias.set(alias, found);
  }
  return found;
}

/** Writes one column's value, as it comes from `pg` or PostgreSQL's JSON, into an entity. */
export type Setter = (entity: ObjectLiteral, value: unknown) => void;

/** Column types whose values TypeORM's PostgreSQL driver hydrates unchanged. */
export const UNCHANGED_TYPES: readonly unknown[] = [
  'uuid',
  'varchar',
  'character varying',
  'char',
  'character',
  'text',
  'int',
  'integer',
  'int4',
  'smallint',
  'int2',
  'boolean',
  'bool',
  'jsonb',
  'json',
  String,
];
export const TIMESTAMP_TYPES: readonly unknown[] = ['timestamptz', 'timestamp with time zone'];
const UNCHANGED = new Set(UNCHANGED_TYPES);
const TIMESTAMPS = new Set(TIMESTAMP_TYPES);

/**
 * `column.setEntityValue(entity, driver.prepareHydratedValue(value, column))`, decided once per column (its
 * callers keep the setters of an entity's columns, `rowColumns` and the prefetch's `selectedSetters`): for the
 * common columns (plain property, no transformer) the value as it is, or a timestamp's text as a `Date`,
 * exactly as TypeORM converts them; every other column goes through TypeORM itself. On the hot lists
 * TypeORM's chain of type tests per value was a visible share of the CPU time.
 */
export function columnSetter(column: ColumnMetadata, driver: Driver): Setter {
  const property = column.propertyName;
  const plain = !column.embeddedMetadata && !column.transformer && !column.isVirtual;
  const stringEnum =
    column.type === 'enum' && !column.isArray && (column.enum ?? []).every((v) => typeof v === 'string');
  if (plain && (UNCHANGED.has(column.type) || stringEnum)) {
    return (entity, value) => {
      entity[property] = value;
    };
  }
  if (plain && TIMESTAMPS.has(column.type)) {
    return (entity, value) => {
      entity[property] = value && typeof value === 'string' ? new Date(value) : value;
    };
  }
  return (entity, value) => column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
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
