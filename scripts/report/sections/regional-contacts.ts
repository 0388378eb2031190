import type { ReviewRegionalContactsFiguresFragment as Figures } from '../__generated__/graphql';
import { ReviewRegionalContactsDocument } from '../__generated__/graphql';
import type { Block, SectionDefinition } from '../review';
import { counted, listed, sentence, versus } from './words';

/**
 * Regional contacts: the board's meetings with stakeholders (the national park, U10, the aldermen), each
 * with what came of them in the words the board published. Region-wide: the board meets for the region.
 */
export const regionalContacts: SectionDefinition<Figures> = {
  name: 'regionalContacts',
  title: { nl: 'Regionale contacten', en: 'Regional contacts' },
  restricted: false,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    // The board's contacts are the region's: one answer, whichever municipality is asked for.
    void municipality;
    const data = await client.request(ReviewRegionalContactsDocument, { year });
    return data.annualReview.regionalContacts;
  },

  figures: (f) => [
    { figure: 'meetings', value: f.meetings },
    { figure: 'stakeholders', value: f.stakeholders.length },
  ],

  render(data, { year, lang, format, complete, periodEnd }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const day = format.day(periodEnd, false);
    const until = complete ? '' : nl ? ` (tot en met ${day})` : ` (up to and including ${day})`;
    if (c.meetings === 0) {
      return [
        {
          kind: 'paragraph',
          text: nl
            ? `Het bestuur had in ${year}${until} geen overleg met regionale stakeholders vastgelegd (${year - 1}: ${format.count(p.meetings)}).`
            : `The board recorded no meetings with regional stakeholders in ${year}${until} (${year - 1}: ${format.count(p.meetings)}).`,
        },
      ];
    }
    const name = (s: Figures['stakeholders'][number]) =>
      s.organisation?.name ??
      (nl
        ? `de wethouders van ${listed(
            lang,
            s.aldermenOf.map((m) => m.name),
          )}`
        : `the aldermen of ${listed(
            lang,
            s.aldermenOf.map((m) => m.name),
          )}`);
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        text: nl
          ? `Naast deze activiteiten had het bestuur in ${year}${until} ${counted(format, c.meetings, 'overleg', 'keer overleg')} ` +
            `met andere stakeholders ${versus(format, year, c.meetings, p.meetings)}: ` +
            `${listed(lang, c.stakeholders.map(name))}.`
          : `Besides these activities the board met other stakeholders ${counted(format, c.meetings, 'time', 'times')} ` +
            `in ${year}${until} ${versus(format, year, c.meetings, p.meetings)}: ${listed(lang, c.stakeholders.map(name))}.`,
      },
      {
        kind: 'list',
        items: c.stakeholders.map((s) => {
          const head = `**${name(s)
            .replace(/^de /, nl ? 'De ' : '')
            .replace(/^the /, 'The ')}** (${counted(
            format,
            s.meetings,
            nl ? 'overleg' : 'meeting',
            nl ? 'overleggen' : 'meetings',
          )})`;
          return s.summaries.length > 0 ? `${head}: ${s.summaries.map(sentence).join(' ')}` : head;
        }),
      },
    ];
    return blocks;
  },
};
