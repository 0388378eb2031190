import { GraphQLError } from 'graphql';

/** The codes a client can branch on, in `errors[].extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** The request itself is malformed: not JSON, not percent-encoded UTF-8. */
  BAD_REQUEST: 'BAD_REQUEST',
  CONFLICT: 'CONFLICT',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  RATE_LIMITED: 'RATE_LIMITED',
  /** HTTP 415: a body in another type or character set than JSON in UTF-8. */
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  /** HTTP 503: the database is unreachable or the server is at its limit of work in flight; retry later. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface InvalidField {
  /**
   * Path of the offending input field from the argument, as in `userErrors[].field`: `["input", "kvkNumber"]`,
   * `["first"]`, or `["input", "labelIds", "2"]` for an item of a list.
   */
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
