import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Municipality } from './municipality.entity';
import { Node } from '../../kit';

export enum OrganisationKind {
  BANK = 'BANK',
  NATURE_PARK = 'NATURE_PARK',
  MUNICIPAL_NETWORK = 'MUNICIPAL_NETWORK',
  MUNICIPALITY = 'MUNICIPALITY',
  KNOWLEDGE_INSTITUTE = 'KNOWLEDGE_INSTITUTE',
  ECONOMIC_BOARD = 'ECONOMIC_BOARD',
  SCHOOL = 'SCHOOL',
  OTHER = 'OTHER',
}
registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of partner or stakeholder an organisation is.',
  valuesConfig: {
    BANK: { description: 'A bank (e.g. a regional Rabobank).' },
    NATURE_PARK: { description: 'A nature park, such as the national park Utrechtse Heuvelrug.' },
    MUNICIPAL_NETWORK: { description: 'A network or platform run by or for municipalities.' },
    MUNICIPALITY: { description: 'A municipality as an organisation (its council or services).' },
    KNOWLEDGE_INSTITUTE: {
      description: 'A university, university of applied sciences or research institute.',
    },
    ECONOMIC_BOARD: { description: 'A regional economic board.' },
    SCHOOL: { description: 'A school (vocational or secondary).' },
    OTHER: { description: 'Any other kind.' },
  },
});

@Entity()
@ObjectType({
  implements: Node,
  description: 'A partner or stakeholder of Regio Q4: a bank, the national park, a school, ...',
})
export class Organisation extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Name; unique.' })
  name!: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Website URL (http or https); null when unknown.' })
  website!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne('Municipality', { onDelete: 'SET NULL' })
  @JoinColumn()
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the organisation was added.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the organisation was last changed.' })
  updatedAt!: Date;
}
