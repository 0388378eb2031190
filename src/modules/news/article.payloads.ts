import { Field, ID, Int, ObjectType } from 'type-graphql';
import { UserError } from '../core';
import { Article } from './article.entity';
import { Label } from './label.entity';

@ObjectType()
abstract class ArticleResult {
  @Field(() => Article, {
    nullable: true,
    description: 'The article as it is now; null when userErrors is not empty.',
  })
  article!: Article | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateArticlePayload extends ArticleResult {}

@ObjectType()
export class UpdateArticlePayload extends ArticleResult {}

@ObjectType()
export class PublishArticlePayload extends ArticleResult {}

@ObjectType()
export class UnpublishArticlePayload extends ArticleResult {}

@ObjectType()
export class ArchiveArticlePayload extends ArticleResult {}

@ObjectType()
export class DeleteArticlePayload {
  @Field(() => ID, { nullable: true, description: 'Id of the deleted article.' })
  deletedId!: string | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType()
export class CreateLabelPayload {
  @Field(() => Label, { nullable: true })
  label!: Label | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@ObjectType({ description: 'A month of the news archive.' })
export class NewsArchiveMonth {
  @Field(() => Int, { description: '1 (January) to 12.' })
  month!: number;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'A year of the news archive, with the months that have articles, newest first.' })
export class NewsArchiveYear {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  count!: number;

  @Field(() => [NewsArchiveMonth])
  months!: NewsArchiveMonth[];
}
