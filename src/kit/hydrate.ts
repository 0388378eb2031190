import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DriverUtils } from 'typeorm/driver/DriverUtils';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * `query.getMany()` for the hot reads, without TypeORM's general entity transformer: one instance per raw
 * row, made with `Object.create(Entity.prototype)` (no constructor, so no class-field initialisers) and
 * given each column's value as TypeORM would convert it. The instances are the entity's class, so `Node`
 * resolves their GraphQL type and computes global ids as usual. Queries with joins, partial selections,
 * inheritance or load listeners take the general path.
 */
export async function getEntities<E extends ObjectLiteral>(query: SelectQueryBuilder<E>): Promise<E[]> {
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
  const driver = query.connection.driver;
  const columns: [string, ColumnMetadata][] = metadata.columns
    .filter((column) => !column.isVirtual)
    .map((column) => [DriverUtils.buildAlias(driver, undefined, alias.name, column.databaseName), column]);
  const prototype = (metadata.target as { prototype: object }).prototype;
  const rows: Record<string, unknown>[] = await query.getRawMany();
  return rows.map((row) => {
    const entity = Object.create(prototype) as E;
    for (const [key, column] of columns) {
      const value = row[key];
      if (value !== undefined) column.setEntityValue(entity, driver.prepareHydratedValue(value, column));
    }
    return entity;
  });
}
