import { Field, Int, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Event } from './event.entity';
import { Registration } from './registration.entity';

@ObjectType()
abstract class EventResult {
  @Field(() => Event, {
    nullable: true,
    description: 'The event as it is now; null when userErrors is not empty.',
  })
  event!: Event | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createEvent`.' })
export class CreateEventPayload extends EventResult {}

@ObjectType({ description: 'Result of `updateEvent`.' })
export class UpdateEventPayload extends EventResult {}

@ObjectType({ description: 'Result of `cancelEvent`.' })
export class CancelEventPayload extends EventResult {}

@ObjectType({ description: 'Result of `registerForEvent`.' })
export class RegisterForEventPayload {
  @Field(() => Registration, {
    nullable: true,
    description: 'The new registration; null when userErrors is not empty.',
  })
  registration!: Registration | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Shown once: lets the registrant see (`registration(secret:)`) and cancel the registration. ' +
      'Only a hash is stored.',
  })
  secret!: string | null;

  @Field(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next); null when confirmed.' })
  waitlistPosition!: number | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `cancelRegistration`.' })
export class CancelRegistrationPayload {
  @Field(() => Registration, {
    nullable: true,
    description: 'The cancelled registration; null when userErrors is not empty.',
  })
  registration!: Registration | null;

  @Field(() => [Registration], {
    description: 'Waitlisted registrations that got the freed seat (visible to organisers and admins).',
  })
  promoted!: Registration[];

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `checkInRegistration`.' })
export class CheckInRegistrationPayload {
  @Field(() => Registration, {
    nullable: true,
    description: 'The registration, checked in; null when userErrors is not empty.',
  })
  registration!: Registration | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Where an event takes place.' })
export class EventVenue {
  @Field(() => String, { description: 'Name of the venue.' })
  name!: string;

  @Field(() => String, { description: 'Street, number, postcode and place.' })
  address!: string;

  municipalityId!: string;
}

@ObjectType({ description: 'Registration figures of an event (public).' })
export class EventAttendance {
  /** The event these figures belong to: `checkedIn` and `fromOtherMunicipalities` load on demand. */
  eventId!: string;

  @Field(() => Int, { description: 'Confirmed registrations (seats taken).' })
  confirmed!: number;

  @Field(() => Int, { description: 'Registrations on the waitlist.' })
  waitlisted!: number;
}
