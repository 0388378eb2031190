import { GraphQLError } from 'graphql';

/** The codes a client can branch on, in `errors[].extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface InvalidField {
  /** Path of the offending input field, e.g. `["input", "kvkNumber"]`. */
  path: string[];
  message: string;
}

/**
 * An error whose message and code are safe to show to the caller. `httpStatus` is for errors that refuse
 * the whole request before execution; an error of one field leaves the response at 200 with partial data.
 */
export class AppError extends GraphQLError {
  constructor(
    code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
    httpStatus?: number,
  ) {
    super(message, {
      extensions: { code, ...extensions, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
    });
    this.name = 'AppError';
  }
}

export const unauthenticated = (message = 'Authentication is required for this operation') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

export const forbidden = (message = 'You are not allowed to do this') =>
  new AppError(ErrorCode.FORBIDDEN, message);

export const notFound = (what: string, id: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} ${JSON.stringify(id)} was not found`);

export const badUserInput = (message: string, fields: InvalidField[] = []) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { fields });

export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
