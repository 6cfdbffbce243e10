import type { SourceExtract } from '../../../io/core/sourceExtract.js';
import type { CliIo } from '../../cliIo.js';

/** The files named on the command line as streamed inputs (big exports are never read whole). */
export function streamedFiles(paths: readonly string[], io: CliIo) {
  return paths.map((name) => ({ name, input: io.readStream(name) }));
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
