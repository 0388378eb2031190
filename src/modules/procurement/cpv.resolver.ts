import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../kit';
import { ConnectionArgs, connectionComplexity, ConnectionType, listComplexity } from '../../kit';
import { CpvCategory } from './cpv-category.entity';
import { findCpvCategory, listCpvCategories } from './cpv.service';

export const CpvCategoryConnection = ConnectionType(CpvCategory);

@Resolver(() => CpvCategory)
export class CpvCategoryResolver {
  @Query(() => CpvCategory, {
    nullable: true,
    description: 'A CPV category by code (`45442100` or with check digit `45442100-8`); null when unknown.',
  })
  cpvCategory(
    @Ctx() ctx: Context,
    @Arg('code', () => String, { description: '8 digits, optionally with `-` and the check digit.' })
    code: string,
  ) {
    return findCpvCategory(ctx, code);
  }

  @Query(() => CpvCategoryConnection, {
    complexity: connectionComplexity,
    description:
      'CPV categories: by code, or filtered by a code prefix; by Dutch or English words, most relevant first; ' +
      'or below a parent.',
  })
  cpvCategories(
    @Ctx() ctx: Context,
    @Args() page: ConnectionArgs,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Digits: a code prefix (`4544`), by code. Words: Dutch (`schoonmaak`, `schilderwerk`, `ICT`) or English ' +
        '(`painting`) words of the label and of the Dutch search words, best match first.',
    })
    search?: string | null,
    @Arg('parent', () => String, { nullable: true, description: 'Only the direct children of this code.' })
    parent?: string | null,
  ) {
    return listCpvCategories(ctx, page, search, parent);
  }

  @FieldResolver(() => String, {
    description:
      'The name in the caller’s language: the curated Dutch name where there is one (the divisions and what ' +
      'municipalities commonly buy), else the official English label; English on `Accept-Language: en`.',
  })
  label(@Ctx() ctx: Context, @Root() category: CpvCategory): string {
    return ctx.locale === 'nl' && category.dutchLabel ? category.dutchLabel : category.label;
  }

  @FieldResolver(() => String, { description: 'The official English label of CPV 2008.' })
  englishLabel(@Root() category: CpvCategory): string {
    return category.label;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The curated Dutch name; null where there is none yet.',
  })
  dutchLabel(@Root() category: CpvCategory): string | null {
    return category.dutchLabel;
  }

  @FieldResolver(() => CpvCategory, {
    nullable: true,
    description: 'The category above; null for a division.',
  })
  parent(@Ctx() ctx: Context, @Root() category: CpvCategory) {
    return category.parentCode ? ctx.loaders.procurement.cpvByCode.load(category.parentCode) : null;
  }

  @FieldResolver(() => [CpvCategory], {
    complexity: listComplexity(20),
    description: 'The categories directly below, by code.',
  })
  children(@Ctx() ctx: Context, @Root() category: CpvCategory) {
    return ctx.loaders.procurement.cpvChildrenByCode.load(category.code);
  }

  @FieldResolver(() => [CpvCategory], {
    complexity: listComplexity(5),
    description: 'Every category above this one, the division first (one batched load).',
  })
  ancestors(@Ctx() ctx: Context, @Root() category: CpvCategory) {
    return ctx.loaders.procurement.cpvAncestorsByCode.load(category.code);
  }
}
