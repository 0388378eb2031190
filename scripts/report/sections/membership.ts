import type { ReviewMembershipFiguresFragment as Figures } from '../__generated__/graphql';
import { ReviewMembershipDocument } from '../__generated__/graphql';
import type { Block, SectionDefinition } from '../review';
import { counted, listed, sentence, versus } from './words';

/**
 * Membership: the associations in Regio Q4 at the end of the year, and the businesses and association
 * members per municipality on that day. The API lists the municipalities in the region-wide answer, so
 * this section is read once.
 */
export const membership: SectionDefinition<Figures> = {
  name: 'membership',
  title: { nl: 'Leden', en: 'Members' },
  restricted: true,
  perMunicipality: false,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewMembershipDocument, { year, municipality });
    return data.annualReview.membership ?? null;
  },

  figures: (f) => [
    { figure: 'associations', value: f.associations.length },
    { figure: 'businesses', value: f.businesses },
    { figure: 'associationMembers', value: f.associationMembers },
    ...f.businessFigures.flatMap((m) => [
      { figure: 'businesses', value: m.businesses, municipality: m.municipality.cbsCode },
      { figure: 'associationMembers', value: m.associationMembers, municipality: m.municipality.cbsCode },
    ]),
  ],

  render(data, { year, lang, format, municipalities, complete, periodEndText }) {
    const inRegion = new Set(municipalities.map((m) => m.code));
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];

    const names = c.associations.map((a) => a.name);
    const before = new Set(p.associations.map((a) => a.name));
    const joined = names.filter((name) => !before.has(name));
    const left = p.associations.map((a) => a.name).filter((name) => !names.includes(name));
    let text = nl
      ? `Op ${periodEndText} waren ${counted(format, names.length, 'ondernemersvereniging', 'ondernemersverenigingen')} ` +
        sentence(`aangesloten bij Regio Q4${names.length > 0 ? `: ${listed(lang, names)}` : ''}`)
      : `On ${periodEndText}, ${counted(format, names.length, 'business association was', 'business associations were')} ` +
        sentence(`members of Regio Q4${names.length > 0 ? `: ${listed(lang, names)}` : ''}`);
    if (joined.length > 0) {
      text += nl
        ? ` ${sentence(`Nieuw erbij sinds eind ${year - 1}: ${listed(lang, joined)}`)}`
        : ` ${sentence(`New since the end of ${year - 1}: ${listed(lang, joined)}`)}`;
    }
    if (left.length > 0) {
      text += nl
        ? ` ${sentence(`Niet meer aangesloten sinds eind ${year - 1}: ${listed(lang, left)}`)}`
        : ` ${sentence(`No longer a member since the end of ${year - 1}: ${listed(lang, left)}`)}`;
    }
    blocks.push({ kind: 'paragraph', text });

    blocks.push({
      kind: 'paragraph',
      text: nl
        ? `${complete ? `Eind ${year}` : `Op ${periodEndText}`} stonden er ${counted(format, c.businesses, 'bedrijf', 'bedrijven')} in het register ` +
          `${versus(format, year, c.businesses, p.businesses)}; ${format.count(c.associationMembers)} daarvan ` +
          `waren lid van een ondernemersvereniging ${versus(format, year, c.associationMembers, p.associationMembers)}.`
        : `${complete ? `At the end of ${year}` : `On ${periodEndText}`}, ${counted(format, c.businesses, 'business was', 'businesses were')} registered ` +
          `${versus(format, year, c.businesses, p.businesses)}; ${format.count(c.associationMembers)} of them were ` +
          `members of a business association ${versus(format, year, c.associationMembers, p.associationMembers)}.`,
    });

    // The table is the region's: businesses registered elsewhere (a supplier in Utrecht, with no association
    // to join) count in the totals above and are named there in one sentence, not as rows of their own.
    const previousByCode = new Map(p.businessFigures.map((m) => [m.municipality.cbsCode, m]));
    const outside = c.businessFigures.filter((m) => !inRegion.has(m.municipality.cbsCode));
    const outsideCount = outside.reduce((sum, m) => sum + m.businesses, 0);
    if (outsideCount > 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Daarvan ${outsideCount === 1 ? 'was' : 'waren'} ${counted(format, outsideCount, 'bedrijf', 'bedrijven')} ` +
            `gevestigd buiten de regio; die tellen mee in het totaal, niet in de tabel per gemeente.`
          : `Of those, ${counted(format, outsideCount, 'business was', 'businesses were')} based outside the ` +
            `region; they count in the total, not in the table per municipality.`,
      });
    }
    const rows = c.businessFigures.filter((m) => inRegion.has(m.municipality.cbsCode));
    if (rows.length > 0) {
      blocks.push({
        kind: 'table',
        head: nl
          ? ['Gemeente', 'Bedrijven', `Leden ${year}`, `Leden ${year - 1}`, 'Verschil']
          : ['Municipality', 'Businesses', `Members ${year}`, `Members ${year - 1}`, 'Change'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: [...rows]
          .sort((a, b) => a.municipality.name.localeCompare(b.municipality.name, format.locale))
          .map((m) => {
            const previous = previousByCode.get(m.municipality.cbsCode)?.associationMembers ?? 0;
            return [
              m.municipality.name,
              format.count(m.businesses),
              format.count(m.associationMembers),
              format.count(previous),
              format.change(m.associationMembers, previous),
            ];
          }),
      });
    }
    return blocks;
  },
};
