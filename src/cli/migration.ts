import 'reflect-metadata';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createDataSource } from '../database';
import { throwawayDatabase } from './throwaway-database';

/**
 * `generate <Name>`: writes src/migrations/<timestamp>-<Name>.ts with what the entities need beyond the
 * existing migrations. `check`: exits 1 when entities and migrations disagree.
 * Both run against a throwaway embedded PostgreSQL after the existing migrations.
 */
async function main(): Promise<void> {
  const [command, name] = process.argv.slice(2);
  if (command !== 'check' && !(command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name))) {
    console.error('usage: npm run migration:generate -- <PascalCaseName> | npm run migration:check');
    process.exit(2);
  }
  const database = await throwawayDatabase();
  let status = 0;
  try {
    const dataSource = createDataSource(database.url);
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    const root = path.resolve(__dirname, '..', '..', '..');
    const args =
      command === 'check'
        ? ['migration:generate', 'src/migrations/Drift', '--check', '--pretty']
        : ['migration:generate', `src/migrations/${name}`, '--pretty'];
    const result = spawnSync(
      process.execPath,
      [require.resolve('typeorm/cli.js'), ...args, '-d', path.join(root, 'dist', 'ormconfig.js')],
      { cwd: root, stdio: 'inherit', env: { ...process.env, DATABASE_URL: database.url } },
    );
    status = result.status ?? 1;
  } finally {
    await database.stop();
  }
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
