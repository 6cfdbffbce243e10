import { parseArgs } from 'node:util';
import { isCommunityKitError } from '../model/errors.js';
import { type CliIo, defaultIo } from './cliIo.js';
import { type CliCommand, UsageError } from './commands/command.js';
import { COMMANDS } from './commands/index.js';

const VERSION = '0.1.0';

const usage =
  (): string => `community-kit — community roles, skills, stakeholder graphs, matching and health metrics

Usage:
${COMMANDS.map((c) => `  ${synopsis(c)}\n      ${c.summary}\n`).join('')}
  community-kit COMMAND --help   The command's own flags.
  -h, --help         Show this help.   -v, --version   Show the version.

Exit codes: 0 success, 1 invalid input, 2 usage error.
`;

/** The first line of a command's usage without "Usage: " (`community-kit validate FILE [--strict]`). */
function synopsis(c: CliCommand): string {
  const first = c.usage.split('\n')[0] ?? '';
  return first.startsWith('Usage: ') ? first.slice(7) : `community-kit ${c.words.join(' ')} …`;
}

export type { CliIo } from './cliIo.js';

/**
 * Runs the community-kit command line with the given arguments and resolves
 * to the exit code: 0 success, 1 invalid input, 2 usage error.
 */
export async function runCli(args: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    const command = registered(args);
    if (command !== undefined) return await runCommand(command, args, io);
    return topLevel(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`community-kit: ${error.message}\nRun "community-kit --help" for usage.\n`);
      return 2;
    }
    if (isCommunityKitError(error)) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/** No registered command: `--help`, `--version`, `help`, nothing, or a mistake. */
function topLevel(args: readonly string[], io: CliIo): number {
  const [first] = args;
  if (first === undefined) {
    io.stdout(usage());
    return 2;
  }
  if (first === '-h' || first === '--help' || first === 'help') {
    io.stdout(usage());
    return 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`community-kit ${VERSION}\n`);
    return 0;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option ${first} (options come after the command)`);
  throw new UsageError(`unknown command "${first}"`);
}

/** The registered command `args` starts with (longest match), if any. */
function registered(args: readonly string[]): CliCommand | undefined {
  let best: CliCommand | undefined;
  for (const c of COMMANDS)
    if (c.words.every((w, i) => args[i] === w) && (best === undefined || c.words.length > best.words.length))
      best = c;
  return best;
}

/** Parses a command's flags strictly and runs it; usage mistakes exit 2 with the command's usage. */
async function runCommand(command: CliCommand, args: readonly string[], io: CliIo): Promise<number> {
  const name = `community-kit ${command.words.join(' ')}`;
  try {
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({
        args: args.slice(command.words.length),
        allowPositionals: true,
        strict: true,
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UsageError(flagProblem(error, command));
    }
    if (parsed.values.help === true) {
      io.stdout(command.usage);
      return 0;
    }
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${name}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    throw error;
  }
}

/** node:util's parse error in plain words, with the closest known flag for a typo. */
function flagProblem(error: unknown, command: CliCommand): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^']*)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && flag !== undefined) {
    const known = [...Object.keys(command.options), 'help'];
    const word = flag.replace(/^-+/, '').split('=')[0] as string;
    const close = known.filter((k) => editDistance(k, word) <= 2).sort();
    return `unknown option ${flag}${close.length > 0 ? ` (did you mean --${close[0]}?)` : ''}`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && flag !== undefined)
    return `${flag.split(' ')[0]} needs a value`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return 'too many arguments';
  return message;
}

/** Levenshtein distance (small strings only). */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        (prev[j] as number) + 1,
        (cur[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length] as number;
}
