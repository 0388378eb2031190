import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  EraseCandidateDocument,
  MovePlacementDocument,
  ProposePlacementDocument,
} from '../__generated__/graphql';
import { toGlobalId } from '../../src/kit';
import type { TestServer } from '../support/test-server';
import { startTestServer } from '../support/test-server';
import { coach, createCandidate, dbId, postOpportunity } from './fixtures';

// Erasure removes the data from the database's files, not only from its rows: an UPDATE leaves the old row
// version in the table file (and its index entries), and the WAL holds it too. The test reads the files of
// the test run's embedded PostgreSQL directly (as root, or as the postgres user that owns them).

let api: TestServer;
let dataDirectory: string;
beforeAll(async () => {
  api = await startTestServer();
  [{ dataDirectory }] = await api.dataSource.query(
    `SELECT current_setting('data_directory') AS "dataDirectory"`,
  );
});
afterAll(() => api.close());

/** The files of a table: its heap, its indexes, its TOAST table and the TOAST index, every fork and segment. */
async function tableFiles(table: string): Promise<string[]> {
  const relations: { file: string }[] = await api.dataSource.query(
    `WITH rel AS (
       SELECT $1::regclass AS oid
       UNION ALL SELECT reltoastrelid FROM pg_class WHERE oid = $1::regclass AND reltoastrelid <> 0
     )
     SELECT pg_relation_filepath(oid) AS file FROM rel
     UNION ALL SELECT pg_relation_filepath(indexrelid) FROM pg_index WHERE indrelid IN (SELECT oid FROM rel)`,
    [table],
  );
  return relations.flatMap(({ file }) => {
    const full = path.join(dataDirectory, file);
    const base = path.basename(full);
    return readdirSync(path.dirname(full))
      .filter((name) => name === base || name.startsWith(`${base}.`) || name.startsWith(`${base}_`))
      .map((name) => path.join(path.dirname(full), name));
  });
}

/** Which of the tables' files hold any of the markers (as bytes, wherever in a page). */
async function filesHolding(markers: string[], tables: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const table of tables) {
    for (const file of await tableFiles(table)) {
      const bytes = readFileSync(file);
      for (const marker of markers) {
        if (bytes.includes(marker)) found.push(`${table} ${path.basename(file)}: ${marker}`);
      }
    }
  }
  return found;
}

function walHolding(markers: string[]): string[] {
  const directory = path.join(dataDirectory, 'pg_wal');
  return readdirSync(directory)
    .filter((name) => /^[0-9A-F]{24}$/.test(name))
    .flatMap((name) => {
      const bytes = readFileSync(path.join(directory, name));
      return markers.filter((marker) => bytes.includes(marker)).map((marker) => `${name}: ${marker}`);
    });
}

test('after an erasure the values are in no table, index or statistics file, nor in the WAL directory', async () => {
  const headers = await coach(api);
  const marker = randomBytes(8).toString('hex');
  const digits = String(Number.parseInt(marker.slice(0, 10), 16))
    .padStart(13, '0')
    .slice(0, 10);
  const values = {
    name: `Naam${marker}`,
    email: `post${marker}@example.nl`,
    phone: `+31 6 ${digits}`,
    supportNeeds: `Steun${marker}`,
    notes: [`Voorstel${marker}`, `Kennismaking${marker}`],
  };
  const candidateId = await createCandidate(
    api,
    { name: values.name, email: values.email, phone: values.phone, supportNeeds: values.supportNeeds },
    headers,
  );
  const [institution] = await api.dataSource.query(
    `SELECT id FROM organisation WHERE name = 'Werk bij Duurstede'`,
  );
  const opportunityId = await postOpportunity(api, headers, {
    municipality: 'GM0352',
    organisationId: toGlobalId('Organisation', institution.id),
  });
  const proposed = await api.graphql(
    ProposePlacementDocument,
    { input: { candidateId, opportunityId, note: values.notes[0] } },
    headers,
  );
  const placementId = proposed.body.data!.proposePlacement.placement!.id;
  const moved = await api.graphql(
    MovePlacementDocument,
    { input: { id: placementId, stage: 'INTRODUCED', note: values.notes[1] } },
    headers,
  );
  expect(moved.body.data!.movePlacement.userErrors).toEqual([]);
  const [{ pseudonym }] = await api.dataSource.query('SELECT pseudonym FROM candidate WHERE id = $1', [
    dbId(candidateId),
  ]);
  const markers = [values.name, values.email, digits, values.supportNeeds, ...values.notes, pseudonym];
  const tables = ['candidate', 'placement_transition', 'pg_statistic'];
  const sampled = () =>
    api.dataSource.query(
      `SELECT count(*)::int AS count FROM pg_stats
        WHERE tablename = ANY($1) AND row_to_json(pg_stats)::text ~ $2`,
      [tables, marker],
    );

  // As autovacuum would after enough changes: the planner's statistics (pg_statistic) sample the values.
  await api.dataSource.query('ANALYZE candidate, placement_transition');
  // On disk before the erasure: what the test looks for is where it looks.
  await api.dataSource.query('CHECKPOINT');
  expect((await filesHolding(markers, tables)).length).toBeGreaterThanOrEqual(markers.length);
  expect(walHolding(markers).length).toBeGreaterThan(0);
  expect((await sampled())[0].count).toBeGreaterThan(0);

  const erased = await api.graphql(EraseCandidateDocument, { id: candidateId }, headers);
  expect(erased.body.data!.eraseCandidate.userErrors).toEqual([]);
  // The clean-up ran before the mutation answered; a checkpoint writes whatever is still in memory.
  await api.dataSource.query('CHECKPOINT');
  expect(await filesHolding(markers, tables)).toEqual([]);
  expect(walHolding(markers)).toEqual([]);
  // The statistics of the planner hold no sample of the erased values either.
  expect(await sampled()).toEqual([{ count: 0 }]);
});
