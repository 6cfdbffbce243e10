import { SOURCE_EXTRACT_FORMAT } from '../../io/core/sourceExtract.js';
import { parseCommunityJson } from '../../io/parseCommunityJson.js';
import { pseudonymise } from '../../io/pseudonymise.js';
import { pseudonymiseExtract } from '../../io/pseudonymiseExtract.js';
import type { CliIo } from '../cliIo.js';
import { type CliCommand, UsageError } from './command.js';
import { readTextFile } from './internal/readFiles.js';

const usage = `Usage: community-kit pseudonymise --key-file FILE IN.json --out OUT.json [--keep-text]

IN.json is a community or a source extract (from "community-kit import …"):
extracts pseudonymised separately with one key still combine.

Replaces ids, names, e-mails, usernames and source ids with keyed pseudonyms
(HMAC-SHA-256 under the secret in FILE, at least 16 bytes; trailing newlines
are ignored). The same key gives the same pseudonyms, so exports pseudonymised
separately still combine. Free text (activity text, bios, assessment evidence,
metadata) is dropped unless --keep-text. Organisations and times are kept:
see docs/io/pseudonymise.md for what can still identify someone.

Options:
  --key-file FILE  the secret key (required; keep it safe, and out of the data you share)
  --out FILE       where to write the pseudonymised community (required)
  --keep-text      keep free text
`;

const read = (io: CliIo, path: string): string => readTextFile(path, io);

/** `community-kit pseudonymise`: keyed pseudonyms for a community file. */
export const pseudonymiseCommand: CliCommand = {
  words: ['pseudonymise'],
  summary: 'replace names, e-mails, usernames and ids with keyed pseudonyms (HMAC-SHA-256)',
  usage,
  options: {
    'key-file': { type: 'string' },
    out: { type: 'string', short: 'o' },
    'keep-text': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const keyFile = values['key-file'];
    const out = values.out;
    if (typeof keyFile !== 'string')
      throw new UsageError(
        '--key-file FILE is required: pseudonyms without a secret key can be reversed by hashing a list of e-mails',
      );
    if (typeof out !== 'string') throw new UsageError('--out FILE is required');
    if (positionals.length !== 1) throw new UsageError('give exactly one community file');
    const key = read(io, keyFile).replace(/[\r\n]+$/, '');
    const input = positionals[0] as string;
    const text = read(io, input);
    const keepText = values['keep-text'] === true;
    const kept = `${keepText ? 'free text kept' : 'free text dropped'}; organisations and times kept`;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      value = undefined; // parseCommunityJson below reports it with the file's problem
    }
    if ((value as { format?: unknown } | null)?.format === SOURCE_EXTRACT_FORMAT) {
      const extract = pseudonymiseExtract(value, { key, keepText });
      await io.writeFile(out, `${JSON.stringify(extract, null, 2)}\n`);
      io.stderr(
        `pseudonymised extract ${input}: ${extract.identities.length} identities, ${extract.activities.length} activities; ${kept}\n`,
      );
      return 0;
    }
    const community = parseCommunityJson(text);
    const result = pseudonymise(community, { key, keepText });
    await io.writeFile(out, `${JSON.stringify(result, null, 2)}\n`);
    io.stderr(
      `pseudonymised ${input}: ${result.members.length} members, ${result.activities.length} activities; ${kept}\n`,
    );
    return 0;
  },
};
