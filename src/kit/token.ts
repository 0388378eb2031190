import type { JWTPayload, JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT } from 'jose';
import type { Viewer } from './auth';
import { Role, ViewerKind } from './auth';
import { AppError, ErrorCode } from './errors';
import { fromGlobalId } from './relay';
import { CBS_CODE, KVK_NUMBER } from './validators';

export interface TokenSettings {
  secret: string;
  jwksUrl?: string;
  issuer?: string;
  audience?: string;
  /** The longest lifetime (`exp` minus now, and minus `iat`) accepted for an HS256 token. */
  maxLifetimeSeconds?: number;
}

/** The default of JWT_MAX_LIFETIME: a working day and a bit. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 3600;

const lifetimeText = (seconds: number) =>
  seconds % 3600 === 0 ? `${seconds / 3600}h` : seconds % 60 === 0 ? `${seconds / 60}m` : `${seconds}s`;

/**
 * Access is withdrawn by letting tokens run out: an HS256 token must say when it expires, no later than
 * the maximum lifetime from now (and from when it was issued). A token without `exp` would be valid forever.
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number): void {
  const now = Math.floor(Date.now() / 1000);
  if (typeof payload.exp !== 'number') throw invalidToken('no expiry (exp)');
  const longest = Math.max(
    payload.exp - now,
    typeof payload.iat === 'number' ? payload.exp - payload.iat : 0,
  );
  if (longest > maxSeconds) {
    throw invalidToken(`it lives longer than the maximum of ${lifetimeText(maxSeconds)} (JWT_MAX_LIFETIME)`);
  }
}

/** The claims of a person's token: roles, and the municipality or business a role acts for. */
export interface TokenClaims {
  sub: string;
  name?: string;
  roles: Role[];
  /** CBS code; required with CIVIL_SERVANT. */
  municipality?: string;
  /** KvK number; required with MEMBER. */
  kvk?: string;
  /** The association's id as the API shows it (`Association:…` global id); required with SECRETARY. */
  association?: string;
}

const invalidToken = (reason: string) =>
  new AppError(ErrorCode.UNAUTHENTICATED, `Invalid bearer token: ${reason}`, {}, 401);

function toViewer(payload: JWTPayload): Viewer {
  const roles = payload.roles;
  if (typeof payload.sub !== 'string' || payload.sub === '') throw invalidToken('no subject');
  if (!Array.isArray(roles) || !roles.every((role) => Object.values(Role).includes(role))) {
    throw invalidToken(`roles must be a list of ${Object.values(Role).join(', ')}`);
  }
  const municipality = typeof payload.municipality === 'string' ? payload.municipality : null;
  const kvk = typeof payload.kvk === 'string' ? payload.kvk : null;
  if (roles.includes(Role.CIVIL_SERVANT) && !(municipality && CBS_CODE.test(municipality))) {
    throw invalidToken('a CIVIL_SERVANT token needs a municipality claim with a CBS code');
  }
  if (roles.includes(Role.MEMBER) && !(kvk && KVK_NUMBER.test(kvk))) {
    throw invalidToken('a MEMBER token needs a kvk claim with a KvK number');
  }
  let associationId: string | null = null;
  if (roles.includes(Role.SECRETARY)) {
    try {
      associationId = fromGlobalId(String(payload.association ?? ''), 'Association').id;
    } catch {
      throw invalidToken('a SECRETARY token needs an association claim with an association id');
    }
  }
  return {
    kind: ViewerKind.PERSON,
    subject: payload.sub,
    name: typeof payload.name === 'string' ? payload.name : null,
    roles: roles as Role[],
    municipalityCode: municipality,
    kvkNumber: kvk,
    associationId,
    organisationId: null,
    scopes: [],
  };
}

/**
 * Verifies bearer tokens: HS256 with the shared secret, and, when a JWKS URL is configured, asymmetric
 * tokens of a municipal identity provider (issuer and audience are checked on those when configured).
 */
export function createTokenVerifier(settings: TokenSettings) {
  const secret = new TextEncoder().encode(settings.secret);
  const jwks: JWTVerifyGetKey | null = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : null;
  const options = { issuer: settings.issuer, audience: settings.audience };
  const maxLifetime = settings.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;

  return async function verify(token: string): Promise<Viewer> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw invalidToken('not a JWT');
    }
    try {
      const { payload } =
        alg === 'HS256'
          ? await jwtVerify(token, secret, { algorithms: ['HS256'], requiredClaims: ['exp'] })
          : jwks
            ? await jwtVerify(token, jwks, {
                ...options,
                algorithms: ['RS256', 'PS256', 'ES256', 'EdDSA'],
                requiredClaims: ['exp'],
              })
            : (() => {
                throw invalidToken(`algorithm ${alg ?? 'none'} is not accepted`);
              })();
      // The identity provider decides its tokens' lifetime; ours are capped here.
      if (alg === 'HS256') checkLifetime(payload, maxLifetime);
      return toViewer(payload);
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      throw invalidToken(code === 'ERR_JWT_EXPIRED' ? 'expired' : ((error as Error).message ?? 'rejected'));
    }
  };
}

/** Signs an HS256 token (for development, tests and scripts). */
export function signToken(
  secret: string,
  claims: TokenClaims,
  expiresIn: string | number = '8h',
): Promise<string> {
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(new TextEncoder().encode(secret));
}
