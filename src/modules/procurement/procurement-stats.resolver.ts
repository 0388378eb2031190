import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { checkCbsCode, checkFiguresYear } from '../../kit';
import { municipalityArgument } from '../core';
import { procurementStats, ProcurementStats } from './procurement-stats.service';

@Resolver()
export class ProcurementStatsResolver {
  @Query(() => ProcurementStats, { description: 'Procurement figures of a year (public, no personal data).' })
  async procurementStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
    @Arg('municipality', () => String, {
      nullable: true,
      description: 'CBS code of the buying municipality.',
    })
    municipality?: string | null,
  ) {
    // A malformed code is refused before a year out of range, an unknown one after it, as before.
    checkCbsCode(municipality);
    checkFiguresYear(year);
    const scoped = await municipalityArgument(ctx, municipality);
    return procurementStats(ctx, { year, municipalityId: scoped?.id ?? null });
  }
}
