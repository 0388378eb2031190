import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../core';
import {
  Association,
  Business,
  ConnectionArgs,
  connectionComplexity,
  listComplexity,
  Municipality,
  Organisation,
} from '../core';
import { EventFilter } from './event.inputs';
import { EventConnection } from './event.resolver';
import { listEvents } from './event.service';
import { Registration } from './registration.entity';
import { businessRegistrations } from './registration.service';

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
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
  ) {
    return listEvents(ctx, { ...filter, municipality: municipality.cbsCode }, page);
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
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
  ) {
    return listEvents(ctx, { ...filter, organiser: organisation.globalId }, page);
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
    @Arg('filter', () => EventFilter, { nullable: true }) filter?: EventFilter,
  ) {
    return listEvents(ctx, { ...filter, organiser: association.globalId }, page);
  }
}

@Resolver(() => Business)
export class BusinessRegistrationsResolver {
  @FieldResolver(() => [Registration], {
    complexity: listComplexity(20),
    nullable: true,
    description:
      'Event registrations for this business, newest first: admins and the business’s member only.',
  })
  registrations(@Ctx() ctx: Context, @Root() business: Business) {
    return businessRegistrations(ctx, business.id);
  }
}
