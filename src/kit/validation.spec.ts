import 'reflect-metadata';
import { Max, MaxLength, Min, ValidateNested } from 'class-validator';
import type { ValidatorFn } from 'type-graphql';
import { AppError, ErrorCode } from './errors';
import { validateArgument } from './validation';
import { NotNull } from './validators';

// Classes of these tests only: not GraphQL types, so an error's paths start at their properties.
class Page {
  @Min(1)
  @Max(100)
  first?: number;

  @MaxLength(5)
  after?: string;
}

class Update {
  @NotNull()
  @MaxLength(3)
  name?: string | null;
}

class Outer {
  @ValidateNested()
  page?: Page;
}

const info = {} as Parameters<ValidatorFn>[2]['info'];
const validated = async (value: unknown, type: new () => object) =>
  validateArgument(value, type, { info } as Parameters<ValidatorFn>[2]);
const check = (value: object, type: new () => object) => validated(Object.assign(new type(), value), type);

const refusal = async (value: object, type: new () => object) => {
  const error = await check(value, type).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

test('arguments left out are not checked; given ones are', async () => {
  await expect(check({}, Page)).resolves.toBeUndefined();
  await expect(check({ first: undefined, after: null }, Page)).resolves.toBeUndefined();
  await expect(check({ first: 100 }, Page)).resolves.toBeUndefined();
  const error = await refusal({ first: 0 }, Page);
  expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(error.message).toBe('Invalid input: first must be at least 1');
  // One value given among missing ones is checked like any other.
  expect((await refusal({ after: 'zeslang' }, Page)).message).toBe(
    'Invalid input: after must be at most 5 characters',
  );
});

test('a rule that runs on a missing value (@IsDefined, as NotNull declares) still runs when all are missing', async () => {
  await expect(check({}, Update)).resolves.toBeUndefined();
  const error = await refusal({ name: null }, Update);
  expect(error.extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
  expect(error.message).toContain('name must not be null');
});

test('nested values and lists of inputs are checked', async () => {
  await expect(check({}, Outer)).resolves.toBeUndefined();
  expect((await refusal({ page: Object.assign(new Page(), { first: 101 }) }, Outer)).message).toBe(
    'Invalid input: page.first must be at most 100',
  );
  const list = [new Page(), Object.assign(new Page(), { first: 0 })];
  const error = await validated(list, Page).then(
    () => undefined,
    (thrown: unknown) => thrown as AppError,
  );
  expect(error?.message).toBe('Invalid input: first must be at least 1');
});
