import slugify from 'slugify';
import type { Context } from '../../kit';
import { Article } from './article.entity';
import { Label } from './label.entity';

const MAX_BASE_LENGTH = 180;

/** `Café Ærø — één` → `cafe-aero-een`: lower case, diacritics folded (Dutch rules: `&` is `en`). */
export function slugOf(text: string, fallback: string): string {
  const slug = slugify(text, { lower: true, strict: true, locale: 'nl', trim: true })
    .slice(0, MAX_BASE_LENGTH)
    .replace(/-+$/, '');
  return slug || fallback;
}

/**
 * The base itself when free, else the first free `base-2`, `base-3`, ... The advisory lock makes two
 * transactions that want the same base take turns, so they do not both pick one slug.
 */
export async function freeSlug(ctx: Context, entity: typeof Article | typeof Label, base: string) {
  await ctx.em.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`slug:${entity.name}:${base}`]);
  const rows: { slug: string }[] = await ctx.em
    .createQueryBuilder(entity, 'row')
    .select('row.slug', 'slug')
    .where('row.slug = :base OR row.slug ~ :pattern', { base, pattern: `^${base}-[0-9]+$` })
    .getRawMany();
  const taken = new Set(rows.map((row) => row.slug));
  let slug = base;
  for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
  return slug;
}
