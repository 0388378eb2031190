import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../kit';
import { checkFiguresYear, roundedShare, SHARE_DECIMALS, TIME_ZONE } from '../../kit';

@ObjectType({
  description:
    'Networking figures of a period. Only events held count: not cancelled, started in the period and ' +
    'before now (Amsterdam time). A cancelled event counts nowhere, nor do its registrations or check-ins.',
})
export class NetworkingFigures {
  @Field(() => Int, { description: 'Events held: not cancelled, started in the period and before now.' })
  eventsHeld!: number;

  @Field(() => Int, {
    description: 'Active registrations (confirmed and waitlisted; not cancelled) for the events held.',
  })
  registrations!: number;

  @Field(() => Int, { description: 'Confirmed registrations (seats taken) for the events held.' })
  confirmed!: number;

  @Field(() => Int, {
    description: 'Confirmed registrations for the events held that were checked in at the door.',
  })
  checkedIn!: number;

  @Field(() => Float, {
    nullable: true,
    description: `checkedIn / confirmed, rounded to ${SHARE_DECIMALS} decimals; null without confirmed registrations.`,
  })
  checkInRate!: number | null;

  @Field(() => Int, {
    description:
      'Confirmed registrations for the events held that came for a verified business (`businessVerified`: ' +
      'named by its own member’s token or by an admin). A business a registrant merely claims does not count.',
  })
  confirmedWithVerifiedBusiness!: number;

  @Field(() => Int, {
    description:
      'Of `confirmedWithVerifiedBusiness`, those whose business is outside the municipality of the venue.',
  })
  fromOtherMunicipalities!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      `fromOtherMunicipalities / confirmedWithVerifiedBusiness, rounded to ${SHARE_DECIMALS} decimals ` +
      '(verified businesses only); null when none.',
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

/** One grouped query: the year's total and each month (GROUPING SETS), by the events' Amsterdam start. */
export async function networkingStats(
  ctx: Context,
  year: number,
  municipality: string | null,
  now = new Date(),
): Promise<NetworkingStats> {
  checkFiguresYear(year);
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
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified) AS with_business,
            count(b.id) FILTER (WHERE r.status = 'CONFIRMED' AND r.business_verified
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
