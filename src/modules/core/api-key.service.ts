import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { ApiKey } from './api-key.entity';
import type { ApiScope, Context, Viewer } from '../../kit';
import {
  findForUpdate,
  fromGlobalId,
  hashSecret,
  newSecret,
  userError,
  UserErrorCode,
  ViewerKind,
  withTransaction,
} from '../../kit';
import { Organisation } from './organisation.entity';

const SECRET_PREFIX = 'q4_';
const FEED_TOKEN_PREFIX = 'q4f_';
const LAST_USED_RESOLUTION_MS = 60_000;

/** Looks a presented key up by its hash; null when unknown or revoked. Keeps `lastUsedAt` to the minute. */
export async function authenticateApiKey(em: EntityManager, secret: string): Promise<Viewer | null> {
  if (!secret.startsWith(SECRET_PREFIX) || secret.length > 200) return null;
  const key = await em.findOneBy(ApiKey, { secretHash: hashSecret(secret), revokedAt: IsNull() });
  return key && viewerOfKey(em, key);
}

/**
 * The caller behind a calendar feed URL: the key whose feed token it carries, with the key's scopes (the
 * feeds then include what those scopes allow); null when unknown, rotated away or the key is revoked.
 */
export async function authenticateFeedToken(em: EntityManager, token: string): Promise<Viewer | null> {
  if (!token.startsWith(FEED_TOKEN_PREFIX) || token.length > 200) return null;
  const key = await em.findOneBy(ApiKey, { feedTokenHash: hashSecret(token), revokedAt: IsNull() });
  return key && viewerOfKey(em, key);
}

/**
 * The SHA-256 of the secret of the key whose feed token this is (the identity the per-key rate limit counts
 * `X-Api-Key` requests by), so the key's feed counts against the same limit; null for an unknown token.
 */
export async function secretHashOfFeedToken(em: EntityManager, token: string): Promise<string | null> {
  if (!token.startsWith(FEED_TOKEN_PREFIX) || token.length > 200) return null;
  const key = await em.findOne(ApiKey, {
    select: { id: true, secretHash: true },
    where: { feedTokenHash: hashSecret(token) },
  });
  return key?.secretHash ?? null;
}

/** The query string of a key's calendar feed URLs, e.g. `/feeds/events.ics?token=...`. */
export const feedQuery = (feedToken: string) => `?token=${feedToken}`;

async function viewerOfKey(em: EntityManager, key: ApiKey): Promise<Viewer> {
  if (!key.lastUsedAt || Date.now() - key.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await em.update(ApiKey, { id: key.id }, { lastUsedAt: new Date() });
  }
  return {
    kind: ViewerKind.API_KEY,
    subject: key.id,
    name: key.name,
    roles: [],
    municipalityCode: null,
    kvkNumber: null,
    associationId: null,
    organisationId: key.organisationId,
    scopes: key.scopes,
  };
}

export interface NewApiKey {
  organisationId: string;
  name: string;
  scopes: ApiScope[];
  createdBy: string | null;
  /** Given only for a key whose secret is derived rather than random (the playground's development key). */
  secret?: string;
  feedToken?: string;
}

/**
 * Stores a new key and returns it with its secret and its calendar feed token, which are not kept and
 * cannot be shown again.
 */
export async function issueApiKey(
  em: EntityManager,
  input: NewApiKey,
): Promise<{ apiKey: ApiKey; secret: string; feedToken: string }> {
  const secret = input.secret ?? newSecret(SECRET_PREFIX);
  const feedToken = input.feedToken ?? newSecret(FEED_TOKEN_PREFIX);
  const apiKey = await em.save(
    em.create(ApiKey, {
      organisationId: input.organisationId,
      name: input.name,
      scopes: [...new Set(input.scopes)],
      prefix: secret.slice(0, 10),
      secretHash: hashSecret(secret),
      feedTokenHash: hashSecret(feedToken),
      createdBy: input.createdBy,
      revokedAt: null,
      lastUsedAt: null,
    }),
  );
  return { apiKey, secret, feedToken };
}

