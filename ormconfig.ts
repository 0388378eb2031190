import 'reflect-metadata';
import { createDataSource } from './src/database';

/**
 * The DataSource for the TypeORM CLI (`typeorm -d dist/ormconfig.js ...`), with the entities of every
 * registered module. `npm run migration:generate` and `migration:check` provide a database for it.
 */
if (!process.env.DATABASE_URL) {
  throw new Error('DATABASE_URL must be set for the TypeORM CLI (npm run migration:generate provides one)');
}

export default createDataSource(process.env.DATABASE_URL);
