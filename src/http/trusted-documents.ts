import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PersistedQueryOptions } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { currentRequest } from '../request-store';

/** The code of a request refused because its document is not on the allow-list (HTTP 400). */
export const DOCUMENT_NOT_TRUSTED = 'DOCUMENT_NOT_TRUSTED';

/** The documents the API runs when trusted documents are on, by the SHA-256 (hex) of their exact text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads the allow-list: a JSON file `{ "<sha256>": "<document>" }` (the manifest that client tooling such as
 * GraphQL Code Generator's persisted documents writes), or a directory whose `.graphql` files are the
 * documents (each hashed as it is). A hash that does not match its document stops start-up: a client would
 * send the document's real hash and be refused.
 */
export function loadTrustedDocuments(location: string): TrustedDocuments {
  const documents = new Map<string, string>();
  let isDirectory: boolean;
  try {
    isDirectory = statSync(location).isDirectory();
  } catch (error) {
    throw new Error(`TRUSTED_DOCUMENTS: cannot read ${location} (${(error as Error).message})`);
  }
  if (isDirectory) {
    for (const name of readdirSync(location).sort()) {
      if (!/\.(graphql|gql)$/.test(name)) continue;
      const text = readFileSync(path.join(location, name), 'utf8');
      documents.set(sha256(text), text);
    }
  } else {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(location, 'utf8'));
    } catch (error) {
      throw new Error(`TRUSTED_DOCUMENTS: ${location} is not a JSON file (${(error as Error).message})`);
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      throw new Error(`TRUSTED_DOCUMENTS: ${location} must hold a JSON object { "<sha256>": "<document>" }`);
    }
    for (const [hash, text] of Object.entries(manifest)) {
      if (typeof text !== 'string' || sha256(text) !== hash.toLowerCase()) {
        throw new Error(`TRUSTED_DOCUMENTS: in ${location}, ${hash} is not the SHA-256 of its document`);
      }
      documents.set(hash.toLowerCase(), text);
    }
  }
  if (documents.size === 0) throw new Error(`TRUSTED_DOCUMENTS: ${location} holds no documents`);
  return documents;
}

/** The document hash a request refers to: its persisted-query hash, or the hash of the text it sends. */
function hashOf(req: Request): string | undefined {
  const params: Record<string, unknown> =
    req.method === 'GET' ? (req.query as Record<string, unknown>) : (req.body as Record<string, unknown>);
  if (typeof params !== 'object' || params === null) return undefined;
  let extensions = params.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined; // Apollo refuses it with its own message
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery
    ?.sha256Hash;
  if (typeof hash === 'string') return hash.toLowerCase();
  return typeof params.query === 'string' ? sha256(params.query) : undefined;
}

/**
 * Production's allow-list: any operation whose document is not on the list is refused with 400 and
 * `DOCUMENT_NOT_TRUSTED` before Apollo parses it. A request without a document (the playground page) passes
 * on to Apollo.
 */
export function trustedDocumentsOnly(documents: TrustedDocuments): RequestHandler {
  return (req, res, next) => {
    const hash = hashOf(req);
    if (hash === undefined || documents.has(hash)) {
      next();
      return;
    }
    currentRequest()?.errorCodes.push(DOCUMENT_NOT_TRUSTED);
    res.status(400).json({
      errors: [
        {
          message: 'This API runs only its trusted documents; send the hash of one (persisted query)',
          extensions: { code: DOCUMENT_NOT_TRUSTED },
        },
      ],
    });
  };
}

/**
 * Apollo's persisted-query store, answered from the allow-list: a client may send only the hash of a trusted
 * document, and nothing new can be registered.
 */
export function trustedDocumentCache(
  documents: TrustedDocuments,
): NonNullable<PersistedQueryOptions['cache']> {
  // Apollo prefixes its persisted-query keys with `apq:`.
  const key = (name: string) => name.replace(/^apq:/, '');
  return {
    async get(name) {
      return documents.get(key(name));
    },
    async set() {},
    async delete() {},
  };
}
