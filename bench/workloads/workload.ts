/** Who sends a workload's requests: the bench signs the token and issues the API key itself. */
export type Caller = 'anonymous' | 'admin' | 'partner';

/**
 * One request the platform serves often, sent to the API and to its floor: the same answer built by one SQL
 * statement in PostgreSQL and served by plain `node:http`, the fastest this request can be on this
 * database. Each module lists its workloads in `bench/workloads/<module>.ts`.
 */
export interface Workload {
  /** Short name: the `--workloads` filter and the floor server's path. */
  id: string;
  /** What the table calls it. */
  title: string;
  /** The GraphQL operation (named: the API logs SQL statements per operation name). */
  query: string;
  caller: Caller;
  /**
   * One statement returning one row with the whole response body, `{"data": ...}`, as text in the column
   * `body`. Must give exactly the API's `data`: the bench compares both before loading.
   */
  floor: string;
  floorParams?: unknown[];
  /** For lists whose order the API does not define: both answers pass through this before comparing. */
  normalise?: (data: unknown) => unknown;
  /** Measured again at scale (`--businesses 2000000`): single client and c=16. */
  scale?: boolean;
}

export const defineWorkloads = (module: string, workloads: Workload[]) => ({ module, workloads });

/** SQL of a global id: base64url of `Type:uuid` without padding, as `toGlobalId` makes it. */
export const globalIdSql = (type: string, column: string) =>
  `rtrim(translate(encode(convert_to('${type}:' || ${column}, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/** SQL of a `DateTime` as the API serialises it: `2018-03-15T18:00:00.000Z`. */
export const isoTimeSql = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** SQL of the day memberships are judged by: today in Amsterdam (`todayInAmsterdam`). */
export const TODAY_SQL = `(now() AT TIME ZONE 'Europe/Amsterdam')::date`;
