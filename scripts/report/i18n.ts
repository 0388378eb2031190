export type Lang = 'nl' | 'en';

/** Number, percentage and change formatting in the reader's language (Dutch: 1.234, 12%, +3). */
export interface Formatter {
  lang: Lang;
  locale: string;
  count(value: number): string;
  /** A share 0..1 as a percentage; `—` for none. */
  share(value: number | null): string;
  /** Euro cents as whole euros: € 1.234.567. */
  euros(cents: number): string;
  /** The change from `previous` to `current`: "+3 (+25%)" or "gelijk"; counts only. */
  change(current: number, previous: number): string;
  month(month: number, style?: 'long' | 'short'): string;
  /** A day (`YYYY-MM-DD`) in words: "15 maart 2018"; without the year: "15 maart". */
  day(day: string, withYear?: boolean): string;
}

/** Today in Amsterdam (`YYYY-MM-DD`): the figures of the platform are by Amsterdam day. */
export function amsterdamDay(at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(at);
}

/** The last day a review of `year` covers when made at `at`: 31 December, or that day for the current year. */
export function periodEndOf(year: number, at: Date = new Date()): string {
  const today = amsterdamDay(at);
  const end = `${year}-12-31`;
  return today < end ? today : end;
}

export function formatter(lang: Lang): Formatter {
  const locale = lang === 'nl' ? 'nl-NL' : 'en-GB';
  const counts = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const signed = new Intl.NumberFormat(locale, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const signedPercent = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
    signDisplay: 'exceptZero',
  });
  const euros = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  });
  const months = {
    long: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }),
  };
  const same = lang === 'nl' ? 'gelijk' : 'unchanged';
  return {
    lang,
    locale,
    count: (value) => counts.format(value),
    share: (value) => (value === null ? '—' : percent.format(value)),
    euros: (cents) => euros.format(Math.round(cents / 100)),
    change(current, previous) {
      if (current === previous) return same;
      const difference = signed.format(current - previous);
      return previous === 0
        ? difference
        : `${difference} (${signedPercent.format((current - previous) / previous)})`;
    },
    month: (month, style = 'long') => months[style].format(new Date(Date.UTC(2000, month - 1, 1))),
    day: (day, withYear = true) =>
      new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        ...(withYear ? { year: 'numeric' } : {}),
        timeZone: 'UTC',
      }).format(new Date(`${day}T00:00:00Z`)),
  };
}

/** The words of the report outside the sections, in both languages. */
export const TEXTS = {
  nl: {
    title: (year: number) => `Terugblik Regio Q4 op ${year}`,
    intro: (year: number, until: string | null) =>
      (until === null
        ? `Dit is de terugblik van Regio Q4 op ${year}, met bij elk onderwerp de cijfers van ${year - 1} ter vergelijking. `
        : `Dit is de terugblik van Regio Q4 op ${year} tot en met ${until}: het jaar is nog niet om. Bij elk ` +
          `onderwerp staan de cijfers van heel ${year - 1} ter vergelijking. `) +
      `Alle cijfers komen rechtstreeks uit het platform van Regio Q4.`,
    signature: (associations: string) =>
      `Het bestuur van Regio Q4, namens de aangesloten ondernemersverenigingen: ${associations}.`,
    region: 'de regio',
    generated: (date: string, source: string) => `Opgesteld op ${date} uit ${source}.`,
    skipped: (sections: string) =>
      `Niet opgenomen (nog niet beschikbaar in deze versie van het platform): ${sections}.`,
    suppressedNote: `${'*'} niet getoond: te klein aantal om te publiceren`,
    figure: 'Cijfer',
    change: 'Verschil',
    municipality: 'Gemeente',
  },
  en: {
    title: (year: number) => `Regio Q4: review of ${year}`,
    intro: (year: number, until: string | null) =>
      (until === null
        ? `This is Regio Q4's review of ${year}, with the figures of ${year - 1} beside each topic for comparison. `
        : `This is Regio Q4's review of ${year} up to and including ${until}: the year is not over yet. Each ` +
          `topic has the figures of the whole of ${year - 1} beside it for comparison. `) +
      `All figures come straight from the Regio Q4 platform.`,
    signature: (associations: string) =>
      `The board of Regio Q4, on behalf of its member associations: ${associations}.`,
    region: 'the region',
    generated: (date: string, source: string) => `Compiled on ${date} from ${source}.`,
    skipped: (sections: string) =>
      `Not included (not yet available in this version of the platform): ${sections}.`,
    suppressedNote: `${'*'} not shown: too small a number to publish`,
    figure: 'Figure',
    change: 'Change',
    municipality: 'Municipality',
  },
} as const;

export type Texts = (typeof TEXTS)[Lang];
