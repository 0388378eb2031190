import type { DocumentNode, GraphQLInputType, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import {
  getNullableType,
  getOperationAST,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { InvalidField } from './kit';
import { AppError, ErrorCode, invalidInput, untranslated } from './kit';
import type { InputPlace } from './text-limits';
import { maxTextLength, takesText } from './text-limits';

const NUL = '\u0000';

const refused = (message: string, fields: InvalidField[]) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { fields }, 400);

/** Paths (from the variable's name) of every string that holds a NUL byte, in a variable's JSON value. */
function nulPaths(value: unknown, path: string[], found: string[][]): void {
  if (typeof value === 'string') {
    if (value.includes(NUL)) found.push(path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => nulPaths(item, [...path, String(index)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, [...path, key], found);
  }
}

/** `Variable "$input" got invalid value … at "input.labelIds[0]"` → `["input", "labelIds", "0"]`. */
function variablePath(message: string): string[] {
  const at = /\bat "([^"]+)"/.exec(message)?.[1] ?? /^Variable "\$(\w+)"/.exec(message)?.[1];
  if (!at) return [];
  return at.replace(/\[(\d+)\]/g, '.$1').split('.');
}

/**
 * Every text in the operation's arguments (inline or from variables) longer than its place takes, with its
 * path from the argument (`["filter", "search"]`, `["input", "topics", "2"]`), as validation names fields.
 */
function tooLongTexts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): InvalidField[] {
  const found: InvalidField[] = [];
  const check = (type: GraphQLInputType, value: unknown, place: InputPlace, path: string[]): void => {
    if (value == null) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (!Array.isArray(value)) return check(nullable.ofType, value, place, path);
      value.forEach((item, index) => check(nullable.ofType, item, place, [...path, String(index)]));
    } else if (isInputObjectType(nullable)) {
      for (const field of Object.values(nullable.getFields())) {
        const item = (value as Record<string, unknown>)[field.name];
        if (item !== undefined) check(field.type, item, field, [...path, field.name]);
      }
    } else if (typeof value === 'string' && takesText(nullable)) {
      const max = maxTextLength(schema, place);
      if (value.length > max) found.push({ path, message: `must be at most ${max} characters` });
    }
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Argument(node) {
        const argument = typeInfo.getArgument();
        // The argument's whole value at once, literals and variables together (already checked for type).
        if (argument)
          check(argument.type, valueFromAST(node.value, argument.type, variables), argument, [argument.name]);
        return false;
      },
    }),
  );
  return found;
}

/**
 * Checks what an operation brings with it before the limits count its cost and before anything runs:
 * no NUL byte in any string (PostgreSQL cannot store one in text, and no Dutch name or address holds one),
 * variables that fit their declared types (a missing required variable, `"abc"` for an `Int`, an
 * `Int` over 2³¹, an unknown enum value or date), and no text longer than its argument or input field
 * takes (`src/text-limits.ts`: what the field's class declares, else 200 characters; a search of
 * thousands of characters kept a database connection busy for seconds). All are the caller's mistake:
 * HTTP 400 with BAD_USER_INPUT, the same for every module and every field, present and future.
 */
export function checkOperationInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): void {
  const found: string[][] = [];
  for (const [name, value] of Object.entries(variables ?? {})) nulPaths(value, [name], found);
  let inline = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) inline = true;
    },
  });
  if (found.length > 0 || inline) {
    throw refused(
      'Text must not contain NUL characters (\\u0000)',
      found.map((path) => ({ path, message: 'must not contain NUL characters' })),
    );
  }

  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return; // Apollo refuses it itself
  const { errors, coerced } = getVariableValues(
    schema,
    operation.variableDefinitions ?? [],
    variables ?? {},
    {
      maxErrors: 20,
    },
  );
  if (errors && errors.length > 0) {
    throw refused(
      untranslated(errors.map((error) => error.message).join('; ')),
      errors.map((error) => ({ path: variablePath(error.message), message: untranslated(error.message) })),
    );
  }

  const tooLong = tooLongTexts(schema, document, operation, coerced ?? {});
  if (tooLong.length > 0) {
    throw refused(invalidInput(tooLong), tooLong);
  }
}
