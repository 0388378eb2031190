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

  render(data, { year, lang, format, municipalities }) {
    const inRegion = new Set(municipalities.map((m) => m.code));
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];

    const names = c.associations.map((a) => a.name);
    const before = new Set(p.associations.map((a) => a.name));
    const joined = names.filter((name) => !before.has(name));
    const left = p.associations.map((a) => a.name).filter((name) => !names.includes(name));
    let text = nl
      ? `Op 31 december ${year} waren ${counted(format, names.length, 'ondernemersvereniging', 'ondernemersverenigingen')} ` +
        sentence(`aangesloten bij Regio Q4${names.length > 0 ? `: ${listed(lang, names)}` : ''}`)
      : `On 31 December ${year}, ${counted(format, names.length, 'business association was', 'business associations were')} ` +
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
        ? `Eind ${year} stonden er ${counted(format, c.businesses, 'bedrijf', 'bedrijven')} in het register ` +
          `${versus(format, year, c.businesses, p.businesses)}; ${format.count(c.associationMembers)} daarvan ` +
          `waren lid van een ondernemersvereniging ${versus(format, year, c.associationMembers, p.associationMembers)}.`
        : `At the end of ${year}, ${counted(format, c.businesses, 'business was', 'businesses were')} registered ` +
          `${versus(format, year, c.businesses, p.businesses)}; ${format.count(c.associationMembers)} of them were ` +
          `members of a business association ${versus(format, year, c.associationMembers, p.associationMembers)}.`,
    });

    const previousByCode = new Map(p.businessFigures.map((m) => [m.municipality.cbsCode, m]));
    if (c.businessFigures.length > 0) {
      blocks.push({
        kind: 'table',
        head: nl
          ? ['Gemeente', 'Bedrijven', `Leden ${year}`, `Leden ${year - 1}`, 'Verschil']
          : ['Municipality', 'Businesses', `Members ${year}`, `Members ${year - 1}`, 'Change'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: [...c.businessFigures]
          // The region's municipalities first, then those of businesses registered elsewhere.
          .sort(
            (a, b) =>
              Number(!inRegion.has(a.municipality.cbsCode)) - Number(!inRegion.has(b.municipality.cbsCode)) ||
              a.municipality.name.localeCompare(b.municipality.name, format.locale),
          )
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
