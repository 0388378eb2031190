import type { Context, FiguresScope } from '../../kit';
import { checkFiguresYear, roundedShare, TIME_ZONE, yearRange } from '../../kit';
import type { NetworkingFigures, NetworkingStats } from './networking-stats.payloads';

interface Row {
  month: number | null;
  events_held: string;
  registrations: string;
  confirmed: string;
  checked_in: string;
  with_business: string;
  other: string;
}

function figures(row: Row | undefined): NetworkingFigures {
  const confirmed = Number(row?.confirmed ?? 0);
  const checkedIn = Number(row?.checked_in ?? 0);
  const withBusiness = Number(row?.with_business ?? 0);
  const other = Number(row?.other ?? 0);
  return {
    eventsHeld: Number(row?.events_held ?? 0),
    registrations: Number(row?.registrations ?? 0),
    confirmed,
    checkedIn,
    checkInRate: roundedShare(checkedIn, confirmed),
    confirmedWithVerifiedBusiness: withBusiness,
    fromOtherMunicipalities: other,
    shareFromOtherMunicipalities: roundedShare(other, withBusiness),
  };
}

/**
 * One grouped query: the year's total and each month (GROUPING SETS), by the events' Amsterdam start; with a
 * municipality, the events with their venue there. `now` (when events count as held) is for tests.
 */
export async function networkingStats(
  ctx: Context,
  { year, municipalityId }: FiguresScope,
  now = new Date(),
): Promise<NetworkingStats> {
  checkFiguresYear(year);
  const [rows, municipality] = await Promise.all([
    ctx.em.query(
      `WITH held AS (
       SELECT e.id, e.venue_municipality_id,
              extract(month FROM e.starts_at AT TIME ZONE $4)::int AS month
         FROM event e
        WHERE e.status <> 'CANCELLED'
          AND ${yearRange('e.starts_at', '$1::int')}
          AND e.starts_at < $3
          AND ($2::uuid IS NULL OR e.venue_municipality_id = $2)
     )
     SELECT held.month,
            count(DISTINCT held.id) AS events_held,
            count(r.id) FILTER (WHERE r.status <> 'CANCELLED') AS registrations,
            count(r.id) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
            count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.checked_in_at IS NOT NULL) AS checked_in,
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified) AS with_business,
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified
                                 AND b.municipality_id <> held.venue_municipality_id) AS other
       FROM held
       LEFT JOIN registration r ON r.event_id = held.id
       LEFT JOIN business b ON b.id = r.business_id
      GROUP BY GROUPING SETS ((held.month), ())`,
      [year, municipalityId, now, TIME_ZONE],
    ) as Promise<Row[]>,
    // The result names the municipality by its CBS code; its row is loaded already (the argument or the review).
    municipalityId ? ctx.loaders.core.municipalityById.load(municipalityId) : null,
  ]);
  const total = rows.find((row) => row.month === null);
  return {
    year,
    municipality: municipality?.cbsCode ?? null,
    ...figures(total),
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      ...figures(rows.find((row) => row.month === i + 1)),
    })),
  };
}