/**
 * The key of an organisation whose secret is derived from `seed` (HMAC), issued on first use and found by its
 * hash after that: the playground's development keys outlive restarts without piling up. Whoever knows the
 * seed (the JWT secret) can mint an ADMIN token anyway, so the key reveals nothing more. Null when the
 * organisation does not exist; a revoked key stays revoked (its requests then fail with 401).
 */
export async function derivedApiKey(
  em: EntityManager,
  input: { organisation: string; name: string; scopes: ApiScope[]; seed: string },
): Promise<string | null> {
  const organisation = await em.findOneBy(Organisation, { name: input.organisation });
  if (!organisation) return null;
  const scopes = [...new Set(input.scopes)].sort();
  const derive = (purpose: string) =>
    createHmac('sha256', input.seed)
      .update(`${purpose}\n${organisation.id}\n${scopes.join(',')}`)
      .digest('base64url');
  const secret = SECRET_PREFIX + derive('api-key');
  if (await em.existsBy(ApiKey, { secretHash: hashSecret(secret) })) return secret;
  try {
    await issueApiKey(em, {
      organisationId: organisation.id,
      name: input.name,
      scopes,
      createdBy: null,
      secret,
      feedToken: FEED_TOKEN_PREFIX + derive('feed-token'),
    });
  } catch (error) {
    // Another process issued the same key a moment ago: that one is this one.
    if ((error as { code?: string }).code !== '23505') throw error;
  }
  return secret;
}

export function createApiKey(
  ctx: Context,
  input: { organisationId: string; name: string; scopes: ApiScope[] },
) {
  return withTransaction(ctx, async (tx) => {
    const organisationId = fromGlobalId(input.organisationId, 'Organisation').id;
    const organisation = await tx.em.findOneBy(Organisation, { id: organisationId });
    if (!organisation) {
      return {
        apiKey: null,
        secret: null,
        icsUrl: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such organisation', ['input', 'organisationId'])],
      };
    }
    const { apiKey, secret, feedToken } = await issueApiKey(tx.em, {
      organisationId,
      name: input.name.trim(),
      scopes: input.scopes,
      createdBy: tx.viewer.subject,
    });
    return {
      apiKey,
      secret,
      icsUrl: `${tx.baseUrl}/feeds/events.ics${feedQuery(feedToken)}`,
      userErrors: [],
    };
  });
}

export function revokeApiKey(ctx: Context, input: { id: string }) {
  return withTransaction(ctx, async (tx) => {
    const apiKey = await findForUpdate(tx, ApiKey, input.id);
    if (!apiKey) {
      return {
        apiKey: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such API key', ['input', 'id'])],
      };
    }
    if (apiKey.revokedAt) {
      return {
        apiKey: null,
        userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'The key is already revoked', ['input', 'id'])],
      };
    }
    apiKey.revokedAt = new Date();
    return { apiKey: await tx.em.save(apiKey), userErrors: [] };
  });
}

/** A new calendar feed token for a key: the old feed URL stops working at once. */
export function rotateApiKeyFeedToken(ctx: Context, input: { id: string }) {
  return withTransaction(ctx, async (tx) => {
    const apiKey = await findForUpdate(tx, ApiKey, input.id);
    if (!apiKey) {
      return {
        apiKey: null,
        icsUrl: null,
        userErrors: [userError(UserErrorCode.NOT_FOUND, 'No such API key', ['input', 'id'])],
      };
    }
    if (apiKey.revokedAt) {
      return {
        apiKey: null,
        icsUrl: null,
        userErrors: [userError(UserErrorCode.NOT_ALLOWED, 'The key is revoked', ['input', 'id'])],
      };
    }
    const feedToken = newSecret(FEED_TOKEN_PREFIX);
    apiKey.feedTokenHash = hashSecret(feedToken);
    return {
      apiKey: await tx.em.save(apiKey),
      icsUrl: `${tx.baseUrl}/feeds/events.ics${feedQuery(feedToken)}`,
      userErrors: [],
    };
  });
}

export function listApiKeys(ctx: Context, organisationId?: string): Promise<ApiKey[]> {
  const where = organisationId ? { organisationId: fromGlobalId(organisationId, 'Organisation').id } : {};
  return ctx.em.find(ApiKey, { where, order: { createdAt: 'DESC' } });
}
