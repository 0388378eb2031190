import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { municipalityArgument } from '../core';
import { SocialEnterpriseStats } from './social-enterprise-stats.payloads';
import { socialEnterpriseStats } from './social-enterprise-stats.service';

@Resolver()
export class SocialEnterpriseStatsResolver {
  @Query(() => SocialEnterpriseStats, {
    description: 'Figures of the opportunity board for a year (public; small counts suppressed).',
  })
  async socialEnterpriseStats(
    @Ctx() ctx: Context,
    @Arg('year', () => Int, { description: 'The year, in Amsterdam time.' }) year: number,
    @Arg('municipality', () => String, { nullable: true, description: 'CBS code of the municipality.' })
    municipality?: string | null,
  ) {
    const found = await municipalityArgument(ctx, municipality);
    return socialEnterpriseStats(ctx, { year, municipalityId: found?.id ?? null });
  }
}
