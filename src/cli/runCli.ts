import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { safeParseCommunityJson } from '../io/parseCommunityJson.js';
import type { Community } from '../model/community.js';
import { communityJsonSchema } from '../model/communityJsonSchema.js';
import { toDate } from '../model/dateInput.js';
import { isCommunityKitError, ValidationError } from '../model/errors.js';
import { sampleCommunity } from '../model/sampleCommunity.js';
import { communityReport } from '../report/communityReport.js';
import { renderReportMarkdown } from '../report/renderReportMarkdown.js';
import { type CliIo, defaultIo } from './cliIo.js';
import { UsageError } from './commands/command.js';
import { COMMANDS } from './commands/index.js';

const USAGE = `community-kit — community roles, skills, stakeholder graphs, matching and health metrics

Usage:
  community-kit demo [--format md|json] [--out FILE] [--seed N]
      The report on the embedded sample community.
  community-kit report FILE [--as-of DATE] [--format md|json] [--out FILE]
      The report on your community (JSON, see docs/data-format.md).
      --as-of defaults to the day after the last activity in the file.
  community-kit validate FILE
      Lists every problem in FILE with its path. Exit code 1 when invalid.
  community-kit schema
      Prints the JSON Schema of the community format.

Options:
  --format md|json   Output format (default md).
  --out FILE         Write to FILE instead of stdout; with md, figures are
                     written as SVG files in a folder beside it.
  --figures MODE     none | inline | files (default: none on stdout, files
                     with --out).
  --seed N           Seed for the sample community and seeded algorithms.
  -h, --help         Show this help.   -v, --version   Show the version.

Exit codes: 0 success, 1 invalid input, 2 usage error.
`;

const usage = (): string =>
  COMMANDS.length === 0
    ? USAGE
    : USAGE.replace(
        '\nOptions:',
        `${COMMANDS.map((c) => `  community-kit ${c.words.join(' ')} …\n      ${c.summary}\n`).join('')}\nOptions:`,
      );

export type { CliIo } from './cliIo.js';

/**
 * Runs the community-kit command line with the given arguments and resolves
 * to the exit code: 0 success, 1 invalid input, 2 usage error.
 */
export async function runCli(args: readonly string[], io: CliIo = defaultIo): Promise<number> {
  try {
    return await run(args, io);
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

/** The registered command `args` starts with (longest match), if any. */
function registered(args: readonly string[]) {
  let best: (typeof COMMANDS)[number] | undefined;
  for (const c of COMMANDS)
    if (c.words.every((w, i) => args[i] === w) && (best === undefined || c.words.length > best.words.length))
      best = c;
  return best;
}

async function runRegistered(command: (typeof COMMANDS)[number], args: readonly string[], io: CliIo) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: args.slice(command.words.length),
      allowPositionals: true,
      strict: true,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    io.stderr(
      `community-kit ${command.words.join(' ')}: ${error instanceof Error ? error.message : String(error)}\n\n${command.usage}`,
    );
    return 2;
  }
  if (parsed.values.help === true) {
    io.stdout(command.usage);
    return 0;
  }
  try {
    return await command.run(parsed, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`community-kit ${command.words.join(' ')}: ${error.message}\n\n${command.usage}`);
      return 2;
    }
    throw error;
  }
}

