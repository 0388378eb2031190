import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Municipality } from '../core';
import { DateScalar, Node } from '../../kit';
import type { Party } from './party.entity';

export enum ElectionKind {
  MUNICIPAL = 'MUNICIPAL',
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
  EUROPEAN = 'EUROPEAN',
}
registerEnumType(ElectionKind, {
  name: 'ElectionKind',
  description: 'Which body is elected.',
  valuesConfig: {
    MUNICIPAL: { description: 'The municipal council (gemeenteraad).' },
    PROVINCIAL: { description: 'The provincial council (Provinciale Staten).' },
    NATIONAL: { description: 'The House of Representatives (Tweede Kamer).' },
    EUROPEAN: { description: 'The European Parliament.' },
  },
});

/**
 * An election on one day: in one municipality (a by-election, a merger) or in all of them at once (the
 * regular municipal elections), when `municipalityId` is null.
 */
@Entity()
@Index(['date', 'kind'])
@ObjectType({ implements: Node, description: 'An election: a day, a kind, one municipality or all.' })
export class Election extends Node {
  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Election day, e.g. `2018-03-21`.' })
  date!: string;

  @Column({ type: 'enum', enum: ElectionKind, enumName: 'election_kind' })
  @Field(() => ElectionKind, { description: 'Which body is elected.' })
  kind!: ElectionKind;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;
}

/** The seats a party won in an election. */
@Entity()
@Unique(['electionId', 'partyId'])
@Check('"seats" >= 0')
@ObjectType({ description: 'The seats a party won in an election.' })
export class ElectionResult {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  electionId!: string;

  @ManyToOne('Election', { onDelete: 'CASCADE' })
  @JoinColumn()
  election?: Election;

  @Index()
  @Column({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('Party', { onDelete: 'CASCADE' })
  @JoinColumn()
  party?: Party;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Seats won.' })
  seats!: number;
}
