import { Kind } from 'graphql';
import { EuroCentsScalar } from './scalars';

describe('EuroCents', () => {
  test('takes and gives whole cents beyond the 32-bit range as JSON numbers', () => {
    const thirtyMillionEuros = 3_000_000_000;
    expect(EuroCentsScalar.parseValue(thirtyMillionEuros)).toBe(thirtyMillionEuros);
    expect(EuroCentsScalar.parseLiteral({ kind: Kind.INT, value: '3000000000' })).toBe(thirtyMillionEuros);
    // pg hands bigint columns over as strings when no transformer ran: still a number on the way out
    expect(EuroCentsScalar.serialize('3000000000')).toBe(thirtyMillionEuros);
    expect(EuroCentsScalar.parseValue(0)).toBe(0);
  });

  test.each([[-1], [1.5], ['100'], [Number.MAX_SAFE_INTEGER + 1], [null]])('refuses %p', (value) => {
    expect(() => EuroCentsScalar.parseValue(value)).toThrow(/non-negative whole number of cents/);
  });

  test('refuses a literal that is not an integer', () => {
    expect(() => EuroCentsScalar.parseLiteral({ kind: Kind.FLOAT, value: '1.5' })).toThrow(/whole number/);
    expect(() => EuroCentsScalar.parseLiteral({ kind: Kind.INT, value: '9007199254740993' })).toThrow(
      /non-negative/,
    );
  });
});
