import { Field, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Municipality } from '../core';
import { DateScalar, Node } from '../../kit';
import { Identifying } from './identifying';
import { TargetGroup } from './candidate.enum';

/**
 * Someone a coach helps towards work. Health data under the GDPR for some: every field but the id is
 * `@Identifying()`, and the type is reachable only through `candidates`, `candidate(id:)` and `node(id:)`,
 * all for coaches and admins. Identifying columns are nullable: erasure empties them for good.
 */
@Entity()
@ObjectType({
  implements: Node,
  description: 'A candidate of the social-enterprise portal: coaches and admins only; every read is logged.',
})
export class Candidate extends Node {
  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, { nullable: true, description: 'Full name; null once erased.' })
  @Identifying()
  name!: string | null;

  @Column({ type: 'varchar', length: 320, nullable: true })
  @Field(() => String, { nullable: true, description: 'E-mail address; null when unknown or erased.' })
  @Identifying()
  email!: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  @Field(() => String, { nullable: true, description: 'Phone number; null when unknown or erased.' })
  @Identifying()
  phone!: string | null;

  @Column({ type: 'smallint', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Year of birth; null once erased.' })
  @Identifying()
  birthYear!: number | null;

  @Index()
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'enum', enum: TargetGroup, enumName: 'candidate_target_group' })
  @Field(() => TargetGroup, { description: 'The target group the candidate belongs to.' })
  @Identifying()
  targetGroup!: TargetGroup;

  @Column({ type: 'varchar', length: 200, nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'School (pupils and interns); null when none or erased.',
  })
  @Identifying()
  school!: string | null;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Interests, free text; null once erased.' })
  @Identifying()
  interests!: string | null;

  @Column({ type: 'varchar', length: 100, array: true, default: '{}' })
  @Field(() => [String], { description: 'Skills, shown to employers in the pseudonymous profile.' })
  @Identifying()
  skills!: string[];

  @Column({ type: 'varchar', length: 200, default: '' })
  @Field(() => String, { description: 'When the candidate can work, e.g. “ma–wo ochtend”.' })
  @Identifying()
  availability!: string;

  @Column({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Support needs, free text: the most sensitive field. Null when none or erased.',
  })
  @Identifying()
  supportNeeds!: string | null;

  /** The coach who registered the candidate (`actorOf`): null when unknown; resolved for GraphQL. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  coachSubject!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  coachName!: string | null;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'When the candidate consented; null once erased.' })
  @Identifying()
  consentGivenOn!: string | null;

  @Column({ type: 'varchar', length: 100, array: true, default: '{}' })
  @Field(() => [String], {
    description: 'What the candidate consented to, e.g. `matching`, `sharing-profile`.',
  })
  @Identifying()
  consentPurposes!: string[];

  /** Random, stable, stored (never derived from the id): the coaches' own handle; employers never see it. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 20 })
  @Field(() => String, {
    description:
      'The coaches’ internal pseudonym, e.g. `K-7Q3X9M`. Employers never see it: each sees a pseudonym of ' +
      'its own (`CandidateProfile.pseudonym`).',
  })
  @Identifying()
  pseudonym!: string;

  /**
   * A random secret (32 bytes) from which each employer's pseudonym is derived (an HMAC with the employer),
   * so two employers cannot link their pseudonyms. Replaced on erasure, which unlinks the old ones. The
   * database fills it in for rows inserted without one.
   */
  @Column({
    type: 'bytea',
    // Two random UUIDs as bytes (244 random bits, 32 bytes); no cast, so the drift check reads it as stored.
    default: () => '(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()))',
  })
  pseudonymKey!: Buffer;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, { nullable: true, description: 'When the candidate’s personal data was erased.' })
  @Identifying()
  erasedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the candidate was registered.' })
  @Identifying()
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}

/** One coach's read of a candidate: who and when, nothing about the candidate but the id. */
@Entity()
@Index(['candidateId', 'readAt'])
export class CandidateRead {
  @Column({ type: 'bigint', primary: true, generated: 'increment' })
  id!: string;

  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn()
  candidate?: Candidate;

  /** The reading coach's token subject; null when unknown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  readAt!: Date;
}

/** An erasure: which candidate, by whom, when. Nothing else survives of what was erased. */
@Entity()
export class CandidateErasure {
  @Column({ type: 'bigint', primary: true, generated: 'increment' })
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  candidateId!: string;

  @ManyToOne('Candidate', { onDelete: 'CASCADE' })
  @JoinColumn()
  candidate?: Candidate;

  /** The erasing coach's or admin's token subject; null when unknown. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  subject!: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  erasedAt!: Date;
}
