import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Municipality } from '../core';
import { DateScalar } from '../../kit';
import { ParticipationStatus } from './participation.enum';

/**
 * Where a municipality stood on the Werk bij Duurstede model from a day on; public. A history: one row per
 * change (municipality, since), so any day's state is the latest row since on or before it.
 */
@Entity()
@Index(['municipalityId', 'since'], { unique: true })
@ObjectType({ description: 'Where a municipality stands on running the opportunity-board model (public).' })
export class SocialEnterpriseParticipation {
  @Column({ type: 'uuid', primary: true, generated: 'uuid' })
  id!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'CASCADE' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'enum', enum: ParticipationStatus, enumName: 'social_enterprise_participation_status' })
  @Field(() => ParticipationStatus, { description: 'In talks, adopted or declined.' })
  status!: ParticipationStatus;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Since when this status holds.' })
  since!: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the next status took over; null while this one still holds (as of the day asked).',
  })
  until?: string | null;
}
