import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

// The docs are a web of pages reached from the README: a link to a moved file or a renamed heading leaves a
// reader stranded, so every relative link must lead to a file that exists, and to a heading that exists.

const root = path.join(__dirname, '..', '..');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return markdownFiles(file);
    return name.endsWith('.md') ? [file] : [];
  });
}

const pages = [
  path.join(root, 'README.md'),
  ...markdownFiles(path.join(root, 'docs')),
  ...readdirSync(path.join(root, 'bench'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join(root, 'bench', name)),
];

/** The text outside fenced code blocks: a `#` or `[x](y)` in a code example is neither a heading nor a link. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens; repeats get -1, -2, .... */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const [, heading] of prose(markdown).matchAll(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const text = heading
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1') // a link in a heading counts by its text
      .replace(/<[^>]+>/g, '');
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return anchors;
}

/** Every relative link of a page (inline links and images; not inside code). */
export function relativeLinks(markdown: string): string[] {
  const text = prose(markdown).replace(/`[^`\n]*`/g, (code) => (code.includes('](') ? '' : 'code'));
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1])
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target));
}

test('the pages checked include the README, every page under docs/ and the benchmark pages', () => {
  const names = pages.map((page) => path.relative(root, page));
  expect(names).toEqual(expect.arrayContaining(['README.md', 'docs/README.md', 'bench/README.md']));
});

test('the anchors are GitHub’s', () => {
  expect([
    ...anchorsOf('# A\n## Trusted documents (production, optional)\n## `me` and `node(id:)`\n## A\n'),
  ]).toEqual(['a', 'trusted-documents-production-optional', 'me-and-nodeid', 'a-1']);
  expect([...anchorsOf('```md\n## Not a heading\n```\n## At scale: 2,000,000 businesses\n')]).toEqual([
    'at-scale-2000000-businesses',
  ]);
  expect(
    relativeLinks('[a](x.md#b) [c](https://e.nl) `[d](y.md)` ![e](f.svg)\n```\n[g](h.md)\n```\n'),
  ).toEqual(['x.md#b', 'f.svg']);
});

test.each(pages.map((page) => [path.relative(root, page), page]))(
  'every relative link of %s leads to a file and heading that exist',
  (_name, page) => {
    const broken: string[] = [];
    for (const link of relativeLinks(readFileSync(page, 'utf8'))) {
      const [target, anchor] = link.split('#', 2);
      const file = target ? path.resolve(path.dirname(page), decodeURIComponent(target)) : page;
      if (!existsSync(file)) {
        broken.push(`${link}: no such file`);
        continue;
      }
      if (anchor && file.endsWith('.md') && !anchorsOf(readFileSync(file, 'utf8')).has(anchor)) {
        broken.push(`${link}: no such heading`);
      }
    }
    expect(broken).toEqual([]);
  },
);

test('every page under docs/ and bench/ is reachable from the README', () => {
  const reached = new Set<string>();
  const visit = (page: string) => {
    if (reached.has(page)) return;
    reached.add(page);
    for (const link of relativeLinks(readFileSync(page, 'utf8'))) {
      const target = link.split('#')[0];
      if (!target.endsWith('.md')) continue;
      const file = path.resolve(path.dirname(page), decodeURIComponent(target));
      if (existsSync(file)) visit(file);
    }
  };
  visit(path.join(root, 'README.md'));
  expect(pages.filter((page) => !reached.has(page)).map((page) => path.relative(root, page))).toEqual([]);
});
