import MarkdownIt from 'markdown-it';

/** Raw HTML in a body is shown as text, never passed through: editors write Markdown only. */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });

export function renderMarkdown(body: string): string {
  return markdown.render(body);
}

export const EXCERPT_LENGTH = 300;

/** The body's paragraphs as plain text (no headings, no markup), cut at a word near `length` characters. */
export function plainExcerpt(body: string, length = EXCERPT_LENGTH): string {
  const tokens = markdown.parse(body, {});
  const paragraphs: string[] = [];
  let words = 0;
  for (let i = 1; i < tokens.length && words < length; i += 1) {
    const token = tokens[i];
    if (token.type !== 'inline' || tokens[i - 1].type !== 'paragraph_open') continue;
    const text = (token.children ?? [])
      .map((child) =>
        child.type === 'text' || child.type === 'code_inline'
          ? child.content
          : child.type === 'softbreak' || child.type === 'hardbreak'
            ? ' '
            : '',
      )
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) {
      paragraphs.push(text);
      words += text.length;
    }
  }
  const text = paragraphs.join(' ');
  if (text.length <= length) return text;
  const cut = text.slice(0, length + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut.slice(0, length)).replace(/[\s,.;:–-]+$/, '')}…`;
}

export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Path of an article's page (absolute with the base URL in front). */
export const articlePath = (article: { slug: string }) => `/news/${encodeURIComponent(article.slug)}`;
