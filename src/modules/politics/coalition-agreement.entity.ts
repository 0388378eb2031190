import { Field, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Municipality } from '../core';
import { DateScalar, Node } from '../../kit';
import type { AgendaPoint } from './agenda-point.entity';
import type { Party } from './party.entity';

/** A municipality's coalition agreement (coalitieakkoord) for a period. Public. */
@Entity()
@Index(['municipalityId', 'since'])
@Check('"until" IS NULL OR "until" >= "since"')
@ObjectType({ implements: Node, description: 'A coalition agreement (coalitieakkoord) of a municipality.' })
export class CoalitionAgreement extends Node {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Title, e.g. `Samen verder 2018–2022`.' })
  title!: string;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'First day of the coalition’s period.' })
  since!: string;

  @Column({ type: 'date', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day of the period; null while it lasts.' })
  until!: string | null;

  @Column({ type: 'date' })
  @Field(() => DateScalar, { description: 'Day it was signed or presented.' })
  signedOn!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  @Field(() => String, { nullable: true, description: 'Link to the text.' })
  url!: string | null;
}

/** A party of a coalition. */
@Entity()
export class CoalitionParty {
  @PrimaryColumn({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne('CoalitionAgreement', { onDelete: 'CASCADE' })
  @JoinColumn()
  agreement?: CoalitionAgreement;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  partyId!: string;

  @ManyToOne('Party', { onDelete: 'RESTRICT' })
  @JoinColumn()
  party?: Party;
}

/** An agenda point a coalition agreement covers. */
@Entity()
export class CoalitionAgendaPoint {
  @PrimaryColumn({ type: 'uuid' })
  agreementId!: string;

  @ManyToOne('CoalitionAgreement', { onDelete: 'CASCADE' })
  @JoinColumn()
  agreement?: CoalitionAgreement;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  agendaPointId!: string;

  @ManyToOne('AgendaPoint', { onDelete: 'RESTRICT' })
  @JoinColumn()
  agendaPoint?: AgendaPoint;
}