async function run(args: readonly string[], io: CliIo): Promise<number> {
  const command0 = registered(args);
  if (command0 !== undefined) return runRegistered(command0, args, io);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout('community-kit 0.1.0\n');
    return 0;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === 'help') {
    io.stdout(usage());
    return command === undefined && !values.help ? 2 : 0;
  }
  const format = values.format ?? 'md';
  if (format !== 'md' && format !== 'json')
    throw new UsageError(`--format must be md or json, not "${format}"`);
  const progress = (text: string): void => {
    if (io.stderrIsTty) io.stderr(`\r\x1b[2K${text}`);
  };
  const done = (): void => {
    if (io.stderrIsTty) io.stderr('\r\x1b[2K');
  };

  switch (command) {
    case 'schema':
      expectArgs(command, rest, 0);
      io.stdout(`${JSON.stringify(communityJsonSchema(), null, 2)}\n`);
      return 0;
    case 'validate': {
      expectArgs(command, rest, 1);
      const community = load(rest[0] as string, io);
      if (community === undefined) return 1;
      io.stdout(
        `${rest[0]}: valid — ${community.members.length} members, ${community.activities.length} activities, ${community.gatherings.length} gatherings\n`,
      );
      return 0;
    }
    case 'demo':
    case 'report': {
      let community: Community | undefined;
      let asOf: Date | undefined;
      if (command === 'demo') {
        expectArgs(command, rest, 0);
        progress('Building the sample community…');
        community = sampleCommunity({ seed: values.seed === undefined ? 1 : Number(values.seed) });
        asOf = new Date('2026-01-01T00:00:00Z');
      } else {
        expectArgs(command, rest, 1);
        progress(`Reading ${rest[0]}…`);
        community = load(rest[0] as string, io);
        if (community === undefined) return 1;
        asOf = defaultAsOf(community);
      }
      if (values['as-of'] !== undefined) {
        asOf = toDate(values['as-of']);
        if (asOf === undefined)
          throw new UsageError(`--as-of must be an ISO-8601 date, not "${values['as-of']}"`);
      }
      progress('Computing the report…');
      const report = communityReport(community, {
        asOf,
        seed: values.seed === undefined ? 1 : Number(values.seed),
      });
      done();
      if (format === 'json') {
        await output(`${JSON.stringify(report, null, 2)}\n`, values.out, io);
        return 0;
      }
      const figures = values.figures ?? (values.out === undefined ? 'none' : 'files');
      if (figures !== 'none' && figures !== 'inline' && figures !== 'files')
        throw new UsageError(`--figures must be none, inline or files, not "${figures}"`);
      if (values.out === undefined || figures !== 'files') {
        const { markdown } = renderReportMarkdown(report, {
          figures: figures === 'files' ? 'none' : figures,
        });
        await output(markdown, values.out, io);
        if (values.out === undefined && figures === 'none' && io.stderrIsTty)
          io.stderr(
            '(figures left out; add --out report.md to write them as SVG files, or --figures inline)\n',
          );
        return 0;
      }
      const base = values.out.replace(/\.md$/i, '');
      const figureDir = `${base.split(/[\\/]/).pop()}-figures`;
      const rendered = renderReportMarkdown(report, { figures: 'files', figureDir });
      await io.writeFile(values.out, rendered.markdown);
      for (const f of rendered.files) await io.writeFile(join(dirname(values.out), f.path), f.content);
      io.stderr(
        `wrote ${values.out} and ${rendered.files.length} figure(s) in ${join(dirname(values.out), figureDir)}\n`,
      );
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean', short: 'v' },
      format: { type: 'string' },
      out: { type: 'string' },
      'as-of': { type: 'string' },
      seed: { type: 'string' },
      figures: { type: 'string' },
    },
  });
}

function expectArgs(command: string, rest: readonly string[], n: number): void {
  if (rest.length !== n)
    throw new UsageError(
      n === 0
        ? `"${command}" takes no arguments`
        : `"${command}" needs exactly ${n} file argument${n === 1 ? '' : 's'}`,
    );
}

function load(path: string, io: CliIo): Community | undefined {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = safeParseCommunityJson(text);
  if (result.success) return result.data;
  const v = result.error;
  io.stderr(`${path}: ${v.issues.length + v.more} problem${v.issues.length + v.more === 1 ? '' : 's'}\n`);
  for (const issue of v.issues) io.stderr(`  ${issue.path || '(root)'}: ${issue.message}\n`);
  if (v.more > 0) io.stderr(`  … and ${v.more} more\n`);
  return undefined;
}

function defaultAsOf(community: Community): Date {
  let last = Number.NEGATIVE_INFINITY;
  for (const a of community.activities) last = Math.max(last, a.at.getTime());
  for (const g of community.gatherings) last = Math.max(last, g.start.getTime());
  if (!Number.isFinite(last)) return new Date(Date.UTC(2000, 0, 1));
  const d = new Date(last);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1));
}

async function output(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) io.stdout(text);
  else {
    await io.writeFile(out, text);
    io.stderr(`wrote ${out}\n`);
  }
}
