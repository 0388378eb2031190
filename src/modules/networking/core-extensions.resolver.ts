import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import {
  AnnualReview,
  ConnectionArgs,
  connectionComplexity,
  hasRole,
  REVIEW_FIGURES_READERS,
  Role,
  reviewOf,
  reviewSection,
  satisfies,
} from '../../kit';
import { Association, Business, Municipality, Organisation } from '../core';
import { EventFilter } from './event.inputs';
import { EventConnection, RegistrationConnection } from './event.resolver';
import { eventsOf } from './event.service';
import { NetworkingStats } from './networking-stats.payloads';
import { networkingStats } from './networking-stats.service';
import { businessRegistrations } from './registration.service';
import { RegionalContactsFigures, StakeholderContact } from './stakeholder-meeting.payloads';
import { regionalContacts } from './stakeholder-meeting.service';

// The networking module's fields on core types, the way a federated subgraph extends an entity.

@Resolver(() => Municipality)
export class MunicipalityEventsResolver {
  @FieldResolver(() => EventConnection, {
    complexity: connectionComplexity,
    description: 'Events you may see with their venue in this municipality, by start.',
  })
  events(
    @Ctx() ctx: Context,
    @Root() municipality: Municipality,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: EventFilter,
  ) {
    return eventsOf(ctx, 'venueMunicipality', municipality.id, filter, page);
  }
}

@Resolver(() => Organisation)
export class OrganisationEventsResolver {
  @FieldResolver(() => EventConnection, {
    complexity: connectionComplexity,
    description: 'Events you may see that the organisation organises or co-hosts, by start.',
  })
  events(
    @Ctx() ctx: Context,
    @Root() organisation: Organisation,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: EventFilter,
  ) {
    return eventsOf(ctx, 'hostOrganisation', organisation.id, filter, page);
  }
}

@Resolver(() => Association)
export class AssociationEventsResolver {
  @FieldResolver(() => EventConnection, {
    complexity: connectionComplexity,
    description: 'Events you may see that the association organises or co-hosts, by start.',
  })
  events(
    @Ctx() ctx: Context,
    @Root() association: Association,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => EventFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: EventFilter,
  ) {
    return eventsOf(ctx, 'hostAssociation', association.id, filter, page);
  }
}

@Resolver(() => Business)
export class BusinessRegistrationsResolver {
  @FieldResolver(() => RegistrationConnection, {
    complexity: connectionComplexity,
    nullable: true,
    description:
      'Event registrations for this business, newest first: admins and the business’s members only.',
  })
  registrations(@Ctx() ctx: Context, @Root() business: Business, @Args() page: ConnectionArgs) {
    return businessRegistrations(ctx, business.id, page);
  }
}

export const RegionalContactsReview = reviewSection(
  'RegionalContactsReview',
  RegionalContactsFigures,
  'The board’s meetings with regional stakeholders in the year and in the year before.',
);

export const NetworkingReview = reviewSection(
  'NetworkingReview',
  NetworkingStats,
  'Networking figures of the year and of the year before, in total and per month.',
);

@Resolver(() => AnnualReview)
export class AnnualReviewNetworkingResolver {
  @FieldResolver(() => NetworkingReview, {
    nullable: true,
    description:
      'Events held, registrations, check-ins and attendance from other municipalities (verified businesses ' +
      'only), as `networkingStats`; with a municipality, events with their venue there. Admins and ' +
      '`reports:read` keys; null for everyone else.',
  })
  networking(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    if (!satisfies(ctx.viewer, REVIEW_FIGURES_READERS)) return null;
    return reviewOf(review, (year) => networkingStats(ctx, { year, municipalityId: review.municipalityId }));
  }

  @FieldResolver(() => RegionalContactsReview, {
    description:
      'The board’s regional contacts: per stakeholder (the national park, U10, the aldermen, ...) the meetings ' +
      'of the year and their published summaries (public; always region-wide); `details`, the meetings ' +
      'themselves, for admins only.',
  })
  regionalContacts(@Ctx() ctx: Context, @Root() review: AnnualReview) {
    const details = hasRole(ctx.viewer, Role.ADMIN);
    return reviewOf(review, (year) => regionalContacts(ctx, year, details));
  }
}

@Resolver(() => StakeholderContact)
export class StakeholderContactResolver {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation met; null for the aldermen.',
  })
  organisation(@Ctx() ctx: Context, @Root() contact: StakeholderContact) {
    return contact.organisationId ? ctx.loaders.core.organisationById.load(contact.organisationId) : null;
  }
}
