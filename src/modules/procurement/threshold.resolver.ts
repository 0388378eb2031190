import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { DateScalar, EuroCentsScalar, translate } from '../../kit';
import { ProcedureRequirement } from './threshold.payloads';
import { requiredProcedure } from './threshold.service';

@Resolver()
export class ThresholdResolver {
  @Query(() => ProcedureRequirement, {
    description:
      'Which procedure a municipality must follow for a purchase, under the thresholds of that day (public).',
  })
  async requiredProcedure(
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
    const decision = await requiredProcedure(ctx, municipality, cpv, estimatedValue, on);
    return { ...decision, explanation: translate(ctx.locale, decision.explanation) };
  }
}
