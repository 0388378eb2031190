import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Municipality, Person } from '../core';
import { DateScalar, Node } from '../../kit';
import type { Party } from './party.entity';

/** A person's term as alderman (wethouder) of a municipality, for a party, with a portfolio. */
@Entity()
@Index(['municipalityId', 'since'])
@Check('"until" IS NULL OR "until" >= "since"')
@ObjectType({
  implements: Node,
  description: 'A term as alderman (wethouder): who, for which party, which portfolio.',
})
export class AldermanTerm extends Node {
  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  partyId!: string | null;

  @ManyToOne('Party', { onDelete: 'RESTRICT' })
  @JoinColumn()
  party?: Party;

  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Portfolio, e.g. `Economische Zaken, Inkoop`.' })
  portfolio!: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the term.' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the term; null while in office.' })
  until!: string | null;
}
