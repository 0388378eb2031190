import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { ArgumentValidationError } from 'type-graphql';
import type { ValidationError } from 'class-validator';
import { QueryFailedError } from 'typeorm';
import type { InvalidField } from './modules/core';
import { ErrorCode } from './modules/core';
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

function invalidFields(errors: ValidationError[], path: string[]): InvalidField[] {
  return errors.flatMap((error) => {
    const here = [...path, error.property];
    const own = Object.values(error.constraints ?? {}).map((message) => ({ path: here, message }));
    return [...own, ...invalidFields(error.children ?? [], here)];
  });
}

/**
 * The one place errors are shaped for clients: coded errors pass, input validation becomes BAD_USER_INPUT
 * with the offending fields, constraint races become CONFLICT, and everything else is masked and logged.
 */
export function createErrorFormatter(log: Logger) {
  const shape = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ArgumentValidationError) {
      // Paths are relative to the argument: `kvkNumber` inside `input`, or `first` among the arguments.
      const fields = invalidFields(original.extensions.validationErrors as ValidationError[], []);
      return {
        message: `Invalid input: ${fields.map((f) => `${f.path.join('.')}: ${f.message}`).join('; ')}`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
      };
    }
    const code = formatted.extensions?.code;
    // Apollo gives every uncoded error INTERNAL_SERVER_ERROR before this runs: that one never passes as it is.
    const known = typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR;
    if (known && (OUR_CODES.has(code) || APOLLO_CODES.has(code))) return formatted;
    const requestId = currentRequest()?.requestId;
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
    const result = shape(formatted, error);
    const code = result.extensions?.code;
    currentRequest()?.errorCodes.push(typeof code === 'string' ? code : ErrorCode.INTERNAL_SERVER_ERROR);
    return result;
  };
}
