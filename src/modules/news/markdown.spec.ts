import { articlePath, escapeHtml, plainExcerpt, renderMarkdown } from './markdown';

describe('renderMarkdown', () => {
  test('renders Markdown and shows raw HTML as text', () => {
    expect(renderMarkdown('**vet** <script>alert(1)</script>')).toBe(
      '<p><strong>vet</strong> &lt;script&gt;alert(1)&lt;/script&gt;</p>\n',
    );
  });
});

describe('plainExcerpt', () => {
  test('keeps paragraphs as plain text, without headings or markup', () => {
    expect(plainExcerpt('# Kop\n\nEen *nieuwe* [website](https://q4.nl).\n\nTweede `alinea`.')).toBe(
      'Een nieuwe website. Tweede alinea.',
    );
  });

  test('cuts at a word near the length, without trailing punctuation, with an ellipsis', () => {
    expect(plainExcerpt('Regio Q4 opent vandaag, met trots, een nieuw loket.', 30)).toBe(
      'Regio Q4 opent vandaag, met…',
    );
  });

  test('a text within the length stays whole', () => {
    expect(plainExcerpt('Kort bericht.', 30)).toBe('Kort bericht.');
  });
});

describe('escapeHtml and articlePath', () => {
  test('escape what HTML and URLs need', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
    expect(articlePath({ slug: 'één twee' })).toBe('/news/%C3%A9%C3%A9n%20twee');
  });
});
