import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Municipality } from '../core';
import { DateScalar } from '../../kit';
import { ParticipationStatus } from './participation.enum';

/** Whether a municipality runs the Werk bij Duurstede model; public. One row per municipality. */
@Entity()
@ObjectType({ description: 'Where a municipality stands on running the opportunity-board model (public).' })
export class SocialEnterpriseParticipation {
  @Column({ type: 'uuid', primary: true, generated: 'uuid' })
  id!: string;

  @Index({ unique: true })
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
}
