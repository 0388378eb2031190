import { join } from 'node:path';
import { translate } from '../../src/kit';
import kitDutch from '../../src/kit/kit.nl.json';
import { modules } from '../../src/modules';
import { scanMessages } from '../support/messages';

/**
 * Every English sentence the code shows to people has a Dutch translation in the catalogue beside it
 * (`src/modules/<module>/<module>.nl.json`, or `src/kit/kit.nl.json` for the kit, the HTTP layer and the
 * server). A developer who adds a message in English sees this test fail with the key to add.
 */
const root = join(__dirname, '..', '..');
const scan = scanMessages(root, ['src']);

const catalogues: Record<string, Record<string, string>> = {
  kit: kitDutch,
  ...Object.fromEntries(modules.map((module) => [module.name, module.dutch ?? {}])),
};
/** `src/modules/social-enterprise/…` → `socialEnterprise`; everything outside the modules → `kit`. */
const ownerOf = (where: string) => {
  const folder = /^src\/modules\/([\w-]+)\//.exec(where)?.[1];
  return folder ? folder.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) : 'kit';
};
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g)].map((match) => match[1]).sort();

describe('the Dutch catalogues', () => {
  it('find the messages of every module and of the kit', () => {
    // the scan must see the code: at least the messages known today
    expect(scan.messages.length).toBeGreaterThan(200);
    expect(new Set(scan.messages.map((m) => ownerOf(m.where)))).toEqual(
      new Set(['kit', ...modules.map((m) => m.name)]),
    );
  });

  it('follow every message to its text', () => {
    // A message in a variable the scan cannot follow: pass the text itself, or mark it with userText().
    expect(scan.unresolved).toEqual([]);
  });

  it('translate every message, in the catalogue beside its code', () => {
    const missing = scan.messages
      .filter((m) => catalogues[ownerOf(m.where)]?.[m.key] === undefined)
      .map((m) => `${ownerOf(m.where)}.nl.json needs ${JSON.stringify(m.key)} (${m.where})`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('give each sentence with parts enough words of its own to be recognised', () => {
    // `{{a}} {{b}}` would match any sentence of two words
    const vague = Object.values(catalogues)
      .flatMap((catalogue) => Object.keys(catalogue))
      .filter(
        (key) => key.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/\W/g, '').length < 4 && key.includes('{{'),
      );
    expect(vague).toEqual([]);
  });

  it('keep the parts of each sentence', () => {
    const wrong = Object.values(catalogues)
      .flatMap((catalogue) => Object.entries(catalogue))
      .filter(([key, value]) => placeholders(key).join() !== placeholders(value).join())
      .map(([key, value]) => `${key} → ${value}`);
    expect(wrong).toEqual([]);
  });

  it('hold no sentence the code no longer has', () => {
    const used = new Set(scan.messages.map((m) => `${ownerOf(m.where)}\u0000${m.key}`));
    const stale = Object.entries(catalogues).flatMap(([owner, catalogue]) =>
      Object.keys(catalogue)
        .filter((key) => !used.has(`${owner}\u0000${key}`))
        .map((key) => `${owner}: ${key}`),
    );
    expect(stale).toEqual([]);
  });
});

describe('translate', () => {
  it('finds the sentence with its parts and formats amounts and days the Dutch way', () => {
    expect(translate('nl', 'No such party')).toBe('Onbekende partij');
    expect(translate('nl', 'No CPV category has code 99999999')).toBe(
      'Er is geen CPV-categorie met code 99999999',
    );
    expect(
      translate(
        'nl',
        '€120,000 for works on 2026-12-06 is below the lowest threshold in force, the municipal threshold ' +
          '(Inkoopbeleid Zeist 2024) of €150,000 for MULTIPLE_QUOTES: a single quote is enough.',
      ),
    ).toBe(
      '€ 120.000 voor werken op 6 december 2026 ligt onder de laagste drempel die geldt, de gemeentelijke ' +
        'drempel (Inkoopbeleid Zeist 2024) van € 150.000 voor MULTIPLE_QUOTES: één offerte is genoeg.',
    );
  });

  it('translates the parts of a sentence that are sentences themselves', () => {
    expect(
      translate(
        'nl',
        'SINGLE_QUOTE is too light: €120,000 for works on 2026-12-06 reaches the municipal threshold ' +
          '(Inkoopbeleid Zeist 2024) of €50,000 (in force 2024-01-01 to now): at least MULTIPLE_QUOTES.',
      ),
    ).toBe(
      'SINGLE_QUOTE is te licht: € 120.000 voor werken op 6 december 2026 bereikt de gemeentelijke drempel ' +
        '(Inkoopbeleid Zeist 2024) van € 50.000 (geldig van 1 januari 2024 tot nu): minstens MULTIPLE_QUOTES.',
    );
    expect(translate('nl', 'Quotes were due by 2026-12-06T10:00:00.000Z')).toBe(
      'Offertes moesten uiterlijk 6 december 2026 om 11:00 binnen zijn',
    );
  });

  it('leaves English as it is, and a sentence it does not know', () => {
    expect(translate('en', 'No such party')).toBe('No such party');
    expect(translate('nl', 'Something new')).toBe('Something new');
  });
});
