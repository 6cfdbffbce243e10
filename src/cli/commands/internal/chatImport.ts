import type { ExportFile, ExportInput } from '../../../io/chat/exportInput.js';
import type { SourceExtract } from '../../../io/core/sourceExtract.js';
import type { CliIo } from '../../cliIo.js';
import { type CliCommand, UsageError } from '../command.js';
import { isDirectoryPath } from './readFiles.js';

/** `path` relative to `dir` with `/` separators. */
function relativeTo(dir: string, path: string): string {
  const d = dir.replace(/[\\/]+$/, '');
  const inside = d !== '' && d !== '.' && (path.startsWith(`${d}/`) || path.startsWith(`${d}\\`));
  const rel = inside ? path.slice(d.length + 1) : path;
  return rel.split('\\').join('/');
}

/**
 * The export the PATHs name: one ZIP (when `zip` allows) or tar archive,
 * gzipped or not (when `tar` allows), streamed as it is; or the files of
 * folders (paths relative to the folder) and single files (paths as given),
 * read lazily one at a time.
 */
export function exportInputFromPaths(
  paths: readonly string[],
  io: CliIo,
  zip: boolean,
  tar = false,
): ExportInput {
  if (paths.length === 0) throw new UsageError('give at least one PATH');
  const kinds = paths.map((p) => ({ path: p, dir: isDirectoryPath(p, io) }));
  const zips = kinds.filter((k) => !k.dir && /\.zip$/i.test(k.path));
  const tars = kinds.filter((k) => !k.dir && /\.(?:tar|tar\.gz|tgz)$/i.test(k.path));
  if (zips.length > 0 || tars.length > 0) {
    if (zips.length > 0 && !zip) throw new UsageError(`${zips[0]?.path}: unzip it first and give the folder`);
    if (tars.length > 0 && !tar) throw new UsageError(`${tars[0]?.path}: untar it first and give the folder`);
    if (paths.length > 1) throw new UsageError('give one archive, or folders and files, not both');
    return io.readStream(paths[0] as string);
  }
  return (async function* (): AsyncGenerator<ExportFile> {
    for (const k of kinds) {
      if (!k.dir) yield { path: k.path, bytes: io.readStream(k.path) };
      else
        for (const f of io.listFiles(k.path)) yield { path: relativeTo(k.path, f), bytes: io.readStream(f) };
    }
  })();
}

/** One paragraph saying what an import read, skipped and warned about. */
export function extractSummary(extract: SourceExtract): string {
  const read = Object.entries(extract.read)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  const skipped = extract.skipped.reduce((s, k) => s + k.count, 0);
  const reasons = extract.skipped.map((k) => `${k.count} ${k.reason}`).join('; ');
  let text = `${extract.source}: read ${read || 'nothing'}; ${extract.identities.length} identities, ${extract.activities.length} activities.`;
  text += skipped === 0 ? ' Skipped nothing.' : ` Skipped ${skipped}: ${reasons}.`;
  if (extract.warnings.length > 0)
    text += ` ${extract.warnings.length} warning${extract.warnings.length === 1 ? '' : 's'}: ${extract.warnings.join('; ')}.`;
  return `${text}\n`;
}

/** The `import <source>` command of a chat or forum importer that reads an {@link ExportInput}. */
export function chatImportCommand(spec: {
  source: string;
  summary: string;
  usage: string;
  zip: boolean;
  /** Whether a tar archive (.tar, .tar.gz, .tgz) is read as it is. */
  tar?: boolean;
  options?: CliCommand['options'];
  run: (input: ExportInput, values: Record<string, unknown>) => Promise<SourceExtract>;
}): CliCommand {
  return {
    words: ['import', spec.source],
    summary: spec.summary,
    usage: spec.usage,
    options: { out: { type: 'string' }, ...spec.options },
    async run({ values, positionals }, io) {
      const input = exportInputFromPaths(positionals, io, spec.zip, spec.tar === true);
      if (io.stderrIsTty) io.stderr(`Reading ${positionals.join(', ')}…`);
      const extract = await spec.run(input, values);
      if (io.stderrIsTty) io.stderr('\r\x1b[2K');
      const json = JSON.stringify(extract);
      if (typeof values.out === 'string') {
        await io.writeFile(values.out, `${json}\n`);
        io.stderr(`wrote ${values.out}\n`);
      } else io.stdout(`${json}\n`);
      io.stderr(extractSummary(extract));
      return 0;
    },
  };
}
