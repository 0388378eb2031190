import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { PageInfo, toGlobalId } from '../../kit';
import { Event } from './event.entity';

/** An event that the caller may have had and no longer sees: hidden from them, or deleted. */
@ObjectType({
  description:
    'An event you may have pulled before and can no longer see (its visibility changed, or it was ' +
    'deleted): remove your copy. Ignore a tombstone of an id you do not have.',
})
export class EventTombstone {
  constructor(
    readonly eventId: string,
    readonly changeSeq: string,
    removedAt: Date,
  ) {
    this.removedAt = removedAt;
  }

  @Field(() => ID, { name: 'id', description: 'The id of the event (as `Event.id` had it).' })
  get globalId(): string {
    return toGlobalId('Event', this.eventId);
  }

  @Field(() => Date, { description: 'When the change that removed it was made.' })
  removedAt: Date;
}

export const EventChange = createUnionType({
  name: 'EventChange',
  description: 'An item of partner sync: an event in its latest state, or the tombstone of one you lost.',
  // No resolveType: type-graphql's own picks the class by `instanceof` synchronously, as graphql-jit needs.
  types: () => [Event, EventTombstone] as const,
});

@ObjectType({ description: 'An item of partner sync with its cursor.' })
export class EventChangeEdge {
  @Field(() => String, { description: 'Pass as `after` to continue after this item.' })
  cursor!: string;

  @Field(() => EventChange, { description: 'The event in its latest state, or its tombstone.' })
  node!: Event | EventTombstone;
}

@ObjectType({
  description:
    'A page of partner sync. `pageInfo.endCursor` is never null: pass it as `after` on the next pull, also ' +
    'after an empty page.',
})
export class EventChangeConnection {
  @Field(() => [EventChangeEdge], { description: 'The items with their cursors, in commit order.' })
  edges!: EventChangeEdge[];

  @Field(() => [EventChange], { description: 'The items of `edges`, for when cursors are not needed.' })
  nodes!: (Event | EventTombstone)[];

  @Field(() => PageInfo, {
    description: 'Where to continue: `endCursor` (never null) and whether more items are waiting now.',
  })
  pageInfo!: PageInfo;
}
