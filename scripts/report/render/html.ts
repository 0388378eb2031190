import MarkdownIt from 'markdown-it';
import type { Review, RenderContext } from '../review';
import { blockToMarkdown, colophon, frontMatter, sectionBlocks, signature } from './markdown';

// Names from the API are text, never markup: raw HTML in the Markdown stays escaped.
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escape = markdown.utils.escapeHtml;

/**
 * Inline and self-contained: the file is mailed, attached and archived, so it must look the same offline
 * and years later. Print styles keep a chart on one page.
 */
const STYLE = `
:root { color-scheme: light; --green: #2f7d4f; --ink: #1d2b24; --muted: #5b6660; --rule: #dfe5e1; }
* { box-sizing: border-box; }
body { margin: 0; background: #f6f8f7; color: var(--ink);
  font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
main { max-width: 800px; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; background: #fff; }
header { border-bottom: 4px solid var(--green); margin-bottom: 2rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; color: var(--green); margin: 2.5rem 0 .75rem; }
p, ul { margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1.25rem; font-size: .92rem; }
th, td { padding: .35rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; }
th { color: var(--muted); font-weight: 600; vertical-align: bottom; }
td:first-child, th:first-child { padding-left: 0; }
.signature { margin-top: 2.5rem; font-style: italic; }
td[style*="right"], th[style*="right"] { font-variant-numeric: tabular-nums; }
figure.chart { margin: 1rem 0 1.75rem; break-inside: avoid; }
figure.chart svg { width: 100%; height: auto; display: block; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print { body { background: #fff; } main { padding: 0; max-width: none; } }
`;

/** One HTML file: the same text as the Markdown, with the charts as inline SVG. */
export function renderHtml(review: Review, context: RenderContext): string {
  const front = frontMatter(review, context);
  const signed = signature(review, context);
  const body: string[] = [];
  for (const blocks of sectionBlocks(review, context)) {
    const parts: string[] = [];
    for (const block of blocks) {
      if (block.kind === 'chart') {
        parts.push(
          `<figure class="chart" data-chart="${escape(block.name)}" role="img" aria-label="${escape(block.title)}">\n${block.svg}\n</figure>`,
        );
      } else {
        parts.push(markdown.render(blockToMarkdown(block) ?? ''));
      }
    }
    body.push(`<section>\n${parts.join('\n')}</section>`);
  }
  return `<!doctype html>
<html lang="${review.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(front.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<h1>${escape(front.title)}</h1>
${front.paragraphs.map((p) => markdown.render(p)).join('')}</header>
${body.join('\n')}
${signed === null ? '' : `<p class="signature">${markdown.renderInline(signed)}</p>\n`}<footer>${markdown.renderInline(colophon(review, context))}</footer>
</main>
</body>
</html>
`;
}
