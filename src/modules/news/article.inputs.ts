import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { NotNull, SortDirection } from '../../kit';
import { ArticleStatus } from './article.entity';
import { ArticleOrderField } from './article.enum';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const IsSlug = () =>
  Matches(SLUG, { message: '$property must be lower-case letters and digits joined by single hyphens' });

/**
 * Text that is not blank and has no control characters other than tab and line breaks: those (a vertical
 * tab pasted from a word processor) are not allowed in XML, so one would make the feeds unreadable.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TEXT = /^(?=[^]*\S)[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;
const IsText = () => Matches(TEXT, { message: '$property must not be blank or hold control characters' });

@InputType({ description: 'Narrows `articles`; all given conditions must hold.' })
export class ArticleFilter {
  @Field(() => String, { nullable: true, description: 'Slug of a label, e.g. `nieuws`.' })
  @IsOptional()
  @IsSlug()
  @MaxLength(100)
  label?: string;

  @Field(() => Int, { nullable: true, description: 'Published in this year (Amsterdam time).' })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2999)
  year?: number;

  @Field(() => Int, { nullable: true, description: 'Published in this month, 1–12 (needs `year`).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  month?: number;

  @Field(() => String, {
    nullable: true,
    description:
      'Dutch full-text search over title and body (`"exacte woorden"`, `-niet`, `of` work as on the web). ' +
      'Results come by relevance, title hits first, with `searchSnippet` set.',
  })
  @IsOptional()
  @Length(2, 200)
  search?: string;

  @Field(() => ArticleStatus, {
    nullable: true,
    description: 'Only this status (others than editors and admins see published articles only anyway).',
  })
  @IsOptional()
  status?: ArticleStatus;
}

@InputType({ description: 'Ignored while searching: search results come by relevance.' })
export class ArticleOrder {
  @Field(() => ArticleOrderField, { description: 'What to sort by.' })
  field!: ArticleOrderField;

  @Field(() => SortDirection, {
    defaultValue: SortDirection.DESC,
    description: 'Descending (default: newest first) or ascending.',
  })
  direction!: SortDirection;
}

@InputType({
  description: 'A person signing an article, for an association or an organisation (or neither).',
})
export class SignatoryInput {
  @Field(() => ID, { description: 'Id of the person (`Person`).' })
  personId!: string;

  @Field(() => String, { description: 'e.g. `voorzitter`.' })
  @Length(1, 100)
  @IsText()
  role!: string;

  @Field(() => ID, { nullable: true, description: 'Id of the association they sign for.' })
  @IsOptional()
  associationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Id of the organisation they sign for (not with `associationId`).',
  })
  @IsOptional()
  organisationId?: string | null;
}

@InputType({ description: 'A new article (a draft).' })
export class CreateArticleInput {
  @Field(() => String, { description: 'Headline, 1 to 300 characters.' })
  @Length(1, 300)
  @IsText()
  title!: string;

  @Field(() => String, { description: 'Markdown.' })
  @Length(1, 200_000)
  @IsText()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Left out: the start of the body as plain text.' })
  @IsOptional()
  @Length(1, 500)
  @IsText()
  excerpt?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Left out: made from the title (`-2`, `-3`, ... when taken). A given slug must be free.',
  })
  @IsOptional()
  @IsSlug()
  @Length(1, 200)
  slug?: string | null;

  @Field(() => [ID], { defaultValue: [], description: 'Ids of its labels, at most 20.' })
  @ArrayMaxSize(20)
  labelIds!: string[];

  @Field(() => [SignatoryInput], { defaultValue: [], description: 'In the order they sign.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  signatories!: SignatoryInput[];
}

@InputType({ description: 'Fields left out or null stay as they are (a null `excerpt` is derived again).' })
export class UpdateArticleInput {
  @Field(() => ID, { description: 'Id of the article to change.' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The slug stays: links to the article keep working.' })
  @NotNull()
  @Length(1, 300)
  @IsText()
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'New text in Markdown.' })
  @NotNull()
  @Length(1, 200_000)
  @IsText()
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'null: derive it from the body again.' })
  @IsOptional()
  @Length(1, 500)
  @IsText()
  excerpt?: string | null;

  @Field(() => String, { nullable: true, description: 'A new slug; it must be free.' })
  @NotNull()
  @IsSlug()
  @Length(1, 200)
  slug?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the labels.' })
  @NotNull()
  @ArrayMaxSize(20)
  labelIds?: string[] | null;

  @Field(() => [SignatoryInput], { nullable: true, description: 'Replaces the signatories.' })
  @NotNull()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  signatories?: SignatoryInput[] | null;
}

@InputType({ description: 'The article to publish, and when.' })
export class PublishArticleInput {
  @Field(() => ID, { description: 'Id of the article.' })
  id!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it becomes public; in the future schedules it. Left out: now.',
  })
  @IsOptional()
  publishAt?: Date | null;
}

@InputType({ description: 'The article to act on.' })
export class ArticleIdInput {
  @Field(() => ID, { description: 'Id of the article.' })
  id!: string;
}

@InputType({ description: 'A new label.' })
export class CreateLabelInput {
  @Field(() => String, { description: 'Name as shown, 1 to 100 characters; unique.' })
  @Length(1, 100)
  @IsText()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Left out: made from the name.' })
  @IsOptional()
  @IsSlug()
  @Length(1, 100)
  slug?: string | null;
}
