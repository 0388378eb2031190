import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../core';
import { Event } from './event.entity';
import { Registration } from './registration.entity';

@ObjectType()
abstract class EventResult {
  @Field(() => Event, {
    nullable: true,
    description: 'The event as it is now; null when userErrors is not empty.',
  })
  event!: Event | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateEventPayload extends EventResult {}

@ObjectType()
export class UpdateEventPayload extends EventResult {}

@ObjectType()
export class CancelEventPayload extends EventResult {}

@ObjectType()
export class RegisterForEventPayload {
  @Field(() => Registration, { nullable: true })
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

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CancelRegistrationPayload {
  @Field(() => Registration, { nullable: true })
  registration!: Registration | null;

  @Field(() => [Registration], {
    description: 'Waitlisted registrations that got the freed seat (visible to organisers and admins).',
  })
  promoted!: Registration[];

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CheckInRegistrationPayload {
  @Field(() => Registration, { nullable: true })
  registration!: Registration | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'Where an event takes place.' })
export class EventVenue {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  address!: string;

  municipalityId!: string;
}

@ObjectType({ description: 'Registration figures of an event (public).' })
export class EventAttendance {
  /** The event these figures belong to: `checkedIn` and `fromOtherMunicipalities` load on demand. */
  eventId!: string;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  waitlisted!: number;
}
