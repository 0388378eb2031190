import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { ApiScope, Role, scope } from '../../kit';
import { municipalityArgument } from '../core';
import { NetworkingStats } from './networking-stats.payloads';
import { networkingStats } from './networking-stats.service';

@Resolver()
export class NetworkingStatsResolver {
  @Authorized(Role.ADMIN, scope(ApiScope.REPORTS_READ))
  @Query(() => NetworkingStats, {
    description: 'Networking figures of a year (admins, API keys with `reports:read`).',
  })
  async networkingStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'Calendar year, by the start of the event in Amsterdam time.' })
    year: number,
    @Arg('municipality', () => String, { nullable: true, description: 'CBS code of the venue municipality.' })
    municipality?: string | null,
  ) {
    const found = await municipalityArgument(ctx, municipality);
    return networkingStats(ctx, { year, municipalityId: found?.id ?? null });
  }
}
