import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  UpdateDateColumn,
} from 'typeorm';
import type { Municipality } from '../core';
import { bigintAsNumber, EuroCentsScalar, Node } from '../../kit';
import type { CpvCategory } from './cpv-category.entity';
import { ProcurementKind } from './cpv-category.entity';
import { ProcurementProcedure } from './threshold.entity';

export enum ProcurementRequestStatus {
  DRAFT = 'DRAFT',
  INVITING = 'INVITING',
  EVALUATING = 'EVALUATING',
  AWARDED = 'AWARDED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ProcurementRequestStatus, {
  name: 'ProcurementRequestStatus',
  description: 'Where a request is: DRAFT → INVITING → EVALUATING → AWARDED, or CANCELLED before the award.',
  valuesConfig: {
    DRAFT: { description: 'Being prepared; suppliers can be suggested but not yet invited.' },
    INVITING: { description: 'Suppliers are invited and may quote until the deadline.' },
    EVALUATING: { description: 'Quotes are closed and being compared.' },
    AWARDED: { description: 'A quote won; the award is public.' },
    CANCELLED: { description: 'Stopped without an award.' },
  },
});

/** A municipality's request for quotes or tender, made by one of its civil servants. */
@Entity()
@Check('"social_return_percentage" BETWEEN 0 AND 100')
@Index(['municipalityId', 'createdAt'])
@ObjectType({
  implements: Node,
  description: 'A municipality’s procurement request (a purchase to be made).',
})
export class ProcurementRequest extends Node {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Short title, e.g. “Schilderwerk gemeentehuis”.' })
  title!: string;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What is to be bought, plain text.' })
  description!: string;

  @Index()
  @Column({ type: 'char', length: 8 })
  cpvCode!: string;

  @ManyToOne('CpvCategory', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cpv_code', referencedColumnName: 'code' })
  cpv?: CpvCategory;

  @Column({ type: 'enum', enum: ProcurementKind, enumName: 'procurement_kind' })
  @Field(() => ProcurementKind, { description: 'Works, supplies or services, from the CPV code.' })
  kind!: ProcurementKind;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'Estimated value excluding VAT.' })
  estimatedValue!: number;

  @Column({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'Quotes are accepted until this instant.' })
  deadline!: Date;

  @Column({ type: 'smallint', default: 0 })
  @Field(() => Int, { description: 'Social return: percentage of the awarded value (0–100) to spend on it.' })
  socialReturnPercentage!: number;

  @Column({ type: 'enum', enum: ProcurementProcedure, enumName: 'procurement_procedure' })
  @Field(() => ProcurementProcedure, { description: 'The procedure followed.' })
  procedure!: ProcurementProcedure;

  @Column({ type: 'enum', enum: ProcurementProcedure, enumName: 'procurement_procedure' })
  @Field(() => ProcurementProcedure, { description: 'The least procedure the thresholds required.' })
  requiredProcedure!: ProcurementProcedure;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why a heavier procedure than required was chosen.' })
  procedureReason!: string | null;

  @Column({
    type: 'enum',
    enum: ProcurementRequestStatus,
    enumName: 'procurement_request_status',
    default: ProcurementRequestStatus.DRAFT,
  })
  @Field(() => ProcurementRequestStatus, { description: 'Where the request is.' })
  status!: ProcurementRequestStatus;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Why it was cancelled.' })
  cancelReason!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When it was cancelled.' })
  cancelledAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelledBySubject!: string | null;

  /** A civil servant's name: exposed only to the buyers, in `ProcurementRequest.log`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelledByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'Invitees may ask questions until this instant; null: until the deadline.',
  })
  questionDeadline!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When quoting was closed (INVITING → EVALUATING).' })
  closedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Why quoting was closed before the deadline; null when it was closed after it.',
  })
  closeReason!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  closedBySubject!: string | null;

  /** A civil servant's name: exposed only to the buyers by `ProcurementRequestResolver.closedByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  closedByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When a civil servant of the buyer opened the quotes.' })
  quotesOpenedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  quotesOpenedBySubject!: string | null;

  /** Exposed only to the buyers by `ProcurementRequestResolver.quotesOpenedByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  quotesOpenedByName!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When a second civil servant confirmed the opening (multiple quotes and up: four eyes).',
  })
  quotesOpeningConfirmedAt!: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  quotesOpeningConfirmedBySubject!: string | null;

  /** Exposed only to the buyers by `ProcurementRequestResolver.quotesOpeningConfirmedByName`. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  quotesOpeningConfirmedByName!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Where the request came from, e.g. a municipal project of the social-enterprise board.',
  })
  source!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  createdBySubject!: string | null;

  /**
   * A civil servant's name: personal data, exposed only to the buyers by
   * `ProcurementRequestResolver.createdByName` (invited suppliers see the request, not the name).
   */
  @Column({ type: 'varchar', length: 200, nullable: true })
  createdByName!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the request was made.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the request last changed.' })
  updatedAt!: Date;
}
