import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditAction {
  CREATED = 'CREATED',
  UPDATED = 'UPDATED',
  DELETED = 'DELETED',
}
registerEnumType(AuditAction, {
  name: 'AuditAction',
  description: 'What a change did to its object.',
  valuesConfig: {
    CREATED: { description: 'The object was created; `fields` names the ones given a value.' },
    UPDATED: { description: 'The object was changed; `fields` names the ones that changed.' },
    DELETED: { description: 'The object was deleted; `fields` is empty.' },
  },
});

/**
 * One change to one row of shared data, written by the `audit_row` trigger in the transaction of the change
 * (docs/audit-trail.md). Holds names, never values: the object's own history keeps values where its domain
 * needs them. Not a `Node`: an entry is read in a trail, never on its own.
 */
@Entity()
@Index(['at', 'id'])
@Index(['rootType', 'rootId', 'at'])
@Index(['objectTable', 'objectId', 'at'])
@ObjectType({ description: 'One change to one object: who, when, which object, which fields (names only).' })
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** `clock_timestamp()` to the millisecond, which keyset cursors carry exactly. */
  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the change was made.' })
  at!: Date;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The request that made it (its `X-Request-Id`): one mutation call.' })
  requestId!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  @Field(() => String, { nullable: true, description: 'The mutation that made it, e.g. `updateEvent`.' })
  mutation!: string | null;

  /** The token's subject or the API key's id (`actorOf`); null when unknown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who made it: the token’s subject; null when unknown.',
  })
  actorSubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who made it: the name in the token; null when unknown.',
  })
  actorName!: string | null;

  @Column({ type: 'enum', enum: AuditAction, enumName: 'audit_action' })
  @Field(() => AuditAction, { description: 'Created, updated or deleted.' })
  action!: AuditAction;

  /** The table; GraphQL shows the entity's name (`objectType`). */
  @Column({ type: 'varchar', length: 100 })
  objectTable!: string;

  /** The row's `id`; null for rows of a link table, which the root names. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  objectId!: string | null;

  /** Column names (the database's); GraphQL shows the entity's property names. */
  @Column({ type: 'text', array: true })
  columns!: string[];

  /** The aggregate the row belongs to (a GraphQL type name), e.g. `ProcurementRequest` for a quote. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  rootType!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  rootId!: string | null;
}
