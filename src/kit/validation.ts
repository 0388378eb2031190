import type { ValidationError, ValidatorOptions } from 'class-validator';
import { getMetadataStorage as validationMetadata, validate, ValidationTypes } from 'class-validator';
import { getNamedType } from 'graphql';
import type { ValidatorFn } from 'type-graphql';
import { getMetadataStorage } from 'type-graphql';
import type { InvalidField } from './errors';
import { badUserInput } from './errors';
import { userText } from './i18n';

// As type-graphql's own validation: a field left out is not checked (only `@IsDefined`/`@NotNull` are).
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

/** class-validator's wording, in the words a form shows under a field. */
const PLAIN: [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^must be longer than or equal to 1 characters?$/, userText('must not be empty')],
  [/^must be longer than or equal to (\d+) characters$/, (n) => userText(`must be at least ${n} characters`)],
  [/^must be shorter than or equal to (\d+) characters$/, (n) => userText(`must be at most ${n} characters`)],
  [/^must not be greater than (\S+)$/, (n) => userText(`must be at most ${n}`)],
  [/^must not be less than (\S+)$/, (n) => userText(`must be at least ${n}`)],
  [/^must contain no more than (\d+) elements$/, (n) => userText(`must have at most ${n} items`)],
  [/^must contain at least 1 elements$/, userText('must not be empty')],
  [/^must contain at least (\d+) elements$/, (n) => userText(`must have at least ${n} items`)],
  [/^must be an integer number$/, userText('must be a whole number')],
  [/^must be an email$/, userText('must be an e-mail address')],
];

/**
 * The message of a BAD_USER_INPUT with fields: `Invalid input: input.name must be at most 200 characters`.
 * The error formatter builds it again from the translated fields (`src/errors.ts`).
 */
export function invalidInput(
  fields: InvalidField[],
  message = (field: InvalidField) => field.message,
): string {
  const problems = fields.map((field) => `${field.path.join('.')} ${message(field)}`).join('; ');
  return userText(`Invalid input: ${problems}`);
}

/** `name must be shorter than or equal to 200 characters` → `must be at most 200 characters`. */
export function plainMessage(property: string, message: string): string {
  const each = message.startsWith(`each value in ${property} `);
  let text = message.replace(new RegExp(`^(each value in )?${property.replace(/\W/g, '\\$&')} `), '');
  for (const [pattern, replacement] of PLAIN) {
    const match = pattern.exec(text);
    if (match) {
      text = typeof replacement === 'string' ? replacement : replacement(...match.slice(1));
      break;
    }
  }
  return each ? userText(`each value ${text}`) : text;
}

function invalidFields(errors: ValidationError[], path: string[]): InvalidField[] {
  return errors.flatMap((error) => {
    const here = [...path, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      path: here,
      message: plainMessage(error.property, message),
    }));
    return [...own, ...invalidFields(error.children ?? [], here)];
  });
}

/**
 * The root of a validated value's paths: the argument that holds an input object (`["input"]`), or
 * nothing for the arguments of an `@ArgsType` class, whose properties are the arguments themselves
 * (`["first"]`). Paths thus start at the argument, as `userErrors[].field` does.
 */
function argumentRoot(argType: unknown, info: Parameters<ValidatorFn>[2]['info']): string[] {
  const inputType = getMetadataStorage().inputTypes.find((type) => type.target === argType);
  if (!inputType) return [];
  const field = info.parentType.getFields()[info.fieldName];
  const argument = field?.args.find((arg) => getNamedType(arg.type).name === inputType.name);
  return argument ? [argument.name] : [];
}

const isObject = (value: unknown): value is object => value !== null && typeof value === 'object';

/** Per validated class: the properties that have rules, and whether one of them is `@IsDefined`. */
const rulesOf = new WeakMap<object, { properties: string[]; definedRule: boolean }>();

/**
 * Whether `validate(item, OPTIONS)` has nothing to check: every property with a rule is missing (null or
 * undefined), which `skipMissingProperties` skips, and the class has no `@IsDefined` rule (the only one that
 * runs on a missing value). A connection field asked without arguments on every row of a list
 * (`municipalities { businesses { totalCount } }`) then costs no validation: class-validator looks the
 * class's rules up among all classes' on every call.
 */
function nothingToCheck(item: object): boolean {
  const target = item.constructor;
  let rules = rulesOf.get(target);
  if (!rules) {
    // As `validate` looks them up with OPTIONS: no groups, not `always`, not strict.
    const metadata = validationMetadata().getTargetValidationMetadatas(target, '', false, false);
    rules = {
      properties: [...new Set(metadata.map((rule) => rule.propertyName))],
      definedRule: metadata.some((rule) => rule.type === ValidationTypes.IS_DEFINED),
    };
    rulesOf.set(target, rules);
  }
  if (rules.definedRule) return false;
  const values = item as Record<string, unknown>;
  return rules.properties.every((property) => values[property] == null);
}

/**
 * The one validation of arguments (type-graphql's `validateFn`): class-validator's rules, reported as
 * BAD_USER_INPUT whose `fields[].path` starts at the argument and whose messages are plain.
 */
export const validateArgument: ValidatorFn = async (value, argType, { info }) => {
  if (!isObject(value)) return;
  const items = (Array.isArray(value) ? value.filter(isObject) : [value]).filter(
    (item) => !nothingToCheck(item),
  );
  if (items.length === 0) return;
  const errors = (await Promise.all(items.map((item) => validate(item, OPTIONS)))).flat();
  if (errors.length === 0) return;
  const fields = invalidFields(errors, argumentRoot(argType, info));
  throw badUserInput(invalidInput(fields), fields);
};
