import type { ReviewProcurementFiguresFragment as Figures } from '../__generated__/graphql';
import { ReviewProcurementDocument } from '../__generated__/graphql';
import { regionalShareChart } from '../charts';
import type { Block, SectionDefinition } from '../review';
import { chartLocale, counted, figuresFrom, versus, versusShare } from './words';

/** Regional procurement: what the municipalities bought and how much of it went to suppliers of the region. */
export const procurement: SectionDefinition<Figures> = {
  name: 'procurement',
  title: { nl: 'Regionale inkoop', en: 'Regional procurement' },
  restricted: false,
  perMunicipality: true,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewProcurementDocument, { year, municipality });
    return data.annualReview.procurement;
  },

  figures: (f) => [
    ...figuresFrom(f, [
      'requests',
      'awards',
      'awardedValue',
      'invitations',
      'suppliersInvited',
      'regionalValueShare',
      'regionalAwardShare',
      'localValueShare',
      'localAwardShare',
      'topDecileInvitationShare',
    ]),
    ...f.divisions.flatMap((d) => figuresFrom(d, ['awards', 'awardedValue'], `divisions.${d.division}.`)),
  ],

  render(data, { year, lang, format, nameOf }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];

    const worth =
      c.awards === 0
        ? '.'
        : nl
          ? `, samen goed voor **${format.euros(c.awardedValue)}** (${year - 1}: ${format.euros(p.awardedValue)}).`
          : `, worth **${format.euros(c.awardedValue)}** in all (${year - 1}: ${format.euros(p.awardedValue)}).`;
    // No request in the year nor the year before: the database was not in use yet (in 2017 it was still being
    // designed); saying "no requests through the database" would suggest it was there and unused.
    if (c.requests === 0 && p.requests === 0 && c.awards === 0 && p.awards === 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `De regionale inkoopdatabase was in ${year} nog niet in gebruik: er gingen nog geen inkoopaanvragen ` +
            `doorheen en er werden nog geen opdrachten via gegund.`
          : `The regional procurement database was not yet in use in ${year}: no requests went through it and ` +
            `no contracts were awarded through it yet.`,
      });
      return blocks;
    }
    blocks.push({
      kind: 'paragraph',
      text: nl
        ? `De gemeenten zetten in ${year} ${counted(format, c.requests, 'inkoopaanvraag', 'inkoopaanvragen')} uit ` +
          `via de regionale inkoopdatabase ${versus(format, year, c.requests, p.requests)} en gunden ` +
          `${counted(format, c.awards, 'opdracht', 'opdrachten')} ${versus(format, year, c.awards, p.awards)}${worth}`
        : `In ${year} the municipalities put out ${counted(format, c.requests, 'request', 'requests')} through the ` +
          `regional procurement database ${versus(format, year, c.requests, p.requests)} and made ` +
          `${counted(format, c.awards, 'award', 'awards')} ${versus(format, year, c.awards, p.awards)}${worth}`,
    });
    if (c.awards > 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Van de gegunde waarde ging **${format.share(c.regionalValueShare)}** naar ondernemers uit de regio ` +
            `${versusShare(format, year, c.regionalValueShare, p.regionalValueShare)}, en ` +
            `${format.share(c.localValueShare)} naar ondernemers uit de gemeente die de opdracht gaf.`
          : `Of the awarded value, **${format.share(c.regionalValueShare)}** went to businesses of the region ` +
            `${versusShare(format, year, c.regionalValueShare, p.regionalValueShare)}, and ` +
            `${format.share(c.localValueShare)} to businesses of the municipality that bought.`,
      });
    }
    if (c.invitations > 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Ambtenaren nodigden ${counted(format, c.suppliersInvited, 'leverancier', 'verschillende leveranciers')} ` +
            `uit voor een offerte, ${counted(format, c.invitations, 'uitnodiging', 'uitnodigingen')} in totaal ` +
            `${versus(format, year, c.invitations, p.invitations)}. De tien procent meest uitgenodigde ` +
            `leveranciers kregen ${format.share(c.topDecileInvitationShare)} van de uitnodigingen: hoe lager, ` +
            `hoe eerlijker de uitnodigingen over de regio verdeeld zijn.`
          : `Civil servants asked ${counted(format, c.suppliersInvited, 'supplier', 'different suppliers')} for a ` +
            `quote, ${counted(format, c.invitations, 'invitation', 'invitations')} in all ` +
            `${versus(format, year, c.invitations, p.invitations)}. The most-invited tenth of the suppliers ` +
            `received ${format.share(c.topDecileInvitationShare)} of the invitations: the lower, the fairer ` +
            `the invitations are spread over the region.`,
      });
    }

    // A year pair without any request (before the database was in use) has nothing to tabulate or draw.
    const codes = c.requests + p.requests + c.awards + p.awards > 0 ? [...data.byMunicipality.keys()] : [];
    if (codes.length > 0) {
      blocks.push({
        kind: 'table',
        head: nl
          ? [
              'Gemeente',
              'Aanvragen',
              'Gunningen',
              'Gegunde waarde',
              `Regionaal ${year}`,
              `Regionaal ${year - 1}`,
            ]
          : [
              'Municipality',
              'Requests',
              'Awards',
              'Awarded value',
              `Regional ${year}`,
              `Regional ${year - 1}`,
            ],
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        rows: codes.map((code) => {
          const { current, previous } = data.byMunicipality.get(code)!;
          return [
            nameOf(code),
            format.count(current.requests),
            format.count(current.awards),
            format.euros(current.awardedValue),
            format.share(current.regionalValueShare),
            format.share(previous.regionalValueShare),
          ];
        }),
      });
    }
    if (codes.length > 0 && c.awards + p.awards > 0) {
      const title = nl
        ? 'Aandeel van de gegunde waarde naar ondernemers uit de regio, per gemeente'
        : 'Share of the awarded value won by businesses of the region, per municipality';
      blocks.push({
        kind: 'chart',
        name: 'regional-share',
        title,
        svg: regionalShareChart(
          title,
          {
            municipalities: codes.map(nameOf),
            years: [
              {
                name: String(year),
                values: codes.map((code) => data.byMunicipality.get(code)!.current.regionalValueShare),
              },
              {
                name: String(year - 1),
                values: codes.map((code) => data.byMunicipality.get(code)!.previous.regionalValueShare),
              },
            ],
          },
          chartLocale(format),
        ),
      });
    }
    return blocks;
  },
};
