import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { EventVisibility } from './event.entity';

/**
 * A change that took an event away from some callers: its visibility changed (`newVisibility` set) or it was
 * deleted (`newVisibility` null). Written by the `event_change` and `event_delete` triggers (see the
 * AddEventRemovals migration) under the same advisory lock and from the same sequence as `event.change_seq`,
 * so a removal sorts among the other changes in commit order, whichever process made it. Partner sync turns
 * the removals a caller could see before and cannot see after into tombstones.
 */
@Entity()
export class EventRemoval {
  /** The `change_seq` of the change; unique, as every change takes its own. */
  @PrimaryColumn({ type: 'bigint' })
  changeSeq!: string;

  /** No foreign key: the event may be gone. */
  @Index()
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility' })
  oldVisibility!: EventVisibility;

  @Column({ type: 'enum', enum: EventVisibility, enumName: 'event_visibility', nullable: true })
  newVisibility!: EventVisibility | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  removedAt!: Date;
}
