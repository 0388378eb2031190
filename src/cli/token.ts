import 'reflect-metadata';
import { commandLine, usageError } from './arguments';
import { durationSeconds, loadConfig } from '../config';
import { Role, signToken } from '../kit';

/**
 * Prints a signed bearer token as the last line of standard output, e.g.
 * `npm run -s token -- --role CIVIL_SERVANT --municipality GM0355`.
 */
const USAGE = [
  `usage: npm run -s token -- --role <${Object.values(Role).join('|')}> [--role ...]`,
  '       [--municipality GM0355] (CIVIL_SERVANT) [--kvk 12345678] (MEMBER) [--association <id>] (SECRETARY) [--sub id] [--name "..."] [--expires 8h]',
].join('\n');

async function main(): Promise<void> {
  const values = commandLine(
    {
      role: { type: 'string', multiple: true },
      municipality: { type: 'string' },
      kvk: { type: 'string' },
      association: { type: 'string' },
      sub: { type: 'string', default: 'developer' },
      name: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
    USAGE,
  );
  const roles = (values.role ?? [])
    .flatMap((role) => role.split(','))
    .map((role) => role.trim().toUpperCase());
  const unknown = roles.filter((role) => !Object.values(Role).includes(role as Role));
  if (roles.length === 0 || unknown.length > 0) {
    usageError(USAGE);
  }
  if (roles.includes(Role.CIVIL_SERVANT) && !/^GM\d{4}$/.test(values.municipality ?? '')) {
    usageError('a CIVIL_SERVANT token needs --municipality with a CBS code, e.g. GM0355');
  }
  if (roles.includes(Role.MEMBER) && !/^\d{8}$/.test(values.kvk ?? '')) {
    usageError('a MEMBER token needs --kvk with the 8-digit KvK number of the business');
  }
  const config = loadConfig();
  let lifetime: number;
  try {
    lifetime = durationSeconds(values.expires!);
  } catch (error) {
    usageError(`--expires: ${(error as Error).message}`);
  }
  if (lifetime > config.jwt.maxLifetimeSeconds) {
    usageError(
      `--expires ${values.expires} is longer than the server accepts (JWT_MAX_LIFETIME=${config.jwt.maxLifetimeSeconds}s)`,
    );
  }
  const token = await signToken(
    config.jwt.secret,
    {
      sub: values.sub!,
      name: values.name,
      roles: roles as Role[],
      municipality: values.municipality,
      kvk: values.kvk,
      association: values.association,
    },
    `${lifetime}s`,
  );
  console.log(token);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
