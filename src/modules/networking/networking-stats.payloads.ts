import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SHARE_DECIMALS } from '../../kit';

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
