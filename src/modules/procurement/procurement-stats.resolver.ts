import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { checkCbsCode } from '../../kit';
import { procurementStats, ProcurementStats } from './procurement-stats.service';

@Resolver()
export class ProcurementStatsResolver {
  @Query(() => ProcurementStats, { description: 'Procurement figures of a year (public, no personal data).' })
  procurementStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'CBS code of the buying municipality.',
    })
    municipality?: string | null,
  ) {
    checkCbsCode(municipality);
    return procurementStats(ctx, year, municipality ?? null);
  }
}
