import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import type { Logger } from '../logger';
import { DEFAULT_LOCALE, ErrorCode, translate, userText } from '../kit';
import { currentRequest } from '../request-store';

/** The body of every refusal outside GraphQL: GraphQL-shaped, so clients read one error format. */
export function sendError(res: Response, status: number, code: ErrorCode, message: string): void {
  const requestId = currentRequest()?.requestId ?? res.getHeader('x-request-id');
  if (status === 503) res.setHeader('retry-after', '1');
  const text = translate(currentRequest()?.locale ?? DEFAULT_LOCALE, message);
  res.status(status).json({ errors: [{ message: text, extensions: { code, requestId } }] });
}

/** SQLSTATEs and driver errors that mean "no database to talk to right now", not "this request is wrong". */
const UNAVAILABLE_STATES = new Set(['57P01', '57P02', '57P03', '53300', '57014']);
const UNAVAILABLE_ERRNOS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND']);
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|connection error|Cannot use a pool after calling end|Query read timeout/i;

/**
 * Whether an error says the database is down, restarting, out of connections or too slow (a statement
 * timeout): the client should retry later (503), and it is not a bug to log with a stack.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (!(cause instanceof Error)) return false;
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_STATES.has(code) || UNAVAILABLE_ERRNOS.has(code))) return true;
  if (typeof code === 'string' && code.startsWith('08')) return true; // connection exceptions
  if (cause instanceof AggregateError) return cause.errors.some(isDatabaseUnavailable);
  return UNAVAILABLE_MESSAGE.test(cause.message);
}

/** SQLSTATE class 22 (data exception): a value PostgreSQL cannot take, which only input can cause. */
export function isDataException(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('22');
}

const NUL = '\u0000';

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes(NUL);
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value !== null && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * Refuses, before any route runs, a path that is not percent-encoded UTF-8 (`/news/%ff`) and a path or
 * query parameter with a NUL byte (`/news/%00`, `?label=%00`): no route has to think of them.
 */
export function refuseMalformedUrls(): RequestHandler {
  return (req, res, next) => {
    let path: string;
    try {
      path = decodeURIComponent(req.path);
    } catch {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The path is not valid percent-encoded UTF-8');
    }
    if (path.includes(NUL) || holdsNul(req.query)) {
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'Text must not contain NUL characters (%00)');
    }
    next();
  };
}

/** Any path no route answers: a coded 404 rather than Express's HTML page. */
export function notFound(): RequestHandler {
  return (req, res) => sendError(res, 404, ErrorCode.NOT_FOUND, `Nothing here: ${req.method} ${req.path}`);
}

const BODY_ERRORS: Record<string, [number, ErrorCode, string]> = {
  'entity.parse.failed': [400, ErrorCode.BAD_REQUEST, userText('Request body is not valid JSON')],
  'entity.verify.failed': [400, ErrorCode.BAD_REQUEST, userText('Request body is not valid JSON')],
  'request.aborted': [400, ErrorCode.BAD_REQUEST, userText('The request was aborted')],
  'request.size.invalid': [
    400,
    ErrorCode.BAD_REQUEST,
    userText('The body does not match its Content-Length'),
  ],
  'charset.unsupported': [
    415,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    userText('Send JSON in UTF-8 (charset=utf-8)'),
  ],
  'encoding.unsupported': [
    415,
    ErrorCode.UNSUPPORTED_MEDIA_TYPE,
    userText('Unsupported Content-Encoding; send the body uncompressed'),
  ],
};

const CODE_OF_STATUS: Record<number, ErrorCode> = {
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  413: ErrorCode.PAYLOAD_TOO_LARGE,
  415: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
  429: ErrorCode.RATE_LIMITED,
};

/**
 * The last handler of the app: every error that reaches it leaves as coded JSON with the request id,
 * never with a stack, SQL or a file path, in every NODE_ENV. Client errors are not logged as errors;
 * only the unexpected ones are, with their stack, under the request id the client sees.
 */
export function errorHandler(log: Logger, maxBodyBytes: number): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error); // Express ends the broken response
    const type = (error as { type?: unknown }).type;
    const status = Number(
      (error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode,
    );
    if (type === 'entity.too.large') {
      return sendError(
        res,
        413,
        ErrorCode.PAYLOAD_TOO_LARGE,
        `Request body exceeds the maximum of ${maxBodyBytes} bytes`,
      );
    }
    if (typeof type === 'string' && BODY_ERRORS[type]) {
      const [bodyStatus, code, message] = BODY_ERRORS[type];
      return sendError(res, bodyStatus, code, message);
    }
    if (error instanceof URIError) {
      return sendError(res, 400, ErrorCode.BAD_REQUEST, 'The path is not valid percent-encoded UTF-8');
    }
    if (status >= 400 && status < 500) {
      return sendError(res, status, CODE_OF_STATUS[status] ?? ErrorCode.BAD_REQUEST, 'Bad request');
    }
    if (isDatabaseUnavailable(error)) {
      log.warn({ requestId: currentRequest()?.requestId, err: String(error) }, 'database unavailable');
      return sendError(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'The service is unavailable; retry shortly');
    }
    if (isDataException(error)) {
      return sendError(res, 400, ErrorCode.BAD_USER_INPUT, 'A value in the request is not acceptable');
    }
    log.error({ err: error, requestId: currentRequest()?.requestId, path: req.path }, 'internal error');
    sendError(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
}
