import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { DateScalar, EuroCentsScalar } from '../../kit';
import { ProcurementKind } from './cpv-category.entity';
import { ProcurementProcedure, ProcurementThreshold } from './threshold.entity';
import { requiredProcedure } from './threshold.service';

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

@Resolver()
export class ThresholdResolver {
  @Query(() => ProcedureRequirement, {
    description:
      'Which procedure a municipality must follow for a purchase, under the thresholds of that day (public).',
  })
  requiredProcedure(
    @Ctx() ctx: Context,
    @Arg('municipality', () => String, { description: 'CBS code of the buying municipality, e.g. `GM0355`.' })
    municipality: string,
    @Arg('cpv', () => String, {
      description: 'CPV code of what is bought (decides works, supplies or services).',
    })
    cpv: string,
    @Arg('estimatedValue', () => EuroCentsScalar, { description: 'Estimated value excluding VAT, in cents.' })
    estimatedValue: number,
    @Arg('on', () => DateScalar, {
      nullable: true,
      description: 'The day to judge by; today in Amsterdam by default.',
    })
    on?: string | null,
  ) {
    return requiredProcedure(ctx, municipality, cpv, estimatedValue, on);
  }
}
