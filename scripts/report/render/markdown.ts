import { TEXTS } from '../i18n';
import { listed } from '../sections/words';
import type { Block, Review, RenderContext } from '../review';

/** Escapes what would break a table cell or start Markdown syntax in a name from the API. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** One block as Markdown; a chart has no Markdown form (its figures are in the section's table). */
export function blockToMarkdown(block: Block): string | null {
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n');
    case 'table': {
      const align = block.head.map((_, i) => (block.align?.[i] === 'right' ? '---:' : '---'));
      return [block.head, align, ...block.rows]
        .map((row) => `| ${row.map(escapeCell).join(' | ')} |`)
        .join('\n');
    }
    case 'chart':
      return null;
  }
}

/** The opening of the review: title, introduction, and what it could not include. */
export function frontMatter(review: Review, context: RenderContext): { title: string; paragraphs: string[] } {
  const texts = TEXTS[review.lang];
  const until = context.complete ? null : context.format.day(review.periodEnd, false);
  const paragraphs: string[] = [texts.intro(review.year, until)];
  if (review.skipped.length > 0) {
    paragraphs.push(
      texts.skipped(
        listed(
          review.lang,
          review.skipped.map((s) => s.title[review.lang]),
        ),
      ),
    );
  }
  return { title: texts.title(review.year), paragraphs };
}

/** The closing line: when and from where the figures were read. */
export function colophon(review: Review, context: RenderContext): string {
  const date = new Intl.DateTimeFormat(context.format.locale, {
    dateStyle: 'long',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(review.generatedAt));
  return context.texts.generated(date, review.source);
}

/** Every section's blocks under its heading, shared by Markdown and HTML so both say the same. */
export function sectionBlocks(review: Review, context: RenderContext): Block[][] {
  return review.sections.map(({ definition, data }) => [
    {
      kind: 'heading',
      text: definition.heading?.(review.year, review.lang) ?? definition.title[review.lang],
    },
    ...definition.render(data, context),
  ]);
}

/**
 * The board signs the review, as its own review of 2017 was signed: on behalf of the associations that were
 * members at the end of the period (from the membership section; none without it).
 */
export function signature(review: Review, context: RenderContext): string | null {
  const membership = review.sections.find((s) => s.definition.name === 'membership');
  if (!membership) return null;
  const current = (membership.data.region.current ?? {}) as { associations?: { name: string }[] };
  const names = (current.associations ?? []).map((a) => a.name);
  return names.length > 0 ? context.texts.signature(listed(review.lang, names)) : null;
}

/** The review to read in a terminal or paste into a newsletter: a section per module. */
export function renderMarkdown(review: Review, context: RenderContext): string {
  const front = frontMatter(review, context);
  const parts = [`# ${front.title}`, ...front.paragraphs];
  for (const blocks of sectionBlocks(review, context)) {
    for (const block of blocks) {
      const markdown = blockToMarkdown(block);
      if (markdown !== null) parts.push(markdown);
    }
  }
  const signed = signature(review, context);
  if (signed !== null) parts.push(signed);
  parts.push(`_${colophon(review, context)}_`);
  return `${parts.join('\n\n')}\n`;
}
