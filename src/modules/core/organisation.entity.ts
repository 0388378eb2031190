import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Municipality } from './municipality.entity';
import { Node } from './relay';

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
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });

@Entity()
@ObjectType({
  implements: Node,
  description: 'A partner or stakeholder of Regio Q4: a bank, the national park, a school, ...',
})
export class Organisation extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String)
  name!: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true })
  website!: string | null;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  municipalityId!: string | null;

  @ManyToOne('Municipality', { onDelete: 'SET NULL' })
  @JoinColumn()
  municipality?: Municipality;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date)
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date)
  updatedAt!: Date;
}
