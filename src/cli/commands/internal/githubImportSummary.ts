import type { SourceExtract } from '../../../io/core/sourceExtract.js';
import type { GithubExtractOptions } from '../../../io/github/githubExtract.js';
import type { CliIo } from '../../cliIo.js';
import { type CliCommand, UsageError } from '../command.js';

/** The flags both GitHub commands take (read by {@link githubCommandOptions}). */
export const GITHUB_COMMAND_FLAGS = {
  out: { type: 'string' },
  'question-label': { type: 'string', multiple: true },
  'draft-start': { type: 'string' },
  text: { type: 'boolean' },
  description: { type: 'string' },
} satisfies CliCommand['options'];

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/**
 * What both GitHub commands read from their command line: the required
 * --out file, and the options they share (--question-label, --draft-start,
 * --text, --description); usage errors for what is missing or wrong.
 */
export function githubCommandOptions(
  values: Values,
  positionals: readonly string[],
): { out: string; options: GithubExtractOptions } {
  const out = values.out;
  if (typeof out !== 'string') throw new UsageError('--out FILE is required');
  if (positionals.length === 0) throw new UsageError('name at least one file');
  const draftStart = values['draft-start'];
  if (draftStart !== undefined && draftStart !== 'ready-for-review' && draftStart !== 'created')
    throw new UsageError(`--draft-start must be ready-for-review or created, not "${String(draftStart)}"`);
  const labels = values['question-label'];
  const options: GithubExtractOptions = {
    ...(Array.isArray(labels) ? { questionLabels: labels.map(String) } : {}),
    ...(draftStart === undefined ? {} : { draftStart }),
    text: values.text === true,
    ...(typeof values.description === 'string' ? { description: values.description } : {}),
  };
  return { out, options };
}

/** The files named on the command line as streamed inputs (big exports are never read whole); on a terminal, progress on stderr. */
export function streamedFiles(paths: readonly string[], io: CliIo) {
  return paths.map((name, i) => ({ name, input: withProgress(name, i, paths.length, io) }));
}

/** The file's chunks, saying on a terminal which file is read and how many MB so far. */
async function* withProgress(name: string, i: number, n: number, io: CliIo): AsyncGenerator<Uint8Array> {
  let bytes = 0;
  let shown = -1;
  for await (const chunk of io.readStream(name)) {
    bytes += chunk.length;
    const mb = Math.floor(bytes / 16e6);
    if (io.stderrIsTty && mb !== shown) {
      shown = mb;
      io.stderr(`\r\x1b[2KReading ${name} (${i + 1}/${n}): ${Math.round(bytes / 1e6)} MB`);
    }
    yield chunk;
  }
  if (io.stderrIsTty && i === n - 1) io.stderr('\r\x1b[2K');
}

/** One paragraph for stderr: what was read, kept, skipped and warned about. */
export function extractSummary(extract: SourceExtract, out: string): string {
  const read = Object.entries(extract.read)
    .filter(([k]) => !k.startsWith('other:'))
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const bots = extract.identities.filter((i) => i.platformBot === true).length;
  const skipped = extract.skipped.reduce((n, s) => n + s.count, 0);
  let text = `Read ${extract.files.length} file${extract.files.length === 1 ? '' : 's'}${read === '' ? '' : ` (${read})`}: ${extract.activities.length} activities by ${extract.identities.length} GitHub accounts (${bots} flagged as bots by GitHub).`;
  if (skipped > 0)
    text += ` Skipped ${skipped}: ${extract.skipped.map((s) => `${s.count} ${s.reason}`).join('; ')}.`;
  for (const w of extract.warnings) text += ` ${w}`;
  return `${text} Wrote ${out}.\n`;
}
