import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../core';
import { badUserInput, TIME_ZONE } from '../core';

@ObjectType({ description: 'Networking figures of a period.' })
export class NetworkingFigures {
  @Field(() => Int, { description: 'Events that took place (not cancelled, started before now).' })
  eventsHeld!: number;

  @Field(() => Int, { description: 'Active registrations (confirmed and waitlisted) for those events.' })
  registrations!: number;

  @Field(() => Int, { description: 'Confirmed registrations for those events.' })
  confirmed!: number;

  @Field(() => Int, { description: 'Confirmed registrations that were checked in.' })
  checkedIn!: number;

  @Field(() => Float, { nullable: true, description: 'checkedIn / confirmed; null without confirmed.' })
  checkInRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of confirmed attendees (who came for a business) from another municipality.',
  })
  shareFromOtherMunicipalities!: number | null;
}

@ObjectType({ description: 'Networking figures of one month.' })
export class MonthlyNetworkingFigures extends NetworkingFigures {
  @Field(() => Int, { description: '1..12, by the start of the event in Amsterdam time.' })
  month!: number;
}

@ObjectType({ description: 'Networking figures of a year, in total and per month.' })
export class NetworkingStats extends NetworkingFigures {
  @Field(() => Int, { description: 'The year asked for.' })
  year!: number;

  @Field(() => String, { nullable: true, description: 'CBS code of the venue municipality, when filtered.' })
  municipality!: string | null;

  @Field(() => [MonthlyNetworkingFigures], { description: 'All twelve months, January first.' })
  months!: MonthlyNetworkingFigures[];
}

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
  const withBusiness = Number(row?.with_business ?? 0);
  return {
    eventsHeld: Number(row?.events_held ?? 0),
    registrations: Number(row?.registrations ?? 0),
    confirmed,
    checkedIn: Number(row?.checked_in ?? 0),
    checkInRate: confirmed === 0 ? null : Number(row?.checked_in ?? 0) / confirmed,
    shareFromOtherMunicipalities: withBusiness === 0 ? null : Number(row?.other ?? 0) / withBusiness,
  };
}

/** One grouped query: the year's total and each month (GROUPING SETS), by the events' Amsterdam start. */
export async function networkingStats(
  ctx: Context,
  year: number,
  municipality: string | null,
  now = new Date(),
): Promise<NetworkingStats> {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw badUserInput('year must be between 2000 and 2100', [{ path: ['year'], message: 'out of range' }]);
  }
  const rows: Row[] = await ctx.em.query(
    `WITH held AS (
       SELECT e.id, e.venue_municipality_id,
              extract(month FROM e.starts_at AT TIME ZONE $4)::int AS month
         FROM event e
         JOIN municipality m ON m.id = e.venue_municipality_id
        WHERE e.status <> 'CANCELLED'
          AND e.starts_at >= make_timestamptz($1, 1, 1, 0, 0, 0, $4)
          AND e.starts_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, $4)
          AND e.starts_at < $3
          AND ($2::text IS NULL OR m.cbs_code = $2)
     )
     SELECT held.month,
            count(DISTINCT held.id) AS events_held,
            count(r.id) FILTER (WHERE r.status <> 'CANCELLED') AS registrations,
            count(r.id) FILTER (WHERE r.status = 'CONFIRMED') AS confirmed,
            count(r.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.checked_in_at IS NOT NULL) AS checked_in,
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED') AS with_business,
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED'
                                 AND b.municipality_id <> held.venue_municipality_id) AS other
       FROM held
       LEFT JOIN registration r ON r.event_id = held.id
       LEFT JOIN business b ON b.id = r.business_id
      GROUP BY GROUPING SETS ((held.month), ())`,
    [year, municipality, now, TIME_ZONE],
  );
  const total = rows.find((row) => row.month === null);
  return {
    year,
    municipality,
    ...figures(total),
    months: Array.from({ length: 12 }, (_, i) => ({
      month: i + 1,
      ...figures(rows.find((row) => row.month === i + 1)),
    })),
  };
}
