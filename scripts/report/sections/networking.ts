import type {
  ReviewNetworkingFiguresFragment as Stats,
  ReviewNextEventFragment as NextEvent,
} from '../__generated__/graphql';
import { ReviewNetworkingDocument } from '../__generated__/graphql';
import { attendanceChart } from '../charts';
import type { Formatter } from '../i18n';
import { amsterdamDay, periodEndOf } from '../i18n';
import type { Block, RenderContext, SectionDefinition } from '../review';
import { chartLocale, counted, figuresFrom, listed, versus, versusShare } from './words';

/** The year's figures, with the first public event after the period (the year's `next`; null if none). */
export type Figures = Stats & { next: NextEvent | null };

/**
 * The event announced after the review's period: "Aangekondigd voor 2018: ... op 15 maart 2018 bij Rabobank
 * Heuvelrug (Utrechtse Heuvelrug), samen met Rabobank Heuvelrug." Only one in the next year.
 */
function announcement(event: NextEvent | null, { year, lang, complete }: RenderContext, format: Formatter) {
  if (event === null) return null;
  const day = amsterdamDay(new Date(event.startsAt));
  if (Number(day.slice(0, 4)) > year + 1) return null;
  const nl = lang === 'nl';
  const partners = event.coHosts.map((h) => h.name);
  const where = `${event.venue.name} (${event.venue.municipality.name})`;
  const lead = complete
    ? nl
      ? `Aangekondigd voor ${year + 1}`
      : `Announced for ${year + 1}`
    : nl
      ? 'De volgende bijeenkomst'
      : 'The next event';
  const text = nl
    ? `${lead}: **${event.title}** op ${format.day(day)} bij ${where}` +
      (partners.length > 0 ? `, samen met ${listed(lang, partners)}.` : '.')
    : `${lead}: **${event.title}** on ${format.day(day)} at ${where}` +
      (partners.length > 0 ? `, together with ${listed(lang, partners)}.` : '.');
  return { kind: 'paragraph' as const, text };
}

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
    const periodEnd = periodEndOf(year);
    // After a whole year: from New Year's midnight in Amsterdam (always winter time, UTC+1). The current
    // year's period ends today: the next event is the first that has not ended yet.
    const after =
      periodEnd === `${year}-12-31` ? `${year + 1}-01-01T00:00:00+01:00` : new Date().toISOString();
    const data = await client.request(ReviewNetworkingDocument, { year, municipality, after });
    const pair = data.annualReview.networking;
    if (!pair) return null;
    return {
      current: { ...pair.current, next: data.next.nodes[0] ?? null },
      previous: { ...pair.previous, next: null },
    };
  },

  figures: (f) => [
    ...figuresFrom(f, [...FIGURES]),
    ...f.months.flatMap((m) => figuresFrom(m, [...FIGURES], `months.${m.month}.`)),
  ],

  render(data, context) {
    const { year, lang, format, nameOf } = context;
    const { current: c, previous: p } = data.region;
    const nl = lang === 'nl';
    const blocks: Block[] = [];
    const announced = announcement(c.next, context, format);
    if (c.eventsHeld === 0) {
      blocks.push({
        kind: 'paragraph',
        text: nl
          ? `In ${year} vonden geen netwerkbijeenkomsten plaats (${year - 1}: ${format.count(p.eventsHeld)}).`
          : `No networking events took place in ${year} (${year - 1}: ${format.count(p.eventsHeld)}).`,
      });
      if (announced) blocks.push(announced);
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
    if (announced) blocks.push(announced);
    return blocks;
  },
};
