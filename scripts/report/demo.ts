import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  ReportDemoCreateKeyDocument,
  ReportDemoOrganisationsDocument,
  ReportDemoRevokeKeyDocument,
} from './__generated__/graphql';
import { createClient } from './client';
import { ExitCode, ReportError } from './errors';
import { run } from './main';

/**
 * `npm run report:demo` (with `npm start` running): the review as the board would make it, against the
 * local server. An ADMIN token from `npm run token` creates a `reports:read` key for the seeded "Regio Q4"
 * organisation through `createApiKey`; the report runs with that key alone and writes `review-2017.html`
 * (the year of the board's own review, to compare with), `review-2018.html` and `review-<this year>.html`; the key is revoked at the end, so demo runs leave no working keys behind.
 */

/** The organisation reporting keys belong to: the operator of the API, inserted by a migration. */
const OPERATOR = 'Regio Q4';
const root = path.resolve(__dirname, '..', '..', '..');

/** An ADMIN token, the way a developer gets one: `npm run token` (its last line). */
function adminToken(): string {
  // Under `npm run`, npm_execpath is npm's own script: the same npm, whatever the PATH says.
  const npm = process.env.npm_execpath;
  const args = ['run', '-s', 'token', '--', '--role', 'ADMIN', '--sub', 'report-demo', '--expires', '10m'];
  const result = npm
    ? spawnSync(process.execPath, [npm, ...args], { cwd: root, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd: root, encoding: 'utf8' });
  const token = result.stdout?.trim().split('\n').pop();
  if (result.status !== 0 || !token) {
    throw new ReportError(`npm run token failed: ${(result.stderr || result.stdout || '').trim()}`);
  }
  return token;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { url: { type: 'string', default: 'http://localhost:4000/graphql' } },
  });
  const url = values.url!;
  const admin = createClient({ url, token: adminToken(), forbiddenHint: 'the token needs the role ADMIN' });

  const { organisations } = await admin.request(ReportDemoOrganisationsDocument, {});
  const operator = organisations.find((o) => o.name === OPERATOR);
  if (!operator) {
    throw new ReportError(
      `the API has no organisation "${OPERATOR}": is the server up to date (its migrations)?`,
    );
  }
  const { createApiKey } = await admin.request(ReportDemoCreateKeyDocument, {
    input: { organisationId: operator.id, name: 'annual review (report:demo)', scopes: ['REPORTS_READ'] },
  });
  if (!createApiKey.secret || !createApiKey.apiKey) {
    throw new ReportError(
      `createApiKey refused: ${createApiKey.userErrors.map((e) => e.message).join('; ')}`,
    );
  }
  process.stderr.write(`report:demo: a reports:read key for ${OPERATOR}, ${createApiKey.apiKey.id}\n`);

  try {
    const io = { stdout: process.stdout, stderr: process.stderr, env: process.env };
    for (const year of [2017, 2018, new Date().getFullYear()]) {
      const out = `review-${year}.html`;
      const code = await run(
        ['--year', String(year), '--url', url, '--api-key', createApiKey.secret, '--out', out],
        io,
      );
      if (code !== ExitCode.OK) return code;
    }
    return ExitCode.OK;
  } finally {
    await admin.request(ReportDemoRevokeKeyDocument, { input: { id: createApiKey.apiKey.id } });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`report:demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = error instanceof ReportError ? error.exitCode : ExitCode.FAILED;
  },
);
