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
 * CPV categories by code. `search` of digits is a code prefix ("4544"); otherwise words, matched against
 * the English labels by stem (`english`) or, for partial and misspelt words, by trigram word similarity.
 * `parent` keeps the direct children of a code.
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
      query.andWhere(`(cpv.searchVector @@ plainto_tsquery('english', :words) OR :words <% cpv.label)`, {
        words,
      });
    }
  }
  return paginate(query, args, byCode);
}
