import type { Formatter, Lang } from '../i18n';
import type { ChartLocale } from '../charts';
import { TEXTS } from '../i18n';
import type { FigureValue } from '../review';

/** "1 opdracht", "3 opdrachten", "geen opdrachten": a count with the noun in the number it needs. */
export function counted(format: Formatter, value: number, one: string, many: string): string {
  if (value === 0) return `${format.lang === 'nl' ? 'geen' : 'no'} ${many}`;
  return `${format.count(value)} ${value === 1 ? one : many}`;
}

/** "Zeist, De Bilt en Bunnik" / "Zeist, De Bilt and Bunnik". */
export function listed(lang: Lang, items: string[]): string {
  return new Intl.ListFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'long',
    type: 'conjunction',
  }).format(items);
}

/**
 * The change against the year before, after a count in the text: "(5 meer dan in 2017)",
 * "(3 fewer than in 2017)", "(evenveel als in 2017)".
 */
export function versus(format: Formatter, year: number, current: number, previous: number): string {
  const difference = Math.abs(current - previous);
  const nl = format.lang === 'nl';
  if (current === 0 && previous === 0) return nl ? `(net als in ${year - 1})` : `(as in ${year - 1})`;
  if (difference === 0) return nl ? `(evenveel als in ${year - 1})` : `(as many as in ${year - 1})`;
  const more = current > previous;
  return nl
    ? `(${format.count(difference)} ${more ? 'meer' : 'minder'} dan in ${year - 1})`
    : `(${format.count(difference)} ${more ? 'more' : 'fewer'} than in ${year - 1})`;
}

/** The same for a share, in percentage points: "(14 procentpunt meer dan in 2017)", "(2017: geen)". */
export function versusShare(
  format: Formatter,
  year: number,
  current: number | null,
  previous: number | null,
): string {
  const nl = format.lang === 'nl';
  if (current === null || previous === null) return `(${year - 1}: ${format.share(previous)})`;
  const points = Math.round(Math.abs(current - previous) * 100);
  if (points === 0) return nl ? `(net als in ${year - 1})` : `(as in ${year - 1})`;
  const more = current > previous;
  return nl
    ? `(${format.count(points)} procentpunt ${more ? 'meer' : 'minder'} dan in ${year - 1})`
    : `(${format.count(points)} percentage point${points === 1 ? '' : 's'} ${more ? 'more' : 'less'} than in ${year - 1})`;
}

/** Ends a sentence with a full stop unless it already ends in one (a name such as "Onderneemt!"). */
export function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

export function chartLocale(format: Formatter): ChartLocale {
  return { locale: format.locale, suppressedNote: TEXTS[format.lang].suppressedNote };
}

/** The named numeric fields of a figures object as raw figures, in the order given. */
export function figuresFrom<F extends object>(
  figures: F,
  names: (keyof F & string)[],
  prefix = '',
): FigureValue[] {
  return names.map((name) => ({ figure: `${prefix}${name}`, value: figures[name] as number | null }));
}
