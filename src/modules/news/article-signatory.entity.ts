import { Field, Int, ObjectType } from 'type-graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Association, Organisation, Person } from '../core';
import type { Article } from './article.entity';

/** A person who signs an article, in a role ("voorzitter") and for an association or organisation. */
@Entity()
@Index(['articleId', 'position'], { unique: true })
@Check('"association_id" IS NULL OR "organisation_id" IS NULL')
@ObjectType({ description: 'Someone who signs an article, in a role, for an association or organisation.' })
export class ArticleSignatory {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  articleId!: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn()
  article?: Article;

  @Column({ type: 'smallint' })
  @Field(() => Int, { description: 'Order of signing, from 1.' })
  position!: number;

  @Index()
  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: Person;

  @Column({ type: 'varchar', length: 100 })
  @Field(() => String, { description: 'The role they sign in, e.g. `voorzitter`.' })
  role!: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  associationId!: string | null;

  @ManyToOne('Association', { onDelete: 'RESTRICT' })
  @JoinColumn()
  association?: Association;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn()
  organisation?: Organisation;
}
