import type { DocumentNode, GraphQLSchema } from 'graphql';
import { getOperationAST, getVariableValues, Kind, visit } from 'graphql';
import type { InvalidField } from './kit';
import { AppError, ErrorCode } from './kit';

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
 * Checks what an operation brings with it before the limits count its cost and before anything runs:
 * no NUL byte in any string (PostgreSQL cannot store one in text, and no Dutch name or address holds one),
 * and variables that fit their declared types (a missing required variable, `"abc"` for an `Int`, an
 * `Int` over 2³¹, an unknown enum value or date). Both are the caller's mistake: HTTP 400 with
 * BAD_USER_INPUT, the same for every module and every field, present and future.
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
  const { errors } = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, {
    maxErrors: 20,
  });
  if (errors && errors.length > 0) {
    throw refused(
      errors.map((error) => error.message).join('; '),
      errors.map((error) => ({ path: variablePath(error.message), message: error.message })),
    );
  }
}
