import { AsyncLocalStorage } from 'node:async_hooks';
import type { GraphQLSchema } from 'graphql';
import { defaultFieldResolver } from 'graphql';
import { actorOf } from './auth';
import type { Context } from './context';

/**
 * The audit trail (docs/audit-trail.md). Every table of shared data has the `audit_row` trigger: a row
 * inserted, updated or deleted inside a transaction that carries the audit setting writes one `audit_entry`
 * in that same transaction (who, when, which object, the names of the changed columns; never values).
 * `withTransaction` sets the setting inside a GraphQL mutation, so every mutation is covered however it writes
 * (entity manager, query builder or raw SQL); seeds, migrations and the CLIs set none and leave no entries.
 */
export const AUDIT_SETTING = 'regioq4.audit';

/** How long entries are kept: seven years (docs/audit-trail.md "Retention"), then deleted. */
export const AUDIT_RETENTION = '7 years';

/** What the trigger reads from the transaction's setting (JSON). */
export interface AuditSetting {
  subject: string | null;
  name: string | null;
  requestId: string;
  mutation: string;
}

const mutationScope = new AsyncLocalStorage<string>();

/**
 * Makes every root mutation field run in a scope that names it, so its entries say which mutation made them.
 * Mutation fields run one after another, so scopes never mix. Only the root mutation fields are wrapped: a
 * global type-graphql middleware would run for every field of every type, each plain column through an async
 * middleware chain (promises, async hooks and garbage per value of every list).
 */
export function scopeMutations(schema: GraphQLSchema): void {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) {
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) =>
      mutationScope.run(info.fieldName, () => resolve(source, args, context, info));
  }
}

/**
 * Marks the transaction of `tx` as made by its viewer in a mutation, so the trigger writes entries for its
 * changes. Outside a mutation (the demo data, the CLIs) it does nothing: those leave no entries.
 */
export async function enterAuditContext(tx: Context): Promise<void> {
  const mutation = mutationScope.getStore();
  if (mutation === undefined) return;
  const setting: AuditSetting = { ...actorOf(tx.viewer), requestId: tx.requestId, mutation };
  await tx.em.query(`SELECT set_config('${AUDIT_SETTING}', $1, true)`, [JSON.stringify(setting)]);
}
