import type { ReviewNewsFiguresFragment as Figures } from '../__generated__/graphql';
import { ReviewNewsDocument } from '../__generated__/graphql';
import type { Block, SectionDefinition } from '../review';
import { counted, figuresFrom, listed, versus } from './words';

/** News: what Regio Q4 published, per month and per label. News is region-wide, so it is read once. */
export const news: SectionDefinition<Figures> = {
  name: 'news',
  title: { nl: 'Nieuws', en: 'News' },
  restricted: false,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewNewsDocument, { year, municipality });
    return data.annualReview.news;
  },

  figures: (f) => [
    ...figuresFrom(f, ['published', 'unlabelled']),
    ...f.months.map((m) => ({ figure: `months.${m.month}.articles`, value: m.articles })),
    ...f.labels.map((l) => ({ figure: `labels.${l.label.slug}.articles`, value: l.articles })),
  ],

  render(data, { year, lang, format }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    const most = Math.max(0, ...c.months.map((m) => m.articles));
    const busiest = c.months.filter((m) => m.articles === most);
    const quiet = c.months.filter((m) => m.articles === 0).length;
    let text = nl
      ? `In ${year} verschenen ${counted(format, c.published, 'nieuwsbericht', 'nieuwsberichten')} ` +
        `${versus(format, year, c.published, p.published)}.`
      : `Regio Q4 published ${counted(format, c.published, 'news article', 'news articles')} in ${year} ` +
        `${versus(format, year, c.published, p.published)}.`;
    // A busiest month only when one stands out: with ties it would name one of several at random.
    if (most > 1 && busiest.length === 1) {
      text += nl
        ? ` De drukste maand was ${format.month(busiest[0].month)} (${format.count(most)})` +
          (quiet > 0 ? `; in ${counted(format, quiet, 'maand', 'maanden')} verscheen niets.` : '.')
        : ` The busiest month was ${format.month(busiest[0].month)} (${format.count(most)})` +
          (quiet > 0 ? `; ${counted(format, quiet, 'month', 'months')} had none.` : '.');
    }
    blocks.push({ kind: 'paragraph', text });

    const previousByLabel = new Map(p.labels.map((l) => [l.label.slug, l.articles]));
    const labelled = c.labels.filter((l) => l.articles > 0 || (previousByLabel.get(l.label.slug) ?? 0) > 0);
    if (labelled.length > 0) {
      const counts = labelled.map((l) => {
        const before = previousByLabel.get(l.label.slug) ?? 0;
        return `${l.label.name} ${format.count(l.articles)} (${year - 1}: ${format.count(before)})`;
      });
      blocks.push({ kind: 'paragraph', text: `${nl ? 'Per label' : 'By label'}: ${listed(lang, counts)}.` });
    }
    return blocks;
  },
};
