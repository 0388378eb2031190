import type { ApolloServerOptions, BaseContext } from '@apollo/server';
import type { DocumentNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Parsed and validated documents kept: twice the compiled operations of `executor.ts`, which hold theirs too. */
const MAX_DOCUMENTS = 500;

/**
 * Apollo's store of parsed and validated documents, bounded by count. Apollo's default keeps up to 30 MiB of
 * the documents' JSON, several times that on the heap: distinct documents (a client that builds its queries,
 * a fuzzer) filled it for the whole run, more so as the schema grew and documents with it. The frontends
 * send a few hundred distinct operations at most.
 */
export function documentStore(
  max = MAX_DOCUMENTS,
): NonNullable<ApolloServerOptions<BaseContext>['documentStore']> {
  const documents = new LRUCache<string, DocumentNode>({ max });
  return {
    get: async (key) => documents.get(key),
    set: async (key, value) => {
      documents.set(key, value);
    },
    delete: async (key) => documents.delete(key),
  };
}
