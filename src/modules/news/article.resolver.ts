import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../kit';
import {
  ConnectionArgs,
  connectionComplexity,
  ConnectionType,
  listComplexity,
  prefetchPlan,
  Role,
} from '../../kit';
import { Association, Organisation, Person } from '../core';
import { Article } from './article.entity';
import {
  ArticleFilter,
  ArticleIdInput,
  ArticleOrder,
  CreateArticleInput,
  CreateLabelInput,
  PublishArticleInput,
  UpdateArticleInput,
} from './article.inputs';
import {
  ArchiveArticlePayload,
  CreateArticlePayload,
  CreateLabelPayload,
  DeleteArticlePayload,
  NewsArchiveYear,
  PublishArticlePayload,
  UnpublishArticlePayload,
  UpdateArticlePayload,
} from './article.payloads';
import * as news from './article.service';
import { ArticleSignatory } from './article-signatory.entity';
import { Label } from './label.entity';
import { articlePath, plainExcerpt, renderMarkdown } from './markdown';

export const ArticleConnection = ConnectionType(Article);

@Resolver(() => Article)
export class ArticleResolver {
  @Query(() => ArticleConnection, {
    complexity: connectionComplexity,
    description:
      'News articles, newest first unless ordered otherwise. Anonymous callers and API keys see published ' +
      'articles whose time has come; editors and admins also drafts, scheduled and archived ones.',
  })
  articles(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: ConnectionArgs,
    @Arg('filter', () => ArticleFilter, { nullable: true, description: 'Conditions that must all hold.' })
    filter?: ArticleFilter,
    @Arg('orderBy', () => ArticleOrder, { nullable: true, description: 'Sort order; default newest first.' })
    orderBy?: ArticleOrder,
  ) {
    const plan = prefetchPlan(ctx, info, Article, 'article');
    return news.listArticles(ctx, filter, page, orderBy, plan);
  }

  @Query(() => Article, {
    nullable: true,
    description: 'An article by slug; null when unknown or hidden from you.',
  })
  article(
    @Ctx() ctx: Context,
    @Arg('slug', () => String, { description: 'The article’s `slug`.' }) slug: string,
  ) {
    return news.findArticle(ctx, { slug });
  }

  @Query(() => [NewsArchiveYear], {
    description:
      'Years and months (Amsterdam time) that have articles you may see, newest first, with their counts: ' +
      'the website’s “Archief > 2018 > december, oktober, ...”.',
  })
  newsArchive(@Ctx() ctx: Context) {
    return news.newsArchive(ctx);
  }

  @FieldResolver(() => String, {
    description: 'The body rendered from Markdown to HTML (raw HTML is escaped).',
  })
  bodyHtml(@Root() article: Article) {
    return renderMarkdown(article.body);
  }

  @FieldResolver(() => String, {
    description: 'As written by the editor, or the start of the body as plain text.',
  })
  excerpt(@Root() article: Article) {
    return article.excerpt ?? plainExcerpt(article.body);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'With `filter.search` only: the best passages, HTML-escaped, the matching words in `<mark>...</mark>`.',
  })
  searchSnippet(@Root() article: Article) {
    return article.searchSnippet ?? null;
  }

  @FieldResolver(() => String, { description: 'Absolute link to the article’s page.' })
  url(@Ctx() ctx: Context, @Root() article: Article) {
    return `${ctx.baseUrl}${articlePath(article)}`;
  }

  @FieldResolver(() => [Label], {
    complexity: listComplexity(5),
    description: 'By name.',
  })
  labels(@Ctx() ctx: Context, @Root() article: Article) {
    return news.labelsOf(ctx, article);
  }

  @FieldResolver(() => [ArticleSignatory], {
    complexity: listComplexity(5),
    description: 'In the order they sign.',
  })
  signatories(@Ctx() ctx: Context, @Root() article: Article) {
    return ctx.loaders.news.signatoriesByArticleId.load(article.id);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CreateArticlePayload, { description: 'A new draft.' })
  createArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateArticleInput, { description: 'The new article.' }) input: CreateArticleInput,
  ) {
    return news.createArticle(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => UpdateArticlePayload, {
    description: 'Changes an article; the slug stays unless a new one is given (editors, admins).',
  })
  updateArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateArticleInput, { description: 'The article and the fields to change.' })
    input: UpdateArticleInput,
  ) {
    return news.updateArticle(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => PublishArticlePayload, { description: 'Publishes now, or schedules with `publishAt`.' })
  publishArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => PublishArticleInput, { description: 'The article and when to publish it.' })
    input: PublishArticleInput,
  ) {
    return news.publishArticle(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => UnpublishArticlePayload, { description: 'Back to draft; the publication date is cleared.' })
  unpublishArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => ArticleIdInput, { description: 'The article.' }) input: ArticleIdInput,
  ) {
    return news.unpublishArticle(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => ArchiveArticlePayload, {
    description: 'Withdraws a published article from the site; it keeps its date.',
  })
  archiveArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => ArticleIdInput, { description: 'The article.' }) input: ArticleIdInput,
  ) {
    return news.archiveArticle(ctx, input);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => DeleteArticlePayload, {
    description: 'Deletes an article for good; archive it to keep it for the record (editors, admins).',
  })
  deleteArticle(
    @Ctx() ctx: Context,
    @Arg('input', () => ArticleIdInput, { description: 'The article.' }) input: ArticleIdInput,
  ) {
    return news.deleteArticle(ctx, input);
  }
}

@Resolver(() => Label)
export class LabelResolver {
  @Query(() => [Label], { description: 'All labels, by name.' })
  labels(@Ctx() ctx: Context) {
    return news.listLabels(ctx);
  }

  @Authorized(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CreateLabelPayload, { description: 'Adds a label (editors, admins).' })
  createLabel(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateLabelInput, { description: 'The new label.' }) input: CreateLabelInput,
  ) {
    return news.createLabel(ctx, input);
  }
}

@Resolver(() => ArticleSignatory)
export class ArticleSignatoryResolver {
  @FieldResolver(() => Person, { description: 'The person who signs.' })
  person(@Ctx() ctx: Context, @Root() signatory: ArticleSignatory) {
    return ctx.loaders.core.personById.load(signatory.personId);
  }

  @FieldResolver(() => Association, { nullable: true, description: 'The association they sign for, if any.' })
  association(@Ctx() ctx: Context, @Root() signatory: ArticleSignatory) {
    return signatory.associationId ? ctx.loaders.core.associationById.load(signatory.associationId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation they sign for, if any.',
  })
  organisation(@Ctx() ctx: Context, @Root() signatory: ArticleSignatory) {
    return signatory.organisationId ? ctx.loaders.core.organisationById.load(signatory.organisationId) : null;
  }
}
