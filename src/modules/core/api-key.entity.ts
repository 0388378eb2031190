import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { ApiScope, Node } from '../../kit';
import type { Organisation } from './organisation.entity';

/** An organisation's key for scripted access. Only a SHA-256 hash of the secret is stored. */
@Entity()
@ObjectType({
  implements: Node,
  description: 'An API key of a partner organisation (the secret is never shown again).',
})
export class ApiKey extends Node {
  @Index()
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne('Organisation', { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'What the key is for, e.g. `event sync for the park website`.' })
  name!: string;

  @Column({ type: 'varchar', length: 12 })
  @Field(() => String, { description: 'First characters of the secret, to recognise a key.' })
  prefix!: string;

  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  secretHash!: string;

  /**
   * SHA-256 of the key's calendar feed token: calendar apps cannot send `X-Api-Key`, so the feed URL carries
   * this second secret, which reads the calendar feeds only. Null: no feed URL (rotated away or never made).
   */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64, nullable: true })
  feedTokenHash!: string | null;

  @Column({ type: 'enum', enum: ApiScope, enumName: 'api_scope', array: true })
  @Field(() => [ApiScope], { description: 'What the key may read.' })
  scopes!: ApiScope[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Who created the key (token subject).' })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the key was created.' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'Last use, to the minute.' })
  lastUsedAt!: Date | null;
}
