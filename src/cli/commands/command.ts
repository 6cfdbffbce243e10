import type { ParseArgsConfig } from 'node:util';
import type { CliIo } from '../cliIo.js';

/** Thrown for a usage mistake (unknown flag, missing argument, bad value): exit code 2 with the command's usage. */
export class UsageError extends Error {}

/**
 * One CLI command beyond the built-in ones (`import git`, `combine`…). Each
 * lives in its own file under src/cli/commands/ and is listed in
 * src/cli/commands/index.ts; runCli parses its flags strictly with `options`
 * and shows `usage` for `--help` and after a usage error.
 */
export interface CliCommand {
  /** The words that select it, e.g. `['import', 'git']` or `['combine']`. */
  words: readonly string[];
  /** One line for the main help. */
  summary: string;
  /** The full usage text shown by `community-kit <words> --help`. */
  usage: string;
  /** Its flags, for node:util parseArgs (strict: unknown flags are usage errors). `help` is added. */
  options: NonNullable<ParseArgsConfig['options']>;
  /** Runs it; resolves to the exit code (0 success, 1 invalid input). Throw UsageError for usage mistakes. */
  run: (
    args: {
      values: Record<string, string | boolean | (string | boolean)[] | undefined>;
      positionals: string[];
    },
    io: CliIo,
  ) => Promise<number>;
}
