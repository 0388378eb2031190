import http from 'node:http';
import { Pool } from 'pg';
import { workloads } from './workloads';

/**
 * The floor: plain `node:http` and one SQL statement per request that builds the whole response in
 * PostgreSQL (`POST /<workload id>`). Its own process, like the API, so neither competes with the load
 * generator's event loop. Started by the bench with DATABASE_URL, PORT and DB_POOL_SIZE.
 */
const pool = new Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});
const byPath = new Map(workloads.map((workload) => [`/${workload.id}`, workload]));

const server = http.createServer((req, res) => {
  const workload = byPath.get(req.url ?? '');
  // The body is read and dropped, as the API reads its query: the floor serves the same requests.
  req.resume();
  req.on('end', () => {
    if (!workload) {
      res.writeHead(404).end();
      return;
    }
    // A named statement is parsed and planned once per connection, as a tuned service would do it.
    pool
      .query<{ body: string }>({ name: workload.id, text: workload.floor, values: workload.floorParams })
      .then(
        (result) => {
          res.writeHead(200, { 'content-type': 'application/json' }).end(result.rows[0].body);
        },
        (error: unknown) => {
          console.error(`${workload.id}: ${error instanceof Error ? error.message : String(error)}`);
          res.writeHead(500).end();
        },
      );
  });
});

server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(`floor ready: http://127.0.0.1:${port}`);
});
process.once('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
