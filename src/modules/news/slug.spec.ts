import { slugOf } from './slug';

describe('slugOf', () => {
  test('lower case, diacritics folded, Dutch rules', () => {
    expect(slugOf('Café Ærø — één', 'x')).toBe('cafe-aero-een');
    expect(slugOf('Zeist & De Bilt', 'x')).toBe('zeist-en-de-bilt');
  });

  test('the fallback when nothing is left of the text', () => {
    expect(slugOf('—!?', 'artikel')).toBe('artikel');
  });

  test('at most 180 characters, without a dash at the end', () => {
    const slug = slugOf(`${'a'.repeat(179)} b`, 'x');
    expect(slug).toBe('a'.repeat(179));
  });
});
