import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { checkCbsCode, checkFiguresYear } from '../../kit';
import { Municipality } from '../core';
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

@Resolver(() => Municipality)
export class MunicipalityProcurementStatsResolver {
  @FieldResolver(() => ProcurementStats, {
    description: 'This municipality’s procurement figures of a year (public).',
  })
  procurementStats(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
  ) {
    checkFiguresYear(year);
    // Batched: the municipalities of one request share one statement per year.
    return ctx.loaders.procurement.statsByYearAndMunicipality.load({
      year,
      municipality: municipality.cbsCode,
    });
  }
}
