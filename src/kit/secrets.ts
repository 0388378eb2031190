import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a bearer of a capability (an API key, a registration): 256 bits, URL-safe. */
export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url');
}

/**
 * What is stored of a secret. Secrets are random and long, so a plain SHA-256 suffices (no salt or slow hash
 * needed) and lets a presented secret be looked up by an index.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
