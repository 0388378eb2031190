import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PersistedQueryOptions } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { currentRequest } from '../request-store';

/** The code of a request refused because its document is not on the allow-list (HTTP 400). */
export const DOCUMENT_NOT_TRUSTED = 'DOCUMENT_NOT_TRUSTED';

/** The documents the API runs when trusted documents are on, by the SHA-256 (bare hex) of their exact text. */
export type TrustedDocuments = ReadonlyMap<string, string>;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * A document's hash as a client sends or a manifest lists it, as the API keys it: GraphQL Code Generator's
 * client preset writes `sha256:<hex>` (GraphQL over HTTP's document identifier), Apollo's links the bare hex.
 */
export const bareHash = (id: string) => id.replace(/^sha256:/i, '').toLowerCase();

const SHA256_ID = /^(sha256:)?[0-9a-f]{64}$/i;

/** Why start-up stops: one line for each unusable entry, each naming the file and the key. */
export class TrustedDocumentsError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'TrustedDocumentsError';
  }
}

/** `(query Region)`: which operation a key is for, to find it in the client's code. */
function operationOf(text: string): string {
  const match = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/.exec(text);
  return match ? ` (${match[1]} ${match[2]})` : '';
}

/** The problem with one manifest entry, or undefined when the key is its document's SHA-256. */
function problemWith(location: string, key: string, text: unknown): string | undefined {
  const where = `TRUSTED_DOCUMENTS: in ${location}, `;
  if (!SHA256_ID.test(key)) {
    const hex = /^(?:\w+:)?([0-9a-f]+)$/i.exec(key)?.[1];
    const hint =
      hex?.length === 40
        ? `; it has 40 hex characters, so its hash is probably SHA-1: leave the client preset's persistedDocuments.hashAlgorithm at sha256`
        : '';
    return `${where}the key "${key}" is not a SHA-256 (64 hex characters, "sha256:" before them or not)${hint}`;
  }
  if (typeof text !== 'string') {
    const kind =
      text === null
        ? 'null'
        : Array.isArray(text)
          ? 'an array'
          : typeof text === 'object'
            ? 'an object'
            : `a ${typeof text}`;
    return (
      `${where}the value of "${key}" is ${kind}, not the text of a document; the manifest maps each hash to ` +
      'its document: { "sha256:<hex>": "query … { … }" }'
    );
  }
  const actual = sha256(text);
  if (actual === bareHash(key)) return undefined;
  return (
    `${where}the key "${key}"${operationOf(text)} does not match its document: the key says ${bareHash(key)}, ` +
    `the document's SHA-256 is ${actual}. A key is the SHA-256 of the document's text exactly as the file ` +
    'holds it; regenerate the manifest (graphql-codegen) instead of editing a document in it'
  );
}

/**
 * Reads the allow-list: a JSON file `{ "<sha256>": "<document>" }` — the manifest GraphQL Code Generator's
 * client preset writes with `persistedDocuments: true`, keys `sha256:<hex>` — or a directory whose `.graphql`
 * files are the documents (each hashed as it is). Checked at start-up, before the database: a key that does
 * not match its document would only show as a client's request refused.
 */
export function loadTrustedDocuments(location: string): TrustedDocuments {
  const documents = new Map<string, string>();
  let isDirectory: boolean;
  try {
    isDirectory = statSync(location).isDirectory();
  } catch (error) {
    throw new TrustedDocumentsError([
      `TRUSTED_DOCUMENTS: cannot read ${location} (${(error as Error).message})`,
    ]);
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
      throw new TrustedDocumentsError([
        `TRUSTED_DOCUMENTS: ${location} is not a JSON file (${(error as Error).message})`,
      ]);
    }
    if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
      throw new TrustedDocumentsError([
        `TRUSTED_DOCUMENTS: ${location} must hold a JSON object { "sha256:<hex>": "<document>" }`,
      ]);
    }
    const problems: string[] = [];
    for (const [key, text] of Object.entries(manifest)) {
      const problem = problemWith(location, key, text);
      if (problem) problems.push(problem);
      else documents.set(bareHash(key), text as string);
    }
    if (problems.length > 0) throw new TrustedDocumentsError(problems);
  }
  if (documents.size === 0)
    throw new TrustedDocumentsError([`TRUSTED_DOCUMENTS: ${location} holds no documents`]);
  return documents;
}

/** The `extensions` of a GraphQL request (a JSON string in a GET's query string), or undefined. */
function extensionsOf(req: Request): { persistedQuery?: { sha256Hash?: unknown } } | undefined {
  const params: unknown = req.method === 'GET' ? req.query : req.body;
  if (typeof params !== 'object' || params === null) return undefined;
  let extensions = (params as Record<string, unknown>).extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined; // Apollo refuses it with its own message
    }
  }
  return typeof extensions === 'object' && extensions !== null ? extensions : undefined;
}

/**
 * Lets clients send a persisted query's hash as `sha256:<hex>` too, as GraphQL Code Generator's client preset
 * embeds it in each document (`document.__meta__.hash`): the hash is rewritten to the bare hex Apollo
 * compares with the SHA-256 of a document sent along and looks up in its persisted-query store.
 */
export function acceptPrefixedHashes(): RequestHandler {
  return (req, _res, next) => {
    const extensions = extensionsOf(req);
    const hash = extensions?.persistedQuery?.sha256Hash;
    if (extensions?.persistedQuery && typeof hash === 'string' && bareHash(hash) !== hash) {
      extensions.persistedQuery.sha256Hash = bareHash(hash);
      if (req.method === 'GET') {
        // Express parses req.query anew from the URL, and Apollo reads the URL's query string itself.
        const [pathname] = req.url.split('?', 1);
        const search = new URLSearchParams(req.url.slice(pathname.length + 1));
        search.set('extensions', JSON.stringify(extensions));
        req.url = `${pathname}?${search}`;
      } else {
        (req.body as Record<string, unknown>).extensions = extensions;
      }
    }
    next();
  };
}

/** The document hash a request refers to: its persisted-query hash, or the hash of the text it sends. */
function hashOf(req: Request): string | undefined {
  const hash = extensionsOf(req)?.persistedQuery?.sha256Hash;
  if (typeof hash === 'string') return bareHash(hash);
  const params: unknown = req.method === 'GET' ? req.query : req.body;
  const query =
    typeof params === 'object' && params !== null ? (params as Record<string, unknown>).query : undefined;
  return typeof query === 'string' ? sha256(query) : undefined;
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
  const key = (name: string) => bareHash(name.replace(/^apq:/, ''));
  return {
    async get(name) {
      return documents.get(key(name));
    },
    async set() {},
    async delete() {},
  };
}
