import type { ValidationOptions } from 'class-validator';
import { IsDefined, IsUrl, Matches, MaxLength, ValidateIf } from 'class-validator';
import { badUserInput } from './errors';

/** KvK (Chamber of Commerce) number: exactly 8 digits. */
export const KVK_NUMBER = /^\d{8}$/;
/** Dutch postcode, 4 digits (no leading 0) and 2 letters; SA, SD and SS are never issued. */
export const POSTCODE = /^[1-9]\d{3} ?(?!sa|sd|ss)[a-z]{2}$/i;
/** CBS municipality code, e.g. GM0355 (Zeist). */
export const CBS_CODE = /^GM\d{4}$/;
/** SBI activity code (Dutch SIC): 2 to 5 digits. */
export const SBI_CODE = /^\d{2,5}$/;

/**
 * A CBS code given as a plain argument (figures, lookups): returned as it is when well-formed or absent,
 * BAD_USER_INPUT on the argument otherwise. Input types use `@IsCbsCode()` instead.
 */
export function checkCbsCode<T extends string | null | undefined>(code: T, argument = 'municipality'): T {
  if (code && !CBS_CODE.test(code)) {
    throw badUserInput(`${argument} must be a CBS municipality code like GM0355`, [
      { path: [argument], message: 'must be a CBS code like GM0355' },
    ]);
  }
  return code;
}

export const IsKvkNumber = (options?: ValidationOptions) =>
  Matches(KVK_NUMBER, { message: '$property must be a KvK number of 8 digits', ...options });

export const IsPostcode = (options?: ValidationOptions) =>
  Matches(POSTCODE, { message: '$property must be a Dutch postcode like 3701 AB', ...options });

export const IsCbsCode = (options?: ValidationOptions) =>
  Matches(CBS_CODE, { message: '$property must be a CBS municipality code like GM0355', ...options });

export const IsSbiCode = (options?: ValidationOptions) =>
  Matches(SBI_CODE, { message: '$property must hold SBI codes of 2 to 5 digits', each: true, ...options });

/** `3701ab` and `3701 ab` become `3701 AB`. */
export function normalizePostcode(postcode: string): string {
  const compact = postcode.replace(/\s+/g, '').toUpperCase();
  return `${compact.slice(0, 4)} ${compact.slice(4)}`;
}

/** A website: an http(s) URL of at most 300 characters. */
export const IsWebsite = (): PropertyDecorator => (target, property) => {
  IsUrl(
    { require_protocol: true, protocols: ['http', 'https'] },
    { message: '$property must be an http(s) URL' },
  )(target, property);
  MaxLength(300)(target, property);
};

/** CPV code: 8 digits, optionally with its check digit (`45442100` or `45442100-8`). */
export const CPV_CODE = /^\d{8}(-\d)?$/;

export const IsCpvCode = (options?: ValidationOptions) =>
  Matches(CPV_CODE, {
    message: '$property must be a CPV code of 8 digits, optionally with its check digit (45442100-8)',
    ...options,
  });

/** The 8 digits of a CPV code, without the check digit. */
export const cpvDigits = (code: string) => code.slice(0, 8);

/**
 * For a field of an update input whose column is NOT NULL: it may be left out (it stays as it is) but not
 * set to null. Use it instead of `@IsOptional()`, which would let null through to the database. The other
 * rules of the field run only when a value is given.
 */
export const NotNull = (): PropertyDecorator => (target, property) => {
  ValidateIf((_object, value) => value !== undefined)(target, property);
  IsDefined({ message: 'must not be null; leave it out to keep it as it is' })(target, property);
};
