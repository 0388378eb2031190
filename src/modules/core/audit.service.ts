import type { EntityManager, EntityMetadata } from 'typeorm';
import type { Connection, ConnectionArgs, Context } from '../../kit';
import { AUDIT_RETENTION, fromGlobalId, paginate, SortDirection, toGlobalId } from '../../kit';
import { AuditEntry } from './audit-entry.entity';
import type { AuditTrailFilter } from './audit.inputs';

const newestFirst = {
  column: 'entry.at',
  direction: SortDirection.DESC,
  type: 'timestamp' as const,
  value: (entry: AuditEntry) => entry.at,
};

/** Every entry, newest first, with the filter's conditions (admins). */
export function listAuditTrail(
  ctx: Context,
  filter: AuditTrailFilter,
  args: ConnectionArgs,
): Promise<Connection<AuditEntry>> {
  const query = ctx.em.createQueryBuilder(AuditEntry, 'entry');
  if (filter.object) {
    const { type, id } = fromGlobalId(filter.object);
    const table = metadataOfType(ctx.em, type)?.tableName ?? null;
    query.andWhere(
      '((entry.objectTable = :table AND entry.objectId = :id) OR (entry.rootType = :type AND entry.rootId = :id))',
      { table, type, id },
    );
  }
  if (filter.actorSubject) query.andWhere('entry.actorSubject = :subject', { subject: filter.actorSubject });
  if (filter.mutation) query.andWhere('entry.mutation = :mutation', { mutation: filter.mutation });
  return paginate(query, args, newestFirst);
}

/**
 * The entries of an aggregate: the root row's own and those of every row that names it as root. Batched: the
 * trails of all the aggregates of a list load together, per page arguments and root type.
 */
export function auditTrailOfRoot(
  ctx: Context,
  rootType: string,
  rootId: string,
  args: ConnectionArgs,
): Promise<Connection<AuditEntry>> {
  return ctx.loaders.core.auditEntriesByRootId.load(rootId, args, {
    key: rootType,
    refine: (query) => query.andWhere('row.rootType = :rootType', { rootType }),
  });
}

function metadataOfType(em: EntityManager, type: string): EntityMetadata | undefined {
  return em.connection.entityMetadatas.find((metadata) => metadata.targetName === type);
}

function metadataOfTable(em: EntityManager, table: string): EntityMetadata | undefined {
  return em.connection.entityMetadatas.find((metadata) => metadata.tableName === table);
}

/** The entity's name of an entry's table (the GraphQL type's, for the modules' node types). */
export const objectTypeOf = (ctx: Context, entry: AuditEntry) =>
  metadataOfTable(ctx.em, entry.objectTable)?.targetName ?? entry.objectTable;

export const objectIdOf = (ctx: Context, entry: AuditEntry) =>
  entry.objectId === null ? null : toGlobalId(objectTypeOf(ctx, entry), entry.objectId);

/** The property names of the entry's columns, as the entity (and mostly the GraphQL type) names them. */
export function fieldsOf(ctx: Context, entry: AuditEntry): string[] {
  const metadata = metadataOfTable(ctx.em, entry.objectTable);
  return entry.columns.map((column) => metadata?.findColumnWithDatabaseName(column)?.propertyName ?? column);
}

/** Deletes the entries older than the retention period; returns how many. Run at start-up and daily. */
export async function purgeAuditTrail(em: EntityManager): Promise<number> {
  const result = await em
    .createQueryBuilder()
    .delete()
    .from(AuditEntry)
    .where(`at < now() - interval '${AUDIT_RETENTION}'`)
    .execute();
  return result.affected ?? 0;
}
