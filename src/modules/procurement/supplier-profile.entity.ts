import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Business, Municipality } from '../core';
import type { CpvCategory } from './cpv-category.entity';
import { Node } from '../../kit';

export enum SupplierCertification {
  ISO_9001 = 'ISO_9001',
  ISO_14001 = 'ISO_14001',
  ISO_27001 = 'ISO_27001',
  VCA = 'VCA',
  PSO_1 = 'PSO_1',
  PSO_2 = 'PSO_2',
  PSO_3 = 'PSO_3',
  CO2_LADDER = 'CO2_LADDER',
}
registerEnumType(SupplierCertification, {
  name: 'SupplierCertification',
  description: 'A certification a supplier holds, as buyers ask for it in a request.',
  valuesConfig: {
    ISO_9001: { description: 'ISO 9001: quality management.' },
    ISO_14001: { description: 'ISO 14001: environmental management.' },
    ISO_27001: { description: 'ISO 27001: information security.' },
    VCA: { description: 'VCA: safety, health and environment checklist for contractors.' },
    PSO_1: { description: 'PSO (Prestatieladder Socialer Ondernemen), level 1.' },
    PSO_2: { description: 'PSO (Prestatieladder Socialer Ondernemen), level 2.' },
    PSO_3: { description: 'PSO (Prestatieladder Socialer Ondernemen), level 3, the highest.' },
    CO2_LADDER: { description: 'CO2-Prestatieladder (CO2 performance ladder), any level.' },
  },
});

/** Dutch stems of the description (the name is searched by trigram through core's `business_name_trgm`). */
const SEARCH_VECTOR = "to_tsvector('dutch', description)";

/**
 * A business's entry in the regional supplier database. The contact person is kept here (not on the
 * business): only buyers and the business itself see it.
 */
@Entity()
@Index('supplier_profile_search_vector', { synchronize: false })
@Index('supplier_profile_last_invited', { synchronize: false })
@Index('supplier_profile_business_name_trgm', { synchronize: false })
@Index('supplier_profile_cpv_prefixes', { synchronize: false })
@Index('supplier_profile_municipality_ids', { synchronize: false })
@ObjectType({
  implements: Node,
  description: 'A business’s profile in the regional supplier database that civil servants choose from.',
})
export class SupplierProfile extends Node {
  @Index({ unique: true })
  @Column({ type: 'uuid' })
  businessId!: string;

  @OneToOne('Business', { onDelete: 'CASCADE' })
  @JoinColumn()
  business?: Business;

  @Column({ type: 'text', default: '' })
  @Field(() => String, { description: 'What the supplier offers, in Dutch (searched with Dutch stemming).' })
  description!: string;

  @Column({
    type: 'enum',
    enum: SupplierCertification,
    enumName: 'supplier_certification',
    array: true,
    default: () => "'{}'",
  })
  @Field(() => [SupplierCertification], { description: 'Certifications the supplier holds.' })
  certifications!: SupplierCertification[];

  @Column({ type: 'boolean', default: false })
  @Field(() => Boolean, {
    description: 'A social enterprise (sociale onderneming), e.g. a PSO-certified one.',
  })
  socialEnterprise!: boolean;

  @Column({ type: 'boolean', default: true })
  @Field(() => Boolean, { description: 'Inactive profiles are not found by search nor suggested.' })
  active!: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  contactName!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail!: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  contactPhone!: string | null;

  /** When a buyer last invited this supplier; drives rotation (least recently invited first). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When a buyer last invited this supplier; null if never.',
  })
  lastInvitedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the profile was made.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the profile last changed.' })
  updatedAt!: Date;

  @Column({
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: SEARCH_VECTOR,
    select: false,
    insert: false,
    update: false,
  })
  searchVector?: string;

  /*
   * The search's filters as columns of this row, so that one bitmap (GIN indexes, ANDed) answers words, CPV
   * subtree and municipality together. Kept by triggers (migration SupplierSearchColumns) on every write of
   * the business, the profile, its categories and its municipalities served, whoever writes: core's business
   * mutations, this module's services, the demo seed, SQL. Never written by the application.
   */

  /** The business's name (trigram GIN), as \`business.name\`. */
  @Column({ type: 'varchar', length: 200, default: '', select: false, insert: false, update: false })
  businessName?: string;

  /**
   * Every prefix of 2 to 8 digits of each CPV code offered: a category is in the subtree of code C when its
   * code starts with \`cpvPrefix(C)\`, i.e. when that prefix is among these (GIN on the array).
   */
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  cpvPrefixes?: string[];

  /** The business's own municipality and those served (GIN on the array). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'", select: false, insert: false, update: false })
  municipalityIds?: string[];

  /** Set on search results only: a full-text hit ranks before a name-only hit. */
  rank?: number;
}

/** A CPV category a supplier offers. */
@Entity()
export class SupplierCategory {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @Index()
  @PrimaryColumn({ type: 'char', length: 8 })
  cpvCode!: string;

  @ManyToOne('SupplierProfile', { onDelete: 'CASCADE' })
  @JoinColumn()
  profile?: SupplierProfile;

  @ManyToOne('CpvCategory', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'cpv_code', referencedColumnName: 'code' })
  cpv?: CpvCategory;
}

/** A municipality a supplier works in (besides its own). */
@Entity()
export class SupplierMunicipality {
  @PrimaryColumn({ type: 'uuid' })
  profileId!: string;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('SupplierProfile', { onDelete: 'CASCADE' })
  @JoinColumn()
  profile?: SupplierProfile;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;
}
