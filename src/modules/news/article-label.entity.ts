import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Article } from './article.entity';
import type { Label } from './label.entity';

/** Which labels an article has. */
@Entity()
export class ArticleLabel {
  @PrimaryColumn({ type: 'uuid' })
  articleId!: string;

  @ManyToOne('Article', { onDelete: 'CASCADE' })
  @JoinColumn()
  article?: Article;

  @Index()
  @PrimaryColumn({ type: 'uuid' })
  labelId!: string;

  @ManyToOne('Label', { onDelete: 'RESTRICT' })
  @JoinColumn()
  label?: Label;
}
