import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

/**
 * A person who appears in the platform's public work (a signatory, a chair, an alderman). Contact details
 * are personal data: the e-mail address reaches the schema only through a guarded field resolver.
 */
@Entity()
@ObjectType({ implements: Node, description: 'A person named in Regio Q4’s work.' })
export class Person extends Node {
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Full name as it appears in public work.' })
  name!: string;

  @Index({ unique: true, where: 'email IS NOT NULL' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
