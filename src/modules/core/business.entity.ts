import { Field, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import type { Municipality } from './municipality.entity';
import { DateScalar, Node } from '../../kit';

@Entity()
@Index('business_name_trgm', { synchronize: false })
// A municipality's businesses by name (the list's default order and its keyset): read in index order.
@Index(['municipalityId', 'name', 'id'])
@ObjectType({ implements: Node, description: 'A business registered with the KvK (Chamber of Commerce).' })
export class Business extends Node {
  @Index({ unique: true })
  @Column({ type: 'char', length: 8 })
  @Field(() => String, { description: 'KvK number, 8 digits.' })
  kvkNumber!: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Trade name as registered.' })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, { description: 'Street of the visiting address.' })
  street!: string;

  @Column({ type: 'varchar', length: 20 })
  @Field(() => String, { description: 'House number with any addition, e.g. `12a`.' })
  houseNumber!: string;

  @Column({ type: 'varchar', length: 7 })
  @Field(() => String, { description: 'Dutch postcode, `1234 AB`.' })
  postcode!: string;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'Place (woonplaats) of the visiting address.' })
  city!: string;

  @Column({ type: 'uuid' })
  municipalityId!: string;

  @ManyToOne('Municipality', { onDelete: 'RESTRICT' })
  @JoinColumn()
  municipality?: Municipality;

  @Column({ type: 'varchar', length: 5, array: true, default: () => "'{}'" })
  @Field(() => [String], { description: 'SBI activity codes (Standaard Bedrijfsindeling).' })
  sbiCodes!: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  @Field(() => String, { nullable: true, description: 'Website URL; null when unknown.' })
  website!: string | null;

  /**
   * The day the figures count a business from (`businessFigures(on:)`), not the day it was added here.
   * Writers give it (createBusiness: today in Amsterdam unless stated); the database's day is the fallback.
   */
  @Column({ type: 'date', default: () => 'CURRENT_DATE' })
  @Field(() => DateScalar, {
    description:
      'Day the business was registered with the KvK (`YYYY-MM-DD`); `businessFigures(on:)` counts it from ' +
      'that day on.',
  })
  registeredOn!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the business was added.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the business was last changed.' })
  updatedAt!: Date;
}
