import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { Role } from '../../kit';
import { Business } from '../core';
import { canSeeRegistration } from './event-access.service';
import { Event } from './event.entity';
import { CancelRegistrationInput, CheckInRegistrationInput, RegisterForEventInput } from './event.inputs';
import {
  CancelRegistrationPayload,
  CheckInRegistrationPayload,
  RegisterForEventPayload,
} from './event.payloads';
import { findEvent } from './event.service';
import { Registration } from './registration.entity';
import * as registrations from './registration.service';

@Resolver(() => Registration)
export class RegistrationResolver {
  @Query(() => Registration, {
    nullable: true,
    description: 'Your own registration, by the secret `registerForEvent` returned.',
  })
  registration(
    @Ctx() ctx: Context,
    @Arg('secret', () => String, { description: 'The `secret` from `registerForEvent`.' }) secret: string,
  ) {
    return registrations.registrationBySecret(ctx, secret);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: admins, the event’s organisers and the registrant only; null for others.',
  })
  async name(@Ctx() ctx: Context, @Root() registration: Registration) {
    return (await canSeeRegistration(ctx, registration)) ? registration.name : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Personal data: admins, the event’s organisers and the registrant only; null for others.',
  })
  async email(@Ctx() ctx: Context, @Root() registration: Registration) {
    return (await canSeeRegistration(ctx, registration)) ? registration.email : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place on the waitlist (1 = next).' })
  waitlistPosition(@Ctx() ctx: Context, @Root() registration: Registration) {
    if (registration.unstoredWaitlistPosition !== undefined) return registration.unstoredWaitlistPosition;
    return ctx.loaders.networking.waitlistPositionByRegistrationId.load(registration.id);
  }

  @FieldResolver(() => Event, { nullable: true, description: 'The event; null when it is hidden from you.' })
  event(@Ctx() ctx: Context, @Root() registration: Registration) {
    return findEvent(ctx, registration.eventId);
  }

  @FieldResolver(() => Business, { nullable: true, description: 'The business the person came for.' })
  business(@Ctx() ctx: Context, @Root() registration: Registration) {
    return registration.businessId ? ctx.loaders.core.businessById.load(registration.businessId) : null;
  }

  @Mutation(() => RegisterForEventPayload, {
    description:
      'Anyone for a public event (members also for members’ events). CONFIRMED while seats are free, ' +
      'else WAITLISTED with a position. An e-mail address that is already registered is a ' +
      '`DUPLICATE_REGISTRATION` user error only for the event’s organisers and admins; anyone else gets an ' +
      'answer that looks like a new registration, stores nothing, and whose secret opens nothing, so the ' +
      'mutation does not tell who attends. Rate limited per client address (HTTP 429, `RATE_LIMITED`).',
  })
  registerForEvent(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterForEventInput, { description: 'The event and who registers.' })
    input: RegisterForEventInput,
  ) {
    return registrations.registerForEvent(ctx, input);
  }

  @Mutation(() => CancelRegistrationPayload, {
    description:
      'Frees the seat and gives it to the earliest waitlisted registration, in the same transaction. ' +
      'With the secret (the registrant), or by id (admins, organisers, the member of the business).',
  })
  cancelRegistration(
    @Ctx() ctx: Context,
    @Arg('input', () => CancelRegistrationInput, { description: 'The registration, by id or secret.' })
    input: CancelRegistrationInput,
  ) {
    return registrations.cancelRegistration(ctx, input);
  }

  @Authorized(Role.ADMIN, Role.MEMBER)
  @Mutation(() => CheckInRegistrationPayload, { description: 'The event’s organisers and admins.' })
  checkInRegistration(
    @Ctx() ctx: Context,
    @Arg('input', () => CheckInRegistrationInput, { description: 'The registration to check in.' })
    input: CheckInRegistrationInput,
  ) {
    return registrations.checkInRegistration(ctx, input);
  }
}
