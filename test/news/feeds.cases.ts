import Parser from 'rss-parser';
import { UpdateArticleDocument } from '../__generated__/graphql';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { createDraft, createPublished, editorHeaders, REVIEW_SLUG } from './fixtures';

let api: TestServer;
let tricky: { id: string; slug: string };
beforeAll(async () => {
  api = await startTestServer();
  tricky = await createPublished(api, {
    title: 'Q4 & <partners> "samen" sterk',
    body: 'Ondernemers & gemeenten: **samen** <b>sterk</b>.',
    labelIds: [],
  });
  await createDraft(api, { title: 'Nog niet klaar', body: 'Concept.' });
});
afterAll(() => api.close());

const parser = new Parser();

/** What an HTML-aware reader shows for Atom's `type="html"` text. */
const htmlText = (html: string) =>
  html
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function get(path: string) {
  const res = await fetch(`${api.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

describe.each([
  ['RSS 2.0', '/feeds/news.xml', 'application/rss+xml'],
  ['Atom', '/feeds/news.atom', 'application/atom+xml'],
])('%s', (_name, path, contentType) => {
  test('the latest published articles, with absolute links, stable ids and dates', async () => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.type).toBe(`${contentType}; charset=utf-8`);
    const feed = await parser.parseString(res.text);
    const items = feed.items;
    // 14 published archive articles, 3 of the weeks before the demo data was loaded and the one of this test;
    // no draft, nothing scheduled.
    expect(items).toHaveLength(18);
    expect(items.map((i) => i.title)).not.toContain('Nog niet klaar');
    expect(items.map((i) => i.title)).not.toContain('Regio Q4 blikt terug op 2029');
    // Escaping survives the round trip: plain text in RSS, HTML in Atom (`type="html"`).
    const atom = path.endsWith('.atom');
    expect(atom ? htmlText(items[0].title!) : items[0].title).toBe('Q4 & <partners> "samen" sterk');
    expect(res.text).toContain(
      atom
        ? '<title type="html"><![CDATA[Q4 &#38; &#60;partners&#62; &#34;samen&#34; sterk]]></title>'
        : '<title><![CDATA[Q4 & <partners> "samen" sterk]]></title>',
    );
    for (const item of items) {
      expect(item.link).toMatch(new RegExp(`^${api.url}/news/[a-z0-9-]+$`));
      expect(item.guid ?? item.id).toMatch(UUID_URN);
      expect(Number.isNaN(Date.parse(item.isoDate!))).toBe(false);
    }
    const review = items.find((i) => i.link === `${api.url}/news/${REVIEW_SLUG}`)!;
    expect(review.title).toBe('Terugblik Regio Q4 op 2017 en plannen voor volgend jaar');
    if (path.endsWith('.xml')) {
      expect(review.pubDate).toBe('Mon, 15 Jan 2018 15:18:00 GMT');
      expect(review.isoDate).toBe('2018-01-15T15:18:00.000Z');
      expect(review.categories).toEqual(['Nieuws']);
    } else {
      expect(res.text).toContain('<published>2018-01-15T15:18:00.000Z</published>');
    }
    // Markdown rendered, raw HTML of the body escaped rather than passed on.
    const content = atom ? items[0].content : (items[0] as Record<string, string>)['content:encoded'];
    expect(content).toContain('<strong>samen</strong>');
    expect(content).toContain('&lt;b&gt;sterk&lt;/b&gt;');
  });

  test('?label= narrows the feed; an unknown label is 404', async () => {
    const feed = await parser.parseString((await get(`${path}?label=evenementen`)).text);
    expect(feed.items.map((i) => i.title)).toEqual([
      'Aanmelden geopend: ondernemersborrel in Zeist',
      'Terugblik op de regionale netwerkavond',
      'Netwerkavond met Rabobank Heuvelrug in maart',
    ]);
    expect(feed.title).toBe('Regio Q4 — Evenementen');
    const unknown = await get(`${path}?label=bestaat-niet`);
    expect(unknown.status).toBe(404);
  });
});

test('Atom: each demo article is `updated` when it was written, not when the demo data was loaded', async () => {
  const text = (await get('/feeds/news.atom')).text;
  const entries = [...text.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, entry]) => ({
    title: /<title[^>]*><!\[CDATA\[([\s\S]*?)\]\]>/.exec(entry)![1],
    updated: /<updated>([^<]+)<\/updated>/.exec(entry)![1],
    published: /<published>([^<]+)<\/published>/.exec(entry)![1],
  }));
  const demo = entries.filter((entry) => !entry.title.startsWith('Q4 &#38;')); // the one this file wrote
  expect(demo).toHaveLength(17);
  for (const entry of demo) expect(entry.updated).toBe(entry.published);
  expect(demo.find((e) => e.title.startsWith('Terugblik Regio Q4 op 2017'))!.updated).toBe(
    '2018-01-15T15:18:00.000Z',
  );
  // The feed was last updated when its latest entry was.
  const latest = entries
    .map((entry) => entry.updated)
    .sort()
    .at(-1);
  expect(/<feed[\s\S]*?<updated>([^<]+)<\/updated>/.exec(text)![1]).toBe(latest);
});

test('the GUID stays when the slug changes; the link follows the slug', async () => {
  const before = await parser.parseString((await get('/feeds/news.xml')).text);
  const item = before.items.find((i) => i.link === `${api.url}/news/${tricky.slug}`)!;
  const res = await api.graphql(
    UpdateArticleDocument,
    { input: { id: tricky.id, slug: 'q4-en-partners' } },
    await editorHeaders(api),
  );
  expect(res.body.data?.updateArticle.userErrors).toEqual([]);
  const after = await parser.parseString((await get('/feeds/news.xml')).text);
  const moved = after.items.find((i) => i.guid === item.guid)!;
  expect(moved.link).toBe(`${api.url}/news/q4-en-partners`);
  const atom = await parser.parseString((await get('/feeds/news.atom')).text);
  expect(atom.items.find((i) => i.link === moved.link)?.id).toBe(item.guid);
});

test('the links lead to a page of the article', async () => {
  const page = await get(`/news/${REVIEW_SLUG}`);
  expect(page.status).toBe(200);
  expect(page.type).toBe('text/html; charset=utf-8');
  expect(page.text).toContain('<h1>Terugblik Regio Q4 op 2017 en plannen voor volgend jaar</h1>');
  expect(page.text).toContain('maandag 15 januari 2018');
  expect(page.text).toContain('16:18');
  expect((await get('/news/jaarverslag-2018-concept')).status).toBe(404);
});

test('the feeds’ channel link is a news index page: the latest public articles, escaped, linked to their pages', async () => {
  const feed = await parser.parseString((await get('/feeds/news.xml')).text);
  expect(feed.link).toBe(`${api.url}/news`);
  const index = await get('/news');
  expect(index.status).toBe(200);
  expect(index.type).toBe('text/html; charset=utf-8');
  const links = [...index.text.matchAll(/<a href="([^"]+)">([^<]*)<\/a>/g)].map((m) => [m[1], m[2]]);
  // Newest first, the same articles as the feed; no draft, nothing scheduled.
  expect(links.map(([href]) => href)).toEqual(feed.items.map((item) => item.link));
  // The newest is this file's own article, whose title has characters to escape.
  expect(links[0][1]).toBe('Q4 &#38; &#60;partners&#62; &#34;samen&#34; sterk');
  expect(index.text).not.toContain('<partners>');
  expect(index.text).not.toContain('Nog niet klaar');
  for (const [href] of links.slice(0, 3)) expect((await fetch(href)).status).toBe(200);
});

test('the page escapes the title and passes no HTML or script links of the body', async () => {
  const article = await createPublished(api, {
    title: '<img src=x onerror=alert(1)> & co',
    body: 'Tekst <script>alert(2)</script> en [klik](javascript:alert(3)).',
  });
  const page = await get(`/news/${article.slug}`);
  expect(page.status).toBe(200);
  expect(page.text).toContain('<h1>&#60;img src=x onerror=alert(1)&#62; &#38; co</h1>');
  expect(page.text).not.toMatch(/<img|<script|href="javascript:/i);
});

test('PUBLIC_URL sets the base of the links', async () => {
  const other = await startTestServer({ env: { PUBLIC_URL: 'https://api.regioq4.nl/' } });
  try {
    const res = await fetch(`${other.url}/feeds/news.atom`);
    const feed = await parser.parseString(await res.text());
    expect(feed.items[0].link).toMatch(/^https:\/\/api\.regioq4\.nl\/news\//);
  } finally {
    await other.close();
  }
});
