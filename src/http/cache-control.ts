import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { DocumentNode } from 'graphql';
import { BREAK, visit } from 'graphql';
import type { Credentials } from '../authenticate';
import type { Context } from '../kit';
import { ViewerKind } from '../kit';

/** Fields whose answer depends on who asks even for anonymous callers: the caller, and a registration by its secret. */
const PER_CALLER_FIELDS = new Set(['me', 'registration']);

/** Whether any field of the document is per caller, or takes a secret (which must not sit in shared caches). */
function dependsOnCaller(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!PER_CALLER_FIELDS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
    Argument(node) {
      if (node.name.value !== 'secret') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * `Cache-Control` for GraphQL responses, decided once per response rather than per field (Apollo's own
 * cache-control plugin wraps every resolver to collect hints, which costs on the hot paths). Only an
 * anonymous GET of a query that read public data without errors may be kept by browsers and shared caches,
 * for `maxAge` seconds; anything that depends on the caller (a token or key, a mutation, a POST, an error,
 * `me`, a secret) is `private, no-store`. `maxAge` 0 turns public caching off.
 *
 * The value starts with `public`/`private` on purpose: Apollo's cache-control plugin, while installed, leaves
 * a header it cannot parse as it is.
 */
export function cacheControlPlugin(
  maxAge: number,
): ApolloServerPlugin<Context & { credentials: Credentials }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, operation, document, errors }) {
          const { credentials, viewer } = contextValue;
          const publicRead =
            maxAge > 0 &&
            request.http?.method === 'GET' &&
            !credentials.authorization &&
            !credentials.apiKey &&
            viewer?.kind === ViewerKind.ANONYMOUS &&
            operation?.operation === 'query' &&
            !errors?.length &&
            response.body.kind === 'single' &&
            !response.body.singleResult.errors &&
            document !== undefined &&
            !dependsOnCaller(document);
          response.http.headers.set(
            'cache-control',
            publicRead ? `public, max-age=${maxAge}` : 'private, no-store',
          );
        },
      };
    },
  };
}

/**
 * A shared cache must not answer a caller with a token or key from an anonymous caller's copy (nor the other
 * way round): the answer varies with these headers. Set in Express, beside CORS's `Vary: Origin`, because
 * Apollo's response headers would replace it.
 */
export const varyByCaller: RequestHandler = (_req, res, next) => {
  res.vary('Authorization');
  res.vary('X-Api-Key');
  next();
};
