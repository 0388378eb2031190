import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index } from 'typeorm';
import { bigintAsNumber, DateScalar, EuroCentsScalar, Node } from '../../kit';
import { ProcurementKind } from './cpv-category.entity';

/** Procurement procedures, lightest first; the order is the weight (a heavier one is always allowed). */
export enum ProcurementProcedure {
  SINGLE_QUOTE = 'SINGLE_QUOTE',
  MULTIPLE_QUOTE = 'MULTIPLE_QUOTE',
  NATIONAL = 'NATIONAL',
  EUROPEAN = 'EUROPEAN',
}
registerEnumType(ProcurementProcedure, {
  name: 'ProcurementProcedure',
  description: 'How a municipality buys, lightest first.',
  valuesConfig: {
    SINGLE_QUOTE: { description: 'Enkelvoudig onderhands: one invited supplier quotes.' },
    MULTIPLE_QUOTE: { description: 'Meervoudig onderhands: 3 to 5 invited suppliers quote.' },
    NATIONAL: { description: 'Nationaal openbaar: a public tender announced in the Netherlands.' },
    EUROPEAN: { description: 'Europees openbaar: a public tender announced in the whole EU (TED).' },
  },
});

export const PROCEDURE_WEIGHT: Record<ProcurementProcedure, number> = {
  SINGLE_QUOTE: 0,
  MULTIPLE_QUOTE: 1,
  NATIONAL: 2,
  EUROPEAN: 3,
};

/**
 * From `fromValue` (inclusive) on, `procedure` is the least a buyer must follow for this kind, in the
 * period `since`..`until` (inclusive; open when null). `municipalityCode` null is the EU threshold, which
 * applies to every municipality. Reference data, inserted by the AddProcurement migration.
 */
@Entity()
@Check('"until" IS NULL OR "until" >= "since"')
@Index(['kind', 'since'])
@ObjectType({
  implements: Node,
  description: 'A dated threshold: from this estimated value on, at least this procedure.',
})
export class ProcurementThreshold extends Node {
  /** A CBS code rather than a municipality row: thresholds are reference data, present before any municipality. */
  @Index()
  @Column({ type: 'varchar', length: 6, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'CBS code of the municipality; null for the EU threshold.',
  })
  municipalityCode!: string | null;

  @Column({ type: 'enum', enum: ProcurementKind, enumName: 'procurement_kind' })
  @Field(() => ProcurementKind, { description: 'What is bought.' })
  kind!: ProcurementKind;

  @Column({ type: 'enum', enum: ProcurementProcedure, enumName: 'procurement_procedure' })
  @Field(() => ProcurementProcedure, { description: 'The least procedure from `fromValue` on.' })
  procedure!: ProcurementProcedure;

  @Column({ type: 'bigint', transformer: bigintAsNumber })
  @Field(() => EuroCentsScalar, { description: 'Estimated value (excl. VAT) from which this applies.' })
  fromValue!: number;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day this threshold applies.' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day it applies; null while current.' })
  until!: string | null;

  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Where the threshold comes from (a regulation, a municipal policy).' })
  source!: string;
}
