import { Field, ObjectType } from 'type-graphql';
import { ProcurementKind } from './cpv-category.entity';
import { ProcurementProcedure, ProcurementThreshold } from './threshold.entity';

/** The result of `requiredProcedure`. */
@ObjectType({ description: 'The least procedure a purchase requires, and why.' })
export class ProcedureRequirement {
  @Field(() => ProcurementProcedure, { description: 'The least procedure the thresholds require.' })
  procedure!: ProcurementProcedure;

  @Field(() => ProcurementKind, { description: 'The kind of purchase the CPV code makes it.' })
  kind!: ProcurementKind;

  @Field(() => ProcurementThreshold, {
    nullable: true,
    description: 'The threshold that decided it; null when the value is below every threshold.',
  })
  threshold!: ProcurementThreshold | null;

  @Field(() => [ProcurementThreshold], {
    description:
      'Every threshold in force for this municipality, kind and day (EU and municipal), lowest first.',
  })
  thresholds!: ProcurementThreshold[];

  @Field(() => String, { description: 'A sentence a buyer can give on request: which threshold applied.' })
  explanation!: string;
}
