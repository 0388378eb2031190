import type { ReviewNetworkingFiguresFragment as Figures } from '../__generated__/graphql';
import { ReviewNetworkingDocument } from '../__generated__/graphql';
import { attendanceChart } from '../charts';
import type { Block, SectionDefinition } from '../review';
import { chartLocale, counted, figuresFrom, versus, versusShare } from './words';

const FIGURES = [
  'eventsHeld',
  'registrations',
  'confirmed',
  'checkedIn',
  'checkInRate',
  'confirmedWithVerifiedBusiness',
  'fromOtherMunicipalities',
  'shareFromOtherMunicipalities',
] as const;

/** Networking events: how many, who came, and how many came from another municipality than the venue's. */
export const networking: SectionDefinition<Figures> = {
  name: 'networking',
  title: { nl: 'Netwerkactiviteit', en: 'Networking' },
  restricted: true,
  perMunicipality: true,

  async fetch(client, year, municipality) {
    const data = await client.request(ReviewNetworkingDocument, { year, municipality });
    return data.annualReview.networking ?? null;
  },

  figures: (f) => [
    ...figuresFrom(f, [...FIGURES]),
    ...f.months.flatMap((m) => figuresFrom(m, [...FIGURES], `months.${m.month}.`)),
  ],

  render(data, { year, lang, format, nameOf }) {
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    if (c.eventsHeld === 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `In ${year} vonden geen netwerkbijeenkomsten plaats (${year - 1}: ${format.count(p.eventsHeld)}).`
          : `No networking events took place in ${year} (${year - 1}: ${format.count(p.eventsHeld)}).`,
      });
      return blocks;
    }
    blocks.push({
      kind: 'paragraph',
      text: nl
        ? `In ${year} vonden ${counted(format, c.eventsHeld, 'netwerkbijeenkomst', 'netwerkbijeenkomsten')} plaats ` +
          `${versus(format, year, c.eventsHeld, p.eventsHeld)}. Er waren ` +
          `${counted(format, c.confirmed, 'bevestigde aanmelding', 'bevestigde aanmeldingen')} ` +
          `${versus(format, year, c.confirmed, p.confirmed)}, en ${format.count(c.checkedIn)} deelnemers ` +
          `kwamen ook echt (${format.share(c.checkInRate)}).`
        : `${counted(format, c.eventsHeld, 'networking event', 'networking events')} took place in ${year} ` +
          `${versus(format, year, c.eventsHeld, p.eventsHeld)}, with ` +
          `${counted(format, c.confirmed, 'confirmed registration', 'confirmed registrations')} ` +
          `${versus(format, year, c.confirmed, p.confirmed)}; ${format.count(c.checkedIn)} attendees ` +
          `actually came (${format.share(c.checkInRate)}).`,
    });
    if (c.confirmedWithVerifiedBusiness > 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `Van de deelnemers die namens een geverifieerd bedrijf kwamen, had **${format.share(c.shareFromOtherMunicipalities)}** ` +
            `een bedrijf in een andere gemeente dan waar de bijeenkomst was ` +
            `${versusShare(format, year, c.shareFromOtherMunicipalities, p.shareFromOtherMunicipalities)}: ` +
            `zo zien we hoe ver ondernemers over de gemeentegrenzen heen netwerken.`
          : `Of the attendees who came for a verified business, **${format.share(c.shareFromOtherMunicipalities)}** ` +
            `came from another municipality than the venue's ` +
            `${versusShare(format, year, c.shareFromOtherMunicipalities, p.shareFromOtherMunicipalities)}: ` +
            `a measure of how far businesses network across municipal borders.`,
      });
    }

    const codes = [...data.byMunicipality.keys()];
    if (codes.length > 0) {
      blocks.push({
        kind: 'table',
        head: nl
          ? ['Gemeente (locatie)', 'Bijeenkomsten', 'Bevestigd', 'Aanwezig', 'Uit andere gemeente']
          : ['Municipality (venue)', 'Events', 'Confirmed', 'Attended', 'From elsewhere'],
        align: ['left', 'right', 'right', 'right', 'right'],
        rows: codes.map((code) => {
          const m = data.byMunicipality.get(code)!.current;
          return [
            nameOf(code),
            format.count(m.eventsHeld),
            format.count(m.confirmed),
            format.count(m.checkedIn),
            format.share(m.shareFromOtherMunicipalities),
          ];
        }),
      });
    }

    const title = nl
      ? `Deelname aan bijeenkomsten per maand in ${year}, met het aandeel uit een andere gemeente`
      : `Event attendance per month in ${year}, with the share from other municipalities`;
    blocks.push({
      kind: 'chart',
      name: 'attendance',
      title,
      svg: attendanceChart(
        title,
        {
          months: c.months.map((m) => format.month(m.month, 'short')),
          counts: [
            { name: nl ? 'Bevestigd' : 'Confirmed', values: c.months.map((m) => m.confirmed) },
            { name: nl ? 'Aanwezig' : 'Attended', values: c.months.map((m) => m.checkedIn) },
          ],
          fromOtherMunicipalities: {
            name: nl ? 'Aandeel uit andere gemeente' : 'Share from other municipalities',
            values: c.months.map((m) => m.shareFromOtherMunicipalities),
          },
        },
        chartLocale(format),
      ),
    });
    return blocks;
  },
};
