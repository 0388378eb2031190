import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../kit';
import type { Election } from './election.entity';

/** One point of the association's political agenda, written for an election. */
@Entity()
@Index(['electionId', 'position'], { unique: true })
@ObjectType({ implements: Node, description: 'A point of Regio Q4’s political agenda for an election.' })
export class AgendaPoint extends Node {
  @Column({ type: 'uuid' })
  electionId!: string;

  @ManyToOne('Election', { onDelete: 'RESTRICT' })
  @JoinColumn()
  election?: Election;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Title, e.g. `Regionaal inkopen`.' })
  title!: string;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What the association asks, plain text.' })
  description!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Theme, e.g. `Inkoop`, `Sociaal ondernemen`, `Bereikbaarheid`.' })
  theme!: string;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Place on the agenda, 1 first.' })
  position!: number;
}
