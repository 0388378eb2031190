import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Municipality } from '../core';
import { Node } from '../../kit';

export enum PartyScope {
  LOCAL = 'LOCAL',
  NATIONAL = 'NATIONAL',
}
registerEnumType(PartyScope, {
  name: 'PartyScope',
  description: 'A local party, or the local branch of a national party.',
  valuesConfig: {
    LOCAL: { description: 'A party of this municipality only.' },
    NATIONAL: { description: 'The local branch of a national party.' },
  },
});

/** A party in one municipality's council elections; a national party has one per municipality. */
@Entity()
@Index(['municipalityId', 'name'], { unique: true })
@ObjectType({ implements: Node, description: 'A political party in one municipality.' })
export class Party extends Node {
  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name, e.g. `Zeister Belang`.' })
  name!: string;

  @Column({ type: 'varchar', length: 30 })
  @Field(() => String, { description: 'Abbreviation on the ballot, e.g. `VVD`.' })
  abbreviation!: string;

  @Column({ type: 'enum', enum: PartyScope, enumName: 'party_scope' })
  @Field(() => PartyScope, { description: 'Local, or the branch of a national party.' })
  scope!: PartyScope;
}
