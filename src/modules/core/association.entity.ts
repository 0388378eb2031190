import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Municipality } from './municipality.entity';
import { Node } from '../../kit';

@Entity()
@ObjectType({
  implements: Node,
  description: 'A business association (ondernemersvereniging); membership of Regio Q4 is dated.',
})
export class Association extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Full name; unique.' })
  name!: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Abbreviation, e.g. `BCB`.' })
  shortName!: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Website URL; null when unknown.' })
  website!: string | null;

  @Index()
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
