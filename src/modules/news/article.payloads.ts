import { Field, ID, Int, ObjectType } from 'type-graphql';
import { USER_ERRORS, UserError } from '../../kit';
import { Article } from './article.entity';
import { Label } from './label.entity';

@ObjectType()
abstract class ArticleResult {
  @Field(() => Article, {
    nullable: true,
    description: 'The article as it is now; null when userErrors is not empty.',
  })
  article!: Article | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createArticle`.' })
export class CreateArticlePayload extends ArticleResult {}

@ObjectType({ description: 'Result of `updateArticle`.' })
export class UpdateArticlePayload extends ArticleResult {}

@ObjectType({ description: 'Result of `publishArticle`.' })
export class PublishArticlePayload extends ArticleResult {}

@ObjectType({ description: 'Result of `unpublishArticle`.' })
export class UnpublishArticlePayload extends ArticleResult {}

@ObjectType({ description: 'Result of `archiveArticle`.' })
export class ArchiveArticlePayload extends ArticleResult {}

@ObjectType({ description: 'Result of `deleteArticle`.' })
export class DeleteArticlePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted article.' })
  deletedId!: string | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'Result of `createLabel`.' })
export class CreateLabelPayload {
  @Field(() => Label, { nullable: true, description: 'The new label; null when userErrors is not empty.' })
  label!: Label | null;

  @Field(() => [UserError], { description: USER_ERRORS })
  userErrors!: UserError[];
}

@ObjectType({ description: 'A month of the news archive.' })
export class NewsArchiveMonth {
  @Field(() => Int, { description: '1 (January) to 12.' })
  month!: number;

  @Field(() => Int, { description: 'Articles of that month you may see.' })
  count!: number;
}

@ObjectType({ description: 'A year of the news archive, with the months that have articles, newest first.' })
export class NewsArchiveYear {
  @Field(() => Int, { description: 'The year (Amsterdam time).' })
  year!: number;

  @Field(() => Int, { description: 'Articles of that year you may see.' })
  count!: number;

  @Field(() => [NewsArchiveMonth], { description: 'Months with articles, newest first.' })
  months!: NewsArchiveMonth[];
}
