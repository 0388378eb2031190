import { createHash } from 'node:crypto';
import http from 'node:http';
import type { DocumentNode } from 'graphql';
import { execute, parse, validate } from 'graphql';
import { Pool } from 'pg';
import type { EngineContext, EngineMode } from './engine-schema';
import { engineSchema } from './engine-schema';

/**
 * The engine: `POST /graphql` answered by graphql-js over join-monster 4 (`engine-schema.ts`) on a `pg` pool
 * of the API's size, plain `node:http`, its own process like the API and the floor. Started by the bench
 * with DATABASE_URL, PORT, DB_POOL_SIZE, ENGINE_MODE (`join` or `batch`) and ENGINE_PREPARED (`on`: each
 * statement runs as a named prepared statement named by a hash of its text). `GET /stats` answers the
 * requests and statements counted so far.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});
const mode = (process.env.ENGINE_MODE ?? 'join') as EngineMode;
const prepared = process.env.ENGINE_PREPARED === 'on';
const schema = engineSchema(mode);
const counted = { requests: 0, statements: 0 };

const context: EngineContext = {
  query: async (sql) => {
    counted.statements += 1;
    const name = prepared ? createHash('sha1').update(sql).digest('base64url') : undefined;
    return (await pool.query({ text: sql, name })).rows as unknown[];
  },
};

/** Parsed and validated documents by their text, as any GraphQL server caches them. */
const documents = new Map<string, DocumentNode>();

function document(query: string): DocumentNode | { errors: readonly unknown[] } {
  const known = documents.get(query);
  if (known) return known;
  const parsed = parse(query);
  const errors = validate(schema, parsed);
  if (errors.length > 0) return { errors };
  if (documents.size > 1000) documents.clear();
  documents.set(query, parsed);
  return parsed;
}

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(counted));
    return;
  }
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    if (req.url !== '/graphql' || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    counted.requests += 1;
    const answer = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    let doc: ReturnType<typeof document>;
    let variables: Record<string, unknown> | undefined;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        query: string;
        variables?: Record<string, unknown>;
      };
      variables = body.variables;
      doc = document(body.query);
    } catch (error) {
      answer(400, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      return;
    }
    if ('errors' in doc) {
      answer(400, { errors: doc.errors });
      return;
    }
    Promise.resolve(
      execute({ schema, document: doc, variableValues: variables, contextValue: context }),
    ).then(
      (result) => answer(200, result),
      (error: unknown) => answer(500, { errors: [{ message: String(error) }] }),
    );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`engine ready: http://127.0.0.1:${port}`);
});
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
