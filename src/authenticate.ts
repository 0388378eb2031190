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
    const match = /^Bearer\s+(\S+)$/i.exec(credentials.authorization.trim());
    if (!match)
      throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authorization must be `Bearer <token>`', {}, 401);
    return verifyToken(match[1]);
  }
  if (credentials.apiKey) {
    const viewer = await authenticateApiKey(em, credentials.apiKey.trim());
    if (!viewer) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Unknown or revoked API key', {}, 401);
    return viewer;
  }
  return ANONYMOUS;
}
