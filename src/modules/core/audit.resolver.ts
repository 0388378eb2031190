import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, Role, toGlobalId } from '../../kit';
import { AuditEntry } from './audit-entry.entity';
import { AuditTrailFilter } from './audit.inputs';
import { fieldsOf, listAuditTrail, objectIdOf, objectTypeOf } from './audit.service';

export const AuditEntryConnection = ConnectionType(AuditEntry);

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    complexity: connectionComplexity,
    description:
      'Who changed what and when, across every module, newest first (admins). Names of fields only, no values.',
  })
  auditTrail(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => AuditTrailFilter, { nullable: true, description: 'Conditions that all must hold.' })
    filter?: AuditTrailFilter,
  ) {
    return listAuditTrail(ctx, filter ?? {}, page);
  }

  @FieldResolver(() => String, { description: 'The type of the object changed, e.g. `Event`.' })
  objectType(@Ctx() ctx: Context, @Root() entry: AuditEntry) {
    return objectTypeOf(ctx, entry);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Global id of the object changed; null for a link between objects (see `rootId`).',
  })
  objectId(@Ctx() ctx: Context, @Root() entry: AuditEntry) {
    return objectIdOf(ctx, entry);
  }

  @FieldResolver(() => [String], {
    description: 'Names of the fields created or changed (never their values); empty for a deletion.',
  })
  fields(@Ctx() ctx: Context, @Root() entry: AuditEntry) {
    return fieldsOf(ctx, entry);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'Global id of the object this one belongs to, e.g. the procurement request of a quote.',
  })
  rootId(@Root() entry: AuditEntry) {
    return entry.rootType && entry.rootId ? toGlobalId(entry.rootType, entry.rootId) : null;
  }
}
