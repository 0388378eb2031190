import type { ConnectionArgs, Context, PrefetchPlan } from '../../kit';
import { DEFAULT_PAGE_SIZE, decodeCursor, getPrefetched } from '../../kit';
import { eventAccess } from './event-access.service';
import { Event } from './event.entity';
import { EventRemoval } from './event-removal.entity';
import { EventTombstone } from './event-sync.payloads';
import type { EventChangeConnection } from './event-sync.payloads';
import { CHANGE_KEY, changeCursor, changeHead, eventConditions } from './event.service';

/**
 * Partner sync: every event the caller may see in its latest state, and a tombstone for every event that
 * left the caller's sight (visibility changed, or deleted) and has not come back, in the order the changes
 * were committed (`change_seq`, then id), after the cursor `after`.
 *
 * Tombstones follow visibility: a removal counts for the caller when they saw its old visibility and do not
 * see its new one (or it was deleted), and the event is not visible to them now. Of several such removals of
 * one event only the last is given.
 */
export async function eventChanges(
  ctx: Context,
  args: ConnectionArgs,
  /** The compiled path: the events' statement brings what the selection needs (tombstones have nothing). */
  plan?: PrefetchPlan,
): Promise<EventChangeConnection> {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  const [afterSeq, afterId] = args.after
    ? decodeCursor(args.after, CHANGE_KEY, 'bigint')
    : ['0', '00000000-0000-0000-0000-000000000000'];
  const head = args.after ? args.after : await changeHead(ctx);
  const access = await eventAccess(ctx);

  const visible = await eventConditions(ctx, { includeCancelled: true }, 'event');
  const eventsQuery = visible(ctx.em.createQueryBuilder(Event, 'event'))
    .andWhere('(event.changeSeq, event.id) > (:afterSeq::bigint, :afterId::uuid)', { afterSeq, afterId })
    .orderBy('event.changeSeq', 'ASC')
    .addOrderBy('event.id', 'ASC');
  const events = plan
    ? await getPrefetched(ctx, eventsQuery.limit(first + 1), plan)
    : await eventsQuery.take(first + 1).getMany();

  // The last removal of each event after the cursor that took it from the caller's sight, unless the
  // event is visible to them again (then it is among `events`, with a later change).
  const shownNow = (await eventConditions(ctx, { includeCancelled: true }, 'shown'))(
    ctx.em.createQueryBuilder(Event, 'shown').select('1').where('shown.id = latest.event_id'),
  );
  const removals: { event_id: string; change_seq: string; removed_at: Date }[] = await ctx.em
    .createQueryBuilder()
    .select([
      'latest.event_id AS event_id',
      'latest.change_seq::text AS change_seq',
      'latest.removed_at AS removed_at',
    ])
    .from(
      (sub) =>
        sub
          .select(['r.event_id AS event_id', 'r.change_seq AS change_seq', 'r.removed_at AS removed_at'])
          .distinctOn(['r.event_id'])
          .from(EventRemoval, 'r')
          .where('(r.change_seq, r.event_id) > (:afterSeq::bigint, :afterId::uuid)', { afterSeq, afterId })
          .andWhere('(:all OR r.old_visibility::text = ANY(:seen))', {
            all: access.all,
            seen: access.visibilities,
          })
          .andWhere('(r.new_visibility IS NULL OR NOT (:all OR r.new_visibility::text = ANY(:seen)))')
          .orderBy('r.event_id')
          .addOrderBy('r.change_seq', 'DESC'),
      'latest',
    )
    .where(`NOT EXISTS (${shownNow.getQuery()})`)
    .setParameters(shownNow.getParameters())
    .orderBy('latest.change_seq')
    .addOrderBy('latest.event_id')
    .limit(first + 1)
    .getRawMany();

  const items = [
    ...events.map((event) => ({
      seq: BigInt(event.changeSeq),
      id: event.id,
      node: event as Event | EventTombstone,
    })),
    ...removals.map((r) => ({
      seq: BigInt(r.change_seq),
      id: r.event_id,
      node: new EventTombstone(r.event_id, r.change_seq, r.removed_at),
    })),
  ].sort((a, b) => (a.seq === b.seq ? (a.id < b.id ? -1 : 1) : a.seq < b.seq ? -1 : 1));
  const edges = items
    .slice(0, first)
    .map(({ seq, id, node }) => ({ cursor: changeCursor(String(seq), id), node }));
  return {
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: {
      hasNextPage: items.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? head,
    },
  };
}
