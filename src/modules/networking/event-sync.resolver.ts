import type { GraphQLResolveInfo } from 'graphql';
import { Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, prefetchPlan } from '../../kit';
import { Event } from './event.entity';
import { EventChangeConnection } from './event-sync.payloads';
import { eventChanges } from './event-sync.service';

@Resolver()
export class EventSyncResolver {
  @Query(() => EventChangeConnection, {
    complexity: connectionComplexity,
    description:
      'Partner sync: every event you may see in its latest state (cancelled ones included), and an ' +
      '`EventTombstone` for each event you could see before and no longer can (its visibility changed, or it ' +
      'was deleted), in the order the changes were committed. Start without `after`; keep ' +
      '`pageInfo.endCursor` (never null, also on an empty page) and pass it as `after` on the next pull. ' +
      'That never misses a change, across any number of API processes. Cursors of ' +
      '`events(orderBy: CHANGE)` are accepted.',
  })
  eventChanges(@Ctx() ctx: Context, @Args() page: ConnectionArgs, @Info() info: GraphQLResolveInfo) {
    return eventChanges(ctx, page, prefetchPlan(ctx, info, Event, 'event'));
  }
}
