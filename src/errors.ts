import type { FieldNode, GraphQLFormattedError, ValueNode } from 'graphql';
import { GraphQLError, Kind } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { QueryFailedError } from 'typeorm';
import type { InvalidField, Locale } from './kit';
import { DEFAULT_LOCALE, ErrorCode, invalidIdOf, invalidInput, translate } from './kit';
import { isDataException, isDatabaseUnavailable } from './http/errors';
import type { Logger } from './logger';
import { currentRequest } from './request-store';

/** Codes that Apollo itself sets for requests it refuses; safe to pass on as they are. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);
const OUR_CODES = new Set<string>(Object.values(ErrorCode));

type Path = string[];

/** Where `target` occurs in a variable's JSON value. */
function findInJson(value: unknown, target: string, path: Path): Path | undefined {
  if (value === target) return path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findInJson(item, target, [...path, String(index)]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findInJson(item, target, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Where `target` occurs in an argument's literal, following variables into their values. */
function findInArgument(node: ValueNode, target: string, path: Path): Path | undefined {
  switch (node.kind) {
    case Kind.STRING:
      return node.value === target ? path : undefined;
    case Kind.VARIABLE:
      return findInJson(currentRequest()?.variables?.[node.name.value], target, path);
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = findInArgument(item, target, [...path, String(index)]);
        if (found) return found;
      }
      return undefined;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = findInArgument(field.value, target, [...path, field.name.value]);
        if (found) return found;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** The argument path of a refused id, e.g. `["input", "businessId"]`, searched in the field's arguments. */
function fieldsOfInvalidId(error: unknown, original: unknown): InvalidField[] | undefined {
  const invalid = invalidIdOf(original);
  const node = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  if (!invalid || node?.kind !== Kind.FIELD) return undefined;
  for (const argument of (node as FieldNode).arguments ?? []) {
    const path = findInArgument(argument.value, invalid.id, [argument.name.value]);
    if (path) return [{ path, message: invalid.problem }];
  }
  return undefined;
}

/**
 * An error's message and its fields' messages in the caller's language: the one place GraphQL errors are
 * translated. A BAD_USER_INPUT of several fields (`Invalid input: …`) is worded again from its fields.
 */
function inLanguage(error: GraphQLFormattedError, locale: Locale): GraphQLFormattedError {
  if (locale === 'en') return error;
  const fields = error.extensions?.fields;
  if (!Array.isArray(fields) || fields.length === 0) {
    return { ...error, message: translate(locale, error.message) };
  }
  const translated = (fields as InvalidField[]).map((field) => ({
    ...field,
    message: translate(locale, field.message),
  }));
  const message = error.message.startsWith('Invalid input: ')
    ? translate(locale, invalidInput(translated))
    : translate(locale, error.message);
  return { ...error, message, extensions: { ...error.extensions, fields: translated } };
}

/**
 * The one place errors are shaped for clients: coded errors pass (a refused id with the field that held
 * it), an unreachable database becomes SERVICE_UNAVAILABLE (HTTP 503), values PostgreSQL cannot take
 * become BAD_USER_INPUT, constraint races become CONFLICT, and everything else is masked and logged.
 * Input validation throws BAD_USER_INPUT itself (`validateArgument`).
 */
export function createErrorFormatter(log: Logger) {
  const shape = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    // Apollo gives every uncoded error INTERNAL_SERVER_ERROR before this runs: that one never passes as it is.
    const known = typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (known && (OUR_CODES.has(code) || APOLLO_CODES.has(code))) {
      const fields = code === ErrorCode.BAD_USER_INPUT ? fieldsOfInvalidId(error, original) : undefined;
      return fields ? { ...formatted, extensions: { ...formatted.extensions, fields } } : formatted;
    }
    const requestId = currentRequest()?.requestId;
    // Apollo's own refusals of a request (a persisted query's hash that does not match) carry an HTTP 4xx
    // but no code: the client's mistake, with a message meant for it.
    const status = (original as GraphQLError | null)?.extensions?.http as { status?: number } | undefined;
    if (original instanceof GraphQLError && status?.status && status.status >= 400 && status.status < 500) {
      return { message: original.message, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    if (isDatabaseUnavailable(original)) {
      log.warn({ requestId, err: String(original) }, 'database unavailable');
      return {
        message: 'The service is unavailable; retry shortly',
        path: formatted.path,
        extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, requestId },
      };
    }
    if (isDataException(original)) {
      return {
        message: 'A value in the request is not acceptable',
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields: [] },
      };
    }
    if (original instanceof QueryFailedError) {
      const sqlState = (original.driverError as { code?: string } | undefined)?.code;
      if (sqlState === '23505' || sqlState === '23503' || sqlState === '40001' || sqlState === '40P01') {
        return {
          message: 'The change conflicts with a concurrent change or existing data; reload and try again',
          path: formatted.path,
          extensions: { code: ErrorCode.CONFLICT },
        };
      }
    }
    log.error({ err: original, requestId, path: formatted.path }, 'internal error');
    return {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  };

  // The log line and the metrics count the code the client gets.
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = inLanguage(shape(formatted, error), currentRequest()?.locale ?? DEFAULT_LOCALE);
    const code = result.extensions?.code;
    currentRequest()?.errorCodes.push(typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR);
    return result;
  };
}
