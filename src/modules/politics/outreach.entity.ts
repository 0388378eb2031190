import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Person } from '../core';
import { DateScalar, Node } from '../../kit';
import type { Election } from './election.entity';
import type { Party } from './party.entity';

export enum OutreachChannel {
  LETTER = 'LETTER',
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  DEBATE = 'DEBATE',
}
registerEnumType(OutreachChannel, {
  name: 'OutreachChannel',
  description: 'How the association approached a party.',
  valuesConfig: {
    LETTER: { description: 'A letter with the agenda points.' },
    MEETING: { description: 'A meeting with the party’s candidates or group.' },
    EMAIL: { description: 'An e-mail.' },
    DEBATE: { description: 'A debate the association organised or took part in.' },
  },
});

export enum ResponseSentiment {
  ENTHUSIASTIC = 'ENTHUSIASTIC',
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
  NO_RESPONSE = 'NO_RESPONSE',
}
registerEnumType(ResponseSentiment, {
  name: 'ResponseSentiment',
  description: 'How a party responded to the association’s approach.',
  valuesConfig: {
    ENTHUSIASTIC: { description: 'Embraced the points and offered to take them further.' },
    POSITIVE: { description: 'Agreed with most points.' },
    NEUTRAL: { description: 'Took note without taking a position.' },
    NEGATIVE: { description: 'Disagreed with the points.' },
    NO_RESPONSE: { description: 'Did not respond (recorded when the association stopped waiting).' },
  },
});

/** The association contacting a party about its agenda. The board's own record: admins only. */
@Entity()
@Index(['partyId', 'contactedOn'])
@ObjectType({ implements: Node, description: 'The association contacting a party (admins only).' })
export class Outreach extends Node {
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('Party', { onDelete: 'RESTRICT' })
  @JoinColumn()
  party?: Party;

  @Index()
  @Column({ type: 'uuid' })
  electionId!: string;

  @ManyToOne('Election', { onDelete: 'RESTRICT' })
  @JoinColumn()
  election?: Election;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day of the contact.' })
  contactedOn!: string;

  @Column({ type: 'enum', enum: OutreachChannel, enumName: 'outreach_channel' })
  @Field(() => OutreachChannel, { description: 'How.' })
  channel!: OutreachChannel;

  @Index()
  @Column({ type: 'uuid' })
  boardMemberId!: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn()
  boardMember?: Person;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'The board’s notes.' })
  notes!: string;

  /** The subject of the recorder's token; null when unknown (`recordedBy` resolves it for GraphQL). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}

/** A party's response to one outreach: at most one. Admins only, like the outreach. */
@Entity()
@ObjectType({ implements: Node, description: 'A party’s response to the association (admins only).' })
export class PartyResponse extends Node {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  outreachId!: string;

  @ManyToOne('Outreach', { onDelete: 'CASCADE' })
  @JoinColumn()
  outreach?: Outreach;

  @Column({ type: 'enum', enum: ResponseSentiment, enumName: 'response_sentiment' })
  @Field(() => ResponseSentiment, { description: 'How the party responded.' })
  sentiment!: ResponseSentiment;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What the party said, in short.' })
  summary!: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day of the response (or of giving up waiting).' })
  respondedOn!: string;

  /** The subject of the recorder's token; null when unknown (`recordedBy` resolves it for GraphQL). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  recordedBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When it was recorded.' })
  createdAt!: Date;
}
