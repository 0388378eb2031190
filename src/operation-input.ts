import type {
  DocumentNode,
  GraphQLArgument,
  GraphQLInputType,
  GraphQLSchema,
  OperationDefinitionNode,
  ValueNode,
} from 'graphql';
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
import { LRUCache } from 'lru-cache';
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

type TextCheck = (
  schema: GraphQLSchema,
  type: GraphQLInputType,
  value: unknown,
  place: InputPlace,
  path: string[],
  found: InvalidField[],
) => void;

/** Every text in `value` longer than its place takes, with its path from the argument, into `found`. */
const checkTexts: TextCheck = (schema, type, value, place, path, found) => {
  if (value == null) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return checkTexts(schema, nullable.ofType, value, place, path, found);
    value.forEach((item, index) =>
      checkTexts(schema, nullable.ofType, item, place, [...path, String(index)], found),
    );
  } else if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const item = (value as Record<string, unknown>)[field.name];
      if (item !== undefined) checkTexts(schema, field.type, item, field, [...path, field.name], found);
    }
  } else if (typeof value === 'string' && takesText(nullable)) {
    const max = maxTextLength(schema, place);
    if (value.length > max) found.push({ path, message: `must be at most ${max} characters` });
  }
};

/** One argument of the operation: its texts too long, found once when its value holds no variable. */
interface ArgumentFacts {
  argument: GraphQLArgument;
  value: ValueNode;
  /** Null when the value holds a variable: then it is checked per request, with that request's variables. */
  tooLong: InvalidField[] | null;
}

/** What the input checks need of one operation of a document, which does not depend on the variables. */
interface OperationFacts {
  /** A string literal of the document holds a NUL byte. */
  inlineNul: boolean;
  operation: OperationDefinitionNode | undefined;
  arguments: ArgumentFacts[];
}

const holdsVariable = (value: ValueNode): boolean => {
  switch (value.kind) {
    case Kind.VARIABLE:
      return true;
    case Kind.LIST:
      return value.values.some(holdsVariable);
    case Kind.OBJECT:
      return value.fields.some((field) => holdsVariable(field.value));
    default:
      return false;
  }
};

function operationFacts(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationFacts {
  let inlineNul = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) inlineNul = true;
    },
  });
  const found = getOperationAST(document, operationName ?? undefined);
  const operation = found && found.kind === Kind.OPERATION_DEFINITION ? found : undefined;
  const args: ArgumentFacts[] = [];
  if (operation) {
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        OperationDefinition: (node) => (node === operation ? undefined : false),
        Argument(node) {
          const argument = typeInfo.getArgument();
          if (argument) {
            let tooLong: InvalidField[] | null = null;
            if (!holdsVariable(node.value)) {
              tooLong = [];
              const value = valueFromAST(node.value, argument.type, {});
              checkTexts(schema, argument.type, value, argument, [argument.name], tooLong);
            }
            args.push({ argument, value: node.value, tooLong });
          }
          return false;
        },
      }),
    );
  }
  return { inlineNul, operation, arguments: args };
}

/** Distinct documents whose facts are kept, as many as operations are kept compiled (executor.ts). */
const MAX_DOCUMENTS = 250;

/**
 * Checks what an operation brings with it before the limits count its cost and before anything runs:
 * no NUL byte in any string (PostgreSQL cannot store one in text, and no Dutch name or address holds one),
 * variables that fit their declared types (a missing required variable, `"abc"` for an `Int`, an
 * `Int` over 2³¹, an unknown enum value or date), and no text longer than its argument or input field
 * takes (`src/text-limits.ts`: what the field's class declares, else 200 characters; a search of
 * thousands of characters kept a database connection busy for seconds). All are the caller's mistake:
 * HTTP 400 with BAD_USER_INPUT, the same for every module and every field, present and future.
 *
 * What depends only on the document (its literals, its arguments without variables) is found once per
 * document and operation and kept with it (Apollo hands back the same parsed document for the same text);
 * the variables are checked on every request.
 */
export function createOperationInputCheck(schema: GraphQLSchema) {
  const cache = new LRUCache<DocumentNode, Map<string, OperationFacts>>({ max: MAX_DOCUMENTS });
  const factsOf = (document: DocumentNode, operationName: string | null | undefined) => {
    let byName = cache.get(document);
    if (!byName) cache.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let facts = byName.get(key);
    if (!facts) byName.set(key, (facts = operationFacts(schema, document, operationName)));
    return facts;
  };

  return (
    document: DocumentNode,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | undefined,
  ): void => {
    const facts = factsOf(document, operationName);
    const found: string[][] = [];
    for (const [name, value] of Object.entries(variables ?? {})) nulPaths(value, [name], found);
    if (found.length > 0 || facts.inlineNul) {
      throw refused(
        'Text must not contain NUL characters (\\u0000)',
        found.map((path) => ({ path, message: 'must not contain NUL characters' })),
      );
    }

    const { operation } = facts;
    if (!operation) return; // Apollo refuses it itself
    let coerced: Record<string, unknown> = {};
    if (operation.variableDefinitions?.length) {
      const checked = getVariableValues(schema, operation.variableDefinitions, variables ?? {}, {
        maxErrors: 20,
      });
      if (checked.errors && checked.errors.length > 0) {
        throw refused(
          untranslated(checked.errors.map((error) => error.message).join('; ')),
          checked.errors.map((error) => ({
            path: variablePath(error.message),
            message: untranslated(error.message),
          })),
        );
      }
      coerced = checked.coerced ?? {};
    }

    const tooLong: InvalidField[] = [];
    for (const { argument, value, tooLong: known } of facts.arguments) {
      if (known) {
        tooLong.push(...known);
      } else {
        // The argument's whole value at once, literals and variables together (already checked for type).
        const argumentValue = valueFromAST(value, argument.type, coerced);
        checkTexts(schema, argument.type, argumentValue, argument, [argument.name], tooLong);
      }
    }
    if (tooLong.length > 0) {
      throw refused(invalidInput(tooLong), tooLong);
    }
  };
}
