import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A CLI's options with `--help` added: prints the usage and exits 0 for `--help`, names an unknown or malformed
 * option with the usage and exits 2.
 */
export function commandLine<T extends Options>(options: T, usage: string) {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values as ReturnType<typeof parseArgs<{ options: T }>>['values'];
}

/** Stops with exit 2, saying what is wrong with the arguments in a way `parseArgs` cannot see. */
export function usageError(message: string): never {
  console.error(message);
  process.exit(2);
}
