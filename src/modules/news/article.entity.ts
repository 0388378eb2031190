import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { Node } from '../../kit';

export enum ArticleStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
registerEnumType(ArticleStatus, {
  name: 'ArticleStatus',
  description: 'Where an article stands in its life: draft, published (or scheduled), archived.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only editors see it.' },
    PUBLISHED: { description: 'Public from `publishedAt` on (scheduled while that lies in the future).' },
    ARCHIVED: { description: 'Withdrawn from the site; kept for the record, only editors see it.' },
  },
});

/** Dutch stems of title and body; the title weighs more (A) than the body (B) in `ts_rank`. */
const SEARCH_VECTOR =
  "setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', body), 'B')";

@Entity()
// Made by the migration: a GIN index for search, and the sort key of lists (drafts have no date yet).
@Index('article_search_vector', { synchronize: false })
@Index('article_sort_key', { synchronize: false })
@Index(['status', 'publishedAt'])
@ObjectType({ implements: Node, description: 'A news article of Regio Q4.' })
export class Article extends Node {
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  @Field(() => String, {
    description: 'Unique, URL-safe name, e.g. `terugblik-regio-q4-op-2017-en-plannen-voor-volgend-jaar`.',
  })
  slug!: string;

  @Column({ type: 'varchar', length: 300 })
  @Field(() => String, { description: 'Headline, at most 300 characters.' })
  title!: string;

  @Column({ type: 'text' })
  @Field(() => String, { description: 'The text in Markdown.' })
  body!: string;

  /** As the editor wrote it; the `excerpt` field falls back to the start of the body. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  excerpt!: string | null;

  @Column({ type: 'enum', enum: ArticleStatus, enumName: 'article_status', default: ArticleStatus.DRAFT })
  @Field(() => ArticleStatus, {
    description: 'Draft, published (or scheduled) or archived; anyone but editors sees only PUBLISHED.',
  })
  status!: ArticleStatus;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  @Field(() => Date, {
    nullable: true,
    description: 'When the article is (or was, or will be) public; null for drafts.',
  })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the article was created.' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  @Field(() => Date, { description: 'When the article was last changed.' })
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

  /** Set on search results only: the highlighted passage. */
  searchSnippet?: string | null;
}
