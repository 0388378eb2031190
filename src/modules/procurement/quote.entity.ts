import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { bigintAsNumber, EuroCentsScalar, Node } from '../../kit';
import type { Invitation } from './invitation.entity';
import type { ProcurementRequest } from './procurement-request.entity';

/** A supplier's price for a request it was invited to; one per invitation, replaced until the deadline. */
@Entity()
@ObjectType({ implements: Node, description: 'An invited supplier’s quote for a request.' })
export class Quote extends Node {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  invitationId!: string;

  @OneToOne('Invitation', { onDelete: 'CASCADE' })
  @JoinColumn()
  invitation?: Invitation;

  @Index()
  @Column({ type: 'uuid' })
  requestId!: string;

  @ManyToOne('ProcurementRequest', { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: ProcurementRequest;

  @Column({ type: 'uuid' })
  profileId!: string;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'The price quoted, excluding VAT.' })
  amount!: number;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'The supplier’s explanation.' })
  note!: string;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the quote was (last) submitted.' })
  submittedAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  submittedBySubject!: string | null;

  /** Exposed by `QuoteResolver.submittedByName`; null when the token named nobody. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  submittedByName!: string | null;
}
