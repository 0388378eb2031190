import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import { bigintAsNumber, Node } from '../../kit';
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

  /** Sealed: exposed by `QuoteResolver.amount` to the supplier, and to the buyers once the quotes are open. */
  @Column({ type: 'bigint', transformer: bigintAsNumber })
  amount!: number;

  /** Sealed like the amount (`QuoteResolver.note`). */
  @Column({ type: 'text', default: '' })
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
