import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne } from 'typeorm';
import type { Business } from '../core';
import { bigintAsNumber, EuroCentsScalar, Node } from '../../kit';
import type { ProcurementRequest } from './procurement-request.entity';
import type { Quote } from './quote.entity';

/**
 * The outcome of a request: which supplier won, for how much, whether it was local or regional, and the
 * social return the supplier owes. Public.
 */
@Entity()
@ObjectType({ implements: Node, description: 'The award of a procurement request to a supplier (public).' })
export class Award extends Node {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  requestId!: string;

  @OneToOne('ProcurementRequest', { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: ProcurementRequest;

  @Column({ type: 'uuid' })
  quoteId!: string;

  @ManyToOne('Quote', { onDelete: 'RESTRICT' })
  @JoinColumn()
  quote?: Quote;

  @Column({ type: 'uuid' })
  profileId!: string;

  @Index()
  @Column({ type: 'uuid' })
  businessId!: string;

  @ManyToOne('Business', { onDelete: 'RESTRICT' })
  @JoinColumn()
  business?: Business;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'The awarded value excluding VAT (the winning quote).' })
  value!: number;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, { description: 'The supplier is established in the buying municipality.' })
  local!: boolean;

  @Column({ type: 'boolean' })
  @Field(() => Boolean, {
    description: 'The supplier is established in one of the five Regio Q4 municipalities.',
  })
  regional!: boolean;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Social-return percentage of the request at the award.' })
  socialReturnPercentage!: number;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'Social return owed: percentage × value, rounded down.' })
  socialReturnObligation!: number;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description:
      'Why the award went to another quote than the lowest (motiveringsplicht); null when the lowest won.',
  })
  rationale!: string | null;

  @Index()
  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the request was awarded.' })
  awardedAt!: Date;

  @Column({ type: 'varchar', length: 200, nullable: true })
  awardedBySubject!: string | null;

  /** A civil servant's name: personal data, exposed only to the buyers by `AwardResolver.awardedByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  awardedByName!: string | null;
}
