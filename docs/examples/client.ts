import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { DocumentNode } from 'graphql';
import { print } from 'graphql';

type GraphQLResult = { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };

/** A request the API refused, with its GraphQL errors (each with `extensions.code`). */
export class GraphQLRequestError extends Error {
  constructor(readonly errors: NonNullable<GraphQLResult['errors']>) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/**
 * Runs the generated documents by their hash, which is all an API with TRUSTED_DOCUMENTS takes: queries as
 * GET (browsers and CDNs may cache them), mutations as POST. An API without the manifest (development)
 * answers PERSISTED_QUERY_NOT_FOUND; such a document is sent as text from then on.
 */
export function createClient(url: string, headers: Record<string, string> = {}) {
  const asText = new Set<string>();
  const send = async (document: DocumentNode, params: { variables: unknown; [name: string]: unknown }) => {
    const isQuery = document.definitions.some(
      (d) => d.kind === 'OperationDefinition' && d.operation === 'query',
    );
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined) search.set(name, typeof value === 'string' ? value : JSON.stringify(value));
    }
    const response = isQuery
      ? await fetch(`${url}?${search}`, { headers: { ...headers, 'apollo-require-preflight': 'true' } })
      : await fetch(url, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify(params),
        });
    return (await response.json()) as GraphQLResult;
  };
  return async <Result, Variables>(document: TypedDocumentNode<Result, Variables>, variables?: Variables) => {
    const { hash } = (document as unknown as { __meta__: { hash: string } }).__meta__;
    const persistedQuery = { version: 1, sha256Hash: hash };
    let body = asText.has(hash)
      ? undefined
      : await send(document, { variables, extensions: { persistedQuery } });
    if (!body || body.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND') {
      asText.add(hash);
      body = await send(document, { variables, query: print(document) });
    }
    if (body.errors?.length || !body.data) throw new GraphQLRequestError(body.errors ?? []);
    return body.data as Result;
  };
}
