import type { SourceExtract } from '../../io/core/sourceExtract.js';
import { readMboxFiles } from '../../io/mbox/readMbox.js';
import type { CliIo } from '../cliIo.js';
import { type CliCommand, UsageError } from './command.js';
import { fileChunks, isDirectoryPath } from './internal/readFiles.js';

const USAGE = `Usage: community-kit import mbox FILE|DIR… [--list NAME] [--out extract.json]

Reads mailing-list archives — mbox files, plain or .gz: Pipermail monthly
archives (2024-January.txt.gz), HyperKitty downloads, a mail client's mbox,
a Google Takeout mbox — into a source extract: one identity per sender
address, one activity per message (post or reply), threads by References,
In-Reply-To and (for replies without them) subject. A directory is read
whole (files ending .mbox, .mbx, .txt, .eml or .gz). Files are read as one
archive, so threads span months.

Options:
  --list NAME              The list's name, as every activity's channel
                           (default: each message's List-Id).
  --out FILE               Write the extract (JSON) to FILE (default: stdout).
  --description TEXT       A description of what was read.
  --no-text                Leave message text out (privacy).
  --no-subject-fallback    Do not thread replies by subject.
  -h, --help               Show this help.

The summary (read, skipped, warnings) goes to stderr. See docs/io/mbox.md.
Exit codes: 0 success, 1 invalid input, 2 usage error.
`;

/** Files worth reading under a directory: mbox, Pipermail .txt, .eml and their .gz. */
const ARCHIVE = /\.(?:mbox|mbx|txt|eml)(?:\.gz)?$|\.gz$/i;

/** The files FILE|DIR arguments name, directories expanded (sorted). */
function filesOf(paths: readonly string[], io: CliIo): string[] {
  const out: string[] = [];
  for (const path of paths) {
    if (!isDirectoryPath(path, io)) out.push(path);
    else {
      const found = io.listFiles(path).filter((f) => ARCHIVE.test(f));
      if (found.length === 0) throw new UsageError(`no mbox files (.mbox, .txt, .eml, .gz) under ${path}`);
      out.push(...found);
    }
  }
  return out;
}

/** The one-paragraph summary: what was read, skipped and warned about. */
function summary(extract: SourceExtract, out: string | undefined): string {
  const { messages = 0, threads = 0, senders = 0 } = extract.read;
  const skipped = extract.skipped.reduce((n, s) => n + s.count, 0);
  const lines = [
    `mbox: read ${messages} message${messages === 1 ? '' : 's'} from ${extract.files.length} file${extract.files.length === 1 ? '' : 's'}: ${extract.activities.length} activities in ${threads} thread${threads === 1 ? '' : 's'}, ${senders} sender${senders === 1 ? '' : 's'}; skipped ${skipped}; ${extract.warnings.length} warning${extract.warnings.length === 1 ? '' : 's'}${out === undefined ? '' : `; wrote ${out}`}.`,
    ...extract.skipped.map(
      (s) => `  skipped ${s.count}: ${s.reason} (e.g. ${s.examples.slice(0, 2).join(', ')})`,
    ),
    ...extract.warnings.map((w) => `  warning: ${w}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** `community-kit import mbox FILE|DIR… [--list NAME] [--out extract.json]`. */
export const importMbox: CliCommand = {
  words: ['import', 'mbox'],
  summary: 'Read mailing-list archives (mbox, Pipermail, HyperKitty; .gz too) into a source extract.',
  usage: USAGE,
  options: {
    list: { type: 'string' },
    out: { type: 'string' },
    description: { type: 'string' },
    'no-text': { type: 'boolean' },
    'no-subject-fallback': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one mbox file or directory');
    const files = filesOf(positionals, io);
    const out = typeof values.out === 'string' ? values.out : undefined;
    const extract = await readMboxFiles(
      files.map((file) => ({ file, input: fileChunks(file, io) })),
      {
        ...(typeof values.list === 'string' ? { list: values.list } : {}),
        ...(typeof values.description === 'string' ? { description: values.description } : {}),
        text: values['no-text'] !== true,
        subjectFallback: values['no-subject-fallback'] !== true,
        ...(io.stderrIsTty
          ? {
              onProgress: (n: number, file: string | undefined) =>
                io.stderr(`\r\x1b[2Kimport mbox: ${n.toLocaleString('en')} messages read (${file})…`),
            }
          : {}),
      },
    );
    if (io.stderrIsTty) io.stderr('\r\x1b[2K');
    const json = `${JSON.stringify(extract)}\n`;
    if (out === undefined) io.stdout(json);
    else await io.writeFile(out, json);
    io.stderr(summary(extract, out));
    return 0;
  },
};
