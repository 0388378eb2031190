import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../../src/database';
import { printSortedSchema } from '../../src/schema';
import { createTestDatabase } from '../support/test-server';

const root = path.resolve(__dirname, '..', '..');

describe('what is committed matches the code', () => {
  test('schema/schema.graphql is the printed schema (run `npm run schema:print`)', () => {
    expect(readFileSync(path.join(root, 'schema', 'schema.graphql'), 'utf8')).toBe(printSortedSchema());
  });

  test('test/__generated__ and scripts/report/__generated__ are what codegen makes of the schema and the operations (run `npm run codegen`)', () => {
    const codegen = spawnSync(
      process.execPath,
      [path.join(root, 'node_modules', '.bin', 'graphql-codegen'), '--config', 'codegen.yml', '--check'],
      { cwd: root, encoding: 'utf8' },
    );
    expect({ status: codegen.status, output: codegen.stdout + codegen.stderr }).toEqual({
      status: 0,
      output: expect.any(String),
    });
  });

  test('every operation in a .graphql file is typed by one of the codegen targets (none left outside them)', () => {
    const generated = ['test/__generated__/graphql.ts', 'scripts/report/__generated__/graphql.ts']
      .map((file) => readFileSync(path.join(root, file), 'utf8'))
      .join('\n');
    const untyped: string[] = [];
    for (const dir of ['test', 'scripts']) {
      for (const file of readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (!file.endsWith('.graphql')) continue;
        const text = readFileSync(path.join(root, dir, file), 'utf8');
        for (const [, kind, name] of text.matchAll(/^(query|mutation|subscription|fragment) (\w+)/gm)) {
          const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
          if (!generated.includes(`export const ${exported} =`)) untyped.push(`${dir}/${file}: ${name}`);
        }
      }
    }
    expect(untyped).toEqual([]);
  });
});

describe('migrations', () => {
  let database: { url: string; drop(): Promise<void> };
  let dataSource: DataSource;
  beforeAll(async () => {
    // Migrations run here, in this database: what they record (e.g. in typeorm_metadata) names it.
    database = await createTestDatabase('blank');
    dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  test('after all migrations the database is exactly what the entities describe (no drift)', async () => {
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  test('every migration can be reverted and applied again', async () => {
    const count = dataSource.migrations.length;
    for (let i = 0; i < count; i += 1) await dataSource.undoLastMigration();
    const tables: { table_name: string }[] = await dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT IN ('migrations', 'typeorm_metadata')`,
    );
    expect(tables).toEqual([]);
    const applied = await dataSource.runMigrations();
    expect(applied).toHaveLength(count);
    expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
