import {
  Arg,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { ApiScope, Role, scope } from './auth';
import type { Context } from './context';
import { listComplexity } from './relay';
import { todayInAmsterdam } from './dates';
import { Municipality } from './municipality.entity';
import { DateScalar } from './scalars';

@ObjectType({ description: 'Businesses and association members in one municipality on a day.' })
export class MunicipalityBusinessFigures {
  municipalityId!: string;

  @Field(() => Int, { description: 'Businesses registered in the municipality.' })
  businesses!: number;

  @Field(() => Int, { description: 'Businesses that were a member of a business association that day.' })
  associationMembers!: number;
}

@Resolver(() => MunicipalityBusinessFigures)
export class FiguresResolver {
  @Authorized(Role.ADMIN, scope(ApiScope.REPORTS_READ))
  @Query(() => [MunicipalityBusinessFigures], {
    complexity: listComplexity(10),
    description:
      'Per municipality with businesses: how many, and how many are association members (admins, `reports:read`).',
  })
  async businessFigures(
    @Ctx() ctx: Context,
    @Arg('on', () => DateScalar, { nullable: true, description: 'Default today.' }) on?: string,
  ): Promise<MunicipalityBusinessFigures[]> {
    const rows: { municipality_id: string; businesses: string; members: string }[] = await ctx.em.query(
      // The day's member ids once, joined: a per-business EXISTS would probe the memberships 50,000 times.
      `SELECT b.municipality_id, count(*) AS businesses, count(m.business_id) AS members
         FROM business b
         LEFT JOIN (SELECT DISTINCT business_id FROM business_membership
                     WHERE since <= $1 AND (until IS NULL OR until >= $1)) m ON m.business_id = b.id
        GROUP BY b.municipality_id`,
      [on ?? todayInAmsterdam()],
    );
    return rows.map((row) => ({
      municipalityId: row.municipality_id,
      businesses: Number(row.businesses),
      associationMembers: Number(row.members),
    }));
  }

  @FieldResolver(() => Municipality, { description: 'The municipality.' })
  municipality(@Ctx() ctx: Context, @Root() figures: MunicipalityBusinessFigures) {
    return ctx.loaders.core.municipalityById.load(figures.municipalityId);
  }
}
