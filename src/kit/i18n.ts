import { createInstance } from 'i18next';
import Negotiator from 'negotiator';
import kitDutch from './kit.nl.json';

/**
 * The languages the API speaks to people: Dutch by default, English on `Accept-Language: en`. The code
 * writes English; each module's Dutch catalogue (`<module>.nl.json` beside its code) maps the English
 * sentence to Dutch. A sentence with parts that vary uses `{{name}}` for each part in its key:
 * `"No CPV category has code {{code}}": "Geen CPV-categorie heeft code {{code}}"`. A Dutch value may format
 * a part as an amount (`{{value, euros}}`: `€120,000` → `€ 120.000`) or a day (`{{day, date}}`:
 * `2026-12-06` → `6 december 2026`; `{{at, datetime}}` for an instant).
 */
export type Locale = 'nl' | 'en';

export const DEFAULT_LOCALE: Locale = 'nl';
const LOCALES: Locale[] = ['nl', 'en'];

/** The caller's language from `Accept-Language` (q-values honoured); Dutch when it names neither. */
export function negotiateLocale(acceptLanguage: string | undefined | null): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const [best] = new Negotiator({ headers: { 'accept-language': acceptLanguage } }).languages(LOCALES);
  return (best as Locale | undefined) ?? DEFAULT_LOCALE;
}

/**
 * Marks an English sentence shown to people that is not an error message (an explanation, a reason), so
 * the catalogue check (`src/kit/i18n.spec.ts`) finds it; it is translated where it is sent
 * (`translate(ctx.locale, text)`). Error and user-error messages need no mark: their helpers are scanned.
 */
export const userText = (text: string): string => text;

/** Marks a message passed on in English on purpose (graphql-js's own wording about a variable's type). */
export const untranslated = (text: string): string => text;

export type Catalogue = Record<string, string>;

interface Pattern {
  key: string;
  regex: RegExp;
  names: string[];
  literalLength: number;
}

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const i18n = createInstance();
void i18n.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: false,
  initAsync: false,
  resources: { nl: { translation: {} } },
  // Keys are English sentences: dots and colons in them are text, not paths.
  keySeparator: false,
  nsSeparator: false,
  returnEmptyString: false,
  interpolation: { escapeValue: false },
});

/** `€120,000`, `€39,999.99` or `120000` → `€ 120.000` / `€ 39.999,99`. */
function euros(value: unknown): string {
  const amount = Number(String(value).replace(/[€\s,]/g, ''));
  if (!Number.isFinite(amount)) return String(value);
  const text = amount.toLocaleString('nl-NL', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return text.replace(/\u00a0/g, ' '); // `€ 120.000` with a plain space, as clients compare and print it
}

/** `2026-12-06` → `6 december 2026`; anything else stays as it is. */
function day(value: unknown): string {
  const text = String(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  return new Date(`${text}T00:00:00Z`).toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** `2026-12-06T10:00:00.000Z` → `6 december 2026 om 11:00` (Amsterdam time). */
function instant(value: unknown): string {
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) return String(value);
  const on = date.toLocaleDateString('nl-NL', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  });
  const at = date.toLocaleTimeString('nl-NL', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  });
  return `${on} om ${at}`;
}

i18n.services.formatter?.add('euros', euros);
i18n.services.formatter?.add('date', day);
i18n.services.formatter?.add('datetime', instant);

/** A part's format in Dutch values; gets the part and every part of the sentence (`{{label, cpv}}`). */
export type Formatter = (value: unknown, parts: Record<string, unknown>) => string;

/** Adds a format for a module's sentences (the procurement module's `cpv`: a CPV code's Dutch name). */
export function addFormatter(name: string, format: Formatter): void {
  i18n.services.formatter?.add(
    name,
    (value: unknown, _lng: string | undefined, options: Record<string, unknown>) => format(value, options),
  );
}

let patterns: Pattern[] = [];

/** Adds Dutch translations (a module's catalogue); later catalogues may not redefine a sentence. */
export function addDutch(catalogue: Catalogue): void {
  for (const [key, value] of Object.entries(catalogue)) {
    const known = i18n.getResource('nl', 'translation', key) as string | undefined;
    if (known !== undefined && known !== value) {
      throw new Error(`Two Dutch translations of ${JSON.stringify(key)}`);
    }
    i18n.addResource('nl', 'translation', key, value);
    const names = [...key.matchAll(PLACEHOLDER)].map((match) => match[1]!);
    if (names.length === 0 || known !== undefined) continue;
    const literal = key.split(PLACEHOLDER).filter((_, index) => index % 2 === 0);
    // A part at the very start holds no clause (`: `): else "{{value}} for {{what}} …" would take the
    // "SINGLE_QUOTE is too light: €120,000" of a sentence that quotes an explanation as its part.
    const first = literal[0] === '' ? '((?:(?!: )[\\s\\S])+?)' : '([\\s\\S]+?)';
    const body = literal.slice(1).map(escapeRegex).join('([\\s\\S]+?)');
    patterns.push({
      key,
      regex: new RegExp(`^${escapeRegex(literal[0]!)}${first}${body}$`),
      names,
      literalLength: literal.join('').length,
    });
  }
  // The most specific sentence first: "The request is {{status}}: quotes are closed" before "{{a}}: {{b}}".
  patterns = patterns.sort((a, b) => b.literalLength - a.literalLength);
}
addDutch(kitDutch);

/** The Dutch for an English sentence, or undefined when the catalogues have none. */
function dutch(text: string): string | undefined {
  if (i18n.exists(text)) return i18n.t(text);
  for (const pattern of patterns) {
    const match = pattern.regex.exec(text);
    if (!match) continue;
    // The parts may be sentences of their own ("works", "the EU threshold (…)"): translated too.
    const values = Object.fromEntries(
      pattern.names.map((name, index) => [name, dutch(match[index + 1]!) ?? match[index + 1]]),
    );
    return i18n.t(pattern.key, { ...values, interpolation: { escapeValue: false } });
  }
  return undefined;
}

/** An English sentence for people, in the caller's language (English when no translation is known). */
export function translate(locale: Locale, text: string): string {
  if (locale === 'en') return text;
  return dutch(text) ?? text;
}

/** Whether a sentence has a Dutch translation (for the catalogue check). */
export function hasDutch(text: string): boolean {
  return dutch(text) !== undefined;
}

/** The keys of every catalogue added so far (for the catalogue check). */
export function dutchKeys(): string[] {
  return Object.keys((i18n.getResourceBundle('nl', 'translation') as Catalogue | undefined) ?? {});
}
