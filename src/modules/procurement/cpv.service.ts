import type { Connection, ConnectionArgs, Context, KeysetOrder } from '../../kit';
import { badUserInput, cpvDigits, CPV_CODE, paginate, SortDirection } from '../../kit';
import { CpvCategory } from './cpv-category.entity';

const byCode: KeysetOrder<CpvCategory> = {
  column: 'cpv.code',
  type: 'text',
  direction: SortDirection.ASC,
  value: (category) => category.code,
};

/** The 8 digits of a CPV code argument (check digit dropped); BAD_USER_INPUT on `path` when malformed. */
export function cpvCodeArgument(code: string, path: string[]): string {
  if (!CPV_CODE.test(code)) {
    throw badUserInput(`${JSON.stringify(code)} is not a CPV code`, [
      { path, message: 'must be 8 digits, optionally with a check digit: 45442100 or 45442100-8' },
    ]);
  }
  return cpvDigits(code);
}

export function findCpvCategory(ctx: Context, code: string): Promise<CpvCategory | null> {
  return ctx.loaders.procurement.cpvByCode.load(cpvCodeArgument(code, ['code']));
}

/**
 * Longest search that is also matched by trigram word similarity. Its cost grows with the length of the
 * search times the labels' (a 200-character search took 0.9 s over the 9,454 labels); partial and misspelt
 * words are a matter of a few words, and a longer search is matched by its stems alone (index-driven).
 */
export const CPV_FUZZY_SEARCH_MAX = 40;

/**
 * CPV categories by code. `search` of digits is a code prefix ("4544"); otherwise words, matched against
 * the English labels by stem (`english`) or, for partial and misspelt words in a short search, by trigram
 * word similarity. `parent` keeps the direct children of a code.
 */
export function listCpvCategories(
  ctx: Context,
  args: ConnectionArgs,
  search?: string | null,
  parent?: string | null,
): Promise<Connection<CpvCategory>> {
  const query = ctx.em.createQueryBuilder(CpvCategory, 'cpv');
  if (parent != null) {
    query.andWhere('cpv.parentCode = :parent', { parent: cpvCodeArgument(parent, ['parent']) });
  }
  const words = search?.trim();
  if (words) {
    const digits = words.replace(/-\d$/, '');
    if (/^\d{1,8}$/.test(digits)) {
      query.andWhere('cpv.code LIKE :prefix', { prefix: `${digits}%` });
    } else {
      const fuzzy = words.length <= CPV_FUZZY_SEARCH_MAX ? ' OR :words <% cpv.label' : '';
      query.andWhere(`(cpv.searchVector @@ plainto_tsquery('english', :words)${fuzzy})`, { words });
    }
  }
  return paginate(query, args, byCode);
}
