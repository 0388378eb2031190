import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Node } from '../../kit';
import type { ProcurementRequest } from './procurement-request.entity';

/**
 * An invitee's question about a request and the buyer's answer: together the nota van inlichtingen. Who
 * asked is kept (the asker sees their own questions) but shown to nobody: answers go to every invitee.
 */
@Entity()
@Index(['requestId', 'askedAt'])
@ObjectType({
  implements: Node,
  description:
    'A question of an invitee about a request and the buyer’s answer (nota van inlichtingen); never names who asked.',
})
export class ProcurementQuestion extends Node {
  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne('ProcurementRequest', { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: ProcurementRequest;

  /** The supplier that asked: never exposed, only compared with the viewer's own (`askedByYou`). */
  @Column({ type: 'uuid' })
  profileId!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The question.' })
  question!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was asked.' })
  askedAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  askedBySubject!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'The buyer’s answer, sent to every invitee; null until then.',
  })
  answer!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When it was answered (and published to every invitee).',
  })
  answeredAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredBySubject!: string | null;

  /** A civil servant's name: exposed only to the buyers by `ProcurementQuestionResolver.answeredByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  answeredByName!: string | null;
}
