import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { Node } from '../../kit';

@Entity()
@ObjectType({ implements: Node, description: 'A label of news articles, e.g. "Nieuws".' })
export class Label extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Name as shown, e.g. `Nieuws`; unique.' })
  name!: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, {
    description: 'URL-safe name, e.g. `nieuws`, for `filter: { label: ... }` and `?label=` on the feeds.',
  })
  slug!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
