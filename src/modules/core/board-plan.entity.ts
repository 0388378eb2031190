import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

export enum BoardPlanStatus {
  PLANNED = 'PLANNED',
  DONE = 'DONE',
  PARTLY_DONE = 'PARTLY_DONE',
  NOT_DONE = 'NOT_DONE',
}
registerEnumType(BoardPlanStatus, {
  name: 'BoardPlanStatus',
  description: 'Whether a point of the board’s agenda was carried out.',
  valuesConfig: {
    PLANNED: { description: 'On the agenda; not yet judged.' },
    DONE: { description: 'Carried out.' },
    PARTLY_DONE: { description: 'Carried out in part.' },
    NOT_DONE: { description: 'Not carried out.' },
  },
});

/**
 * A point of the board's agenda for a year, as the review of the year before announces it ("Agenda 2018"),
 * and, once that year is over, whether it was carried out. Public: the board publishes its agenda.
 */
@Entity()
@Index(['year', 'position'])
@ObjectType({ implements: Node, description: 'A point of the board’s agenda for a year (public).' })
export class BoardPlan extends Node {
  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'The year the point is for.' })
  year!: number;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'The point, in a few words.' })
  title!: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What the board means to do; null: the title says it.',
  })
  description!: string | null;

  @Column({
    type: 'enum',
    enum: BoardPlanStatus,
    enumName: 'board_plan_status',
    default: BoardPlanStatus.PLANNED,
  })
  @Field(() => BoardPlanStatus, { description: 'Whether it was carried out; PLANNED until judged.' })
  status!: BoardPlanStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  @Field(() => String, { nullable: true, description: 'What came of it; null until judged.' })
  result!: string | null;

  /** The order of the points within the year, as the board wrote them. */
  @Column({ type: 'smallint', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the point was recorded.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the point was last changed.' })
  updatedAt!: Date;
}
