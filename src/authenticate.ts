import type { EntityManager } from 'typeorm';
import type { Viewer } from './kit';
import { ANONYMOUS, AppError, ErrorCode } from './kit';
import { authenticateApiKey } from './modules/core';

export interface Credentials {
  authorization?: string;
  apiKey?: string;
}

type VerifyToken = (token: string) => Promise<Viewer>;

/**
 * Who is calling: a bearer token (a person), an `X-Api-Key` (an organisation), or nobody. Credentials that
 * are presented but wrong fail the request with UNAUTHENTICATED rather than silently falling back.
 */
export async function authenticate(
  credentials: Credentials,
  em: EntityManager,
  verifyToken: VerifyToken,
): Promise<Viewer> {
  if (credentials.authorization && credentials.apiKey) {
    throw new AppError(
      ErrorCode.UNAUTHENTICATED,
      'Send either a bearer token or an API key, not both',
      {},
      401,
    );
  }
  if (credentials.authorization) {
    if (isPlaceholder(credentials.authorization.replace(/^\s*Bearer\s+/i, ''))) {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'Authorization holds a placeholder, not a token: put `Bearer ` and the last line printed by ' +
          '`npm run -s token -- --role <ROLE>` (see the README, "Ready values in the demo data")',
        {},
        401,
      );
    }
    const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!match)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authorization must be `Bearer <token>`', {}, 401);
    return verifyToken(match[1]);
  }
  if (credentials.apiKey) {
    if (isPlaceholder(credentials.apiKey)) {
      throw new AppError(
        ErrorCode.UNAUTHENTICATED,
        'X-Api-Key holds a placeholder, not a key: put the last line printed by ' +
          '`npm run -s apikey -- --organisation "<name>" --scopes <scope>` (see the README)',
        {},
        401,
      );
    }
    const viewer = await authenticateApiKey(em, credentials.apiKey.trim());
    if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Unknown or revoked API key', {}, 401);
    return viewer;
  }
  return ANONYMOUS;
}

/**
 * A value copied from an example rather than obtained: `<token>`, `<paste the output of ...>` (angle
 * brackets appear in neither a JWT nor a key) or the bare word `token`. Saying so beats "not a JWT".
 */
function isPlaceholder(value: string): boolean {
  return /[<>]/.test(value) || /^(token|secret|key|api-?key)$/i.test(value.trim());
}
