import { listAssociations } from './catalogue.service';
import type { Context, FiguresScope } from '../../kit';
import { checkFiguresYear } from '../../kit';
import type { MembershipFigures, MunicipalityBusinessFigures } from './figures.payloads';

/**
 * Businesses and association members per municipality on a day (Amsterdam date), optionally for one
 * municipality: one grouped statement.
 */
export async function businessFigures(
  ctx: Context,
  on: string,
  municipalityId: string | null = null,
): Promise<MunicipalityBusinessFigures[]> {
  const rows: { municipality_id: string; businesses: string; members: string }[] = await ctx.em.query(
    // The day's member ids once, joined: a per-business EXISTS would probe the memberships 50,000 times.
    `SELECT b.municipality_id, count(*) AS businesses, count(m.business_id) AS members
       FROM business b
       LEFT JOIN (SELECT DISTINCT business_id FROM business_membership
                   WHERE since <= $1 AND (until IS NULL OR until >= $1)) m ON m.business_id = b.id
      WHERE b.registered_on <= $1 AND ($2::uuid IS NULL OR b.municipality_id = $2)
      GROUP BY b.municipality_id
      ORDER BY (SELECT name FROM municipality WHERE id = b.municipality_id)`,
    [on, municipalityId],
  );
  return rows.map((row) => ({
    municipalityId: row.municipality_id,
    businesses: Number(row.businesses),
    associationMembers: Number(row.members),
  }));
}

/** Regio Q4's member associations and the business figures on 31 December of `year`: two statements. */
export async function membershipFigures(
  ctx: Context,
  { year, municipalityId }: FiguresScope,
): Promise<MembershipFigures> {
  checkFiguresYear(year);
  const on = `${year}-12-31`;
  const [associations, figures] = await Promise.all([
    listAssociations(ctx, on),
    businessFigures(ctx, on, municipalityId),
  ]);
  return {
    year,
    on,
    associations: associations.filter((a) => municipalityId === null || a.municipalityId === municipalityId),
    businessFigures: figures,
    businesses: figures.reduce((sum, f) => sum + f.businesses, 0),
    associationMembers: figures.reduce((sum, f) => sum + f.associationMembers, 0),
  };
}
