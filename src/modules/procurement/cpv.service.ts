import type { Connection, ConnectionArgs, Context, KeysetOrder, SelectedKeysetOrder } from '../../kit';
import { badUserInput, cpvDigits, CPV_CODE, paginate, SortDirection } from '../../kit';
import { CpvCategory } from './cpv-category.entity';
import vocabulary from './cpv-dutch.json';

/**
 * The curated Dutch names by code: the vocabulary the AddDutchCpvSearch migration put in the database
 * (`cpv-dutch.json`; a change to it needs a migration of its own, a test compares the two).
 */
const DUTCH_NAMES = new Map((vocabulary as string[][]).map(([code, name]) => [code, name]));

/** The `cpv` format of Dutch sentences: `{{matched_label, cpv}}` becomes the Dutch name of `matched_code`. */
export function dutchCpvName(label: unknown, parts: Record<string, unknown>): string {
  return DUTCH_NAMES.get(String(parts.matched_code)) ?? String(label);
}

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
 * How well a category matches the words: whole Dutch words above prefixes of longer ones ("reclame" before
 * "reclamecampagnes"), the Dutch name (weight A) above the Dutch search words (B), shorter names first
 * (normalisation 1); the English label by stem; by trigram similarity for a short search; broader
 * categories a little before narrower ones.
 */
function rankOf(fuzzy: boolean): string {
  return (
    'CAST(' +
    [
      "8 * ts_rank(cpv.dutch_search_vector, to_tsquery('simple', :exact), 1)",
      "4 * ts_rank(cpv.dutch_search_vector, to_tsquery('simple', :prefixes), 1)",
      "ts_rank(cpv.search_vector, plainto_tsquery('english', :words), 1)",
      ...(fuzzy
        ? ['word_similarity(:words, cpv.dutch_words)', '0.5 * word_similarity(:words, cpv.label)']
        : []),
      '(9 - cpv.level) * 0.01',
    ].join(' + ') +
    ' AS real)'
  );
}

/**
 * CPV categories. `search` of digits is a code prefix ("4544"), in code order; otherwise words, matched
 * against the curated Dutch names and search words by prefix ("schoonmaak" finds "Schoonmaakdiensten"),
 * the English labels by stem (`english`), and, for partial and misspelt words in a short search, both by
 * trigram word similarity; most relevant first. Every condition is served by a GIN index.
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
  if (!words) return paginate(query, args, byCode);
  const digits = words.replace(/-\d$/, '');
  if (/^\d{1,8}$/.test(digits)) {
    query.andWhere('cpv.code LIKE :prefix', { prefix: `${digits}%` });
    return paginate(query, args, byCode);
  }
  // Letters and digits only, so the words can go into a tsquery as prefixes: `schoon:* & ict:*`.
  const tokens = words.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const prefixes = tokens.map((token) => `${token}:*`).join(' & ');
  const exact = tokens.join(' & ');
  const fuzzy = words.length <= CPV_FUZZY_SEARCH_MAX;
  const conditions = [
    "cpv.searchVector @@ plainto_tsquery('english', :words)",
    ...(prefixes ? ["cpv.dutchSearchVector @@ to_tsquery('simple', :prefixes)"] : []),
    ...(fuzzy ? [':words <% cpv.label', ':words <% cpv.dutchWords'] : []),
  ];
  query.andWhere(`(${conditions.join(' OR ')})`, { words, prefixes: prefixes || 'x', exact: exact || 'x' });
  const order: SelectedKeysetOrder = { column: rankOf(fuzzy), type: 'real', direction: SortDirection.DESC };
  return paginate(query, args, order);
}
