import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

@Entity()
@ObjectType({ implements: Node, description: 'A Dutch municipality (gemeente).' })
export class Municipality extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 6 })
  @Field(() => String, { description: 'CBS code, e.g. `GM0355` for Zeist.' })
  cbsCode!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Name, e.g. `Zeist`.' })
  name!: string;

  @Column({ type: 'varchar', length: 50, default: 'Utrecht' })
  @Field(() => String, { description: 'Province, e.g. `Utrecht`.' })
  province!: string;

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, { description: 'One of the five municipalities of Regio Q4.' })
  inRegion!: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
