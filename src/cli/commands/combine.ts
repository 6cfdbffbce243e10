import { parseDomainMap, parseEmailMap } from '../../io/core/affiliationMaps.js';
import { type AssembleOptions, assembleCommunity } from '../../io/core/assembleCommunity.js';
import {
  IdentityAliasesSchema,
  type IdentityRef,
  parseIdentityAliases,
} from '../../io/core/identityAliases.js';
import { importReportSummary } from '../../io/core/importReport.js';
import { parseMailmap } from '../../io/core/mailmap.js';
import { SOURCE_EXTRACT_FORMAT } from '../../io/core/sourceExtract.js';
import { InputFormatError } from '../../model/errors.js';
import { parseWith } from '../../model/validate.js';
import type { CliIo } from '../cliIo.js';
import { type CliCommand, UsageError } from './command.js';
import { readTextFile } from './internal/readFiles.js';

const usage = `Usage: community-kit combine EXTRACT.json… --out community.json [options]

Assembles source extracts (from "community-kit import …") into one community:
one member per person (every merge in the report, with its rule and evidence),
affiliations, bots. A single extract is fine too.

Options:
  --out FILE           where to write the community (JSON; required)
  --report FILE        write the full import report (JSON)
  --name NAME          the community's name (default "Imported community")
  --aliases FILE       alias file: JSON ({"groups": [[…]], "keepApart": [[…]]}) or mailmap form
  --mailmap FILE       a .mailmap applied to every source (after the extracts' own)
  --affiliations FILE  domain → organisation, gitdm domain-map lines ("acme.com Acme Inc.")
  --enrollments FILE   e-mail → organisation with periods, gitdm email-map lines ("alice@x.org Acme < 2019-06-30")
  --keep-apart FILE    JSON: pairs of identity references that are two people
  --as-of DATE         take affiliations at this date (default: the latest activity)
  --no-suggest         do not list likely merges in the report
`;

const read = (io: CliIo, path: string): string => readTextFile(path, io);

function readJson(fn: string, io: CliIo, path: string): unknown {
  const text = read(io, path);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InputFormatError(fn, { file: path }, `not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
}

const one = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** `community-kit combine`: assembles extracts into a community and reports what it merged. */
export const combineCommand: CliCommand = {
  words: ['combine'],
  summary: 'assemble source extracts into one community (one member per person, affiliations, bots)',
  usage,
  options: {
    out: { type: 'string', short: 'o' },
    report: { type: 'string' },
    name: { type: 'string' },
    aliases: { type: 'string' },
    mailmap: { type: 'string' },
    affiliations: { type: 'string' },
    enrollments: { type: 'string' },
    'keep-apart': { type: 'string' },
    'as-of': { type: 'string' },
    'no-suggest': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const out = one(values.out);
    if (out === undefined) throw new UsageError('--out FILE is required');
    if (positionals.length === 0) throw new UsageError('give at least one extract file');
    const extracts = positionals.map((path) => {
      const value = readJson('combine', io, path);
      const format = (value as { format?: unknown } | null)?.format;
      if (format !== SOURCE_EXTRACT_FORMAT)
        throw new InputFormatError(
          'combine',
          { file: path },
          `not a source extract (expected "format": "${SOURCE_EXTRACT_FORMAT}"; write one with "community-kit import …")`,
        );
      return value;
    });
    const options: AssembleOptions = {};
    const name = one(values.name);
    if (name !== undefined) options.name = name;
    const aliasesPath = one(values.aliases);
    const mailmap = [];
    if (aliasesPath !== undefined) {
      const text = read(io, aliasesPath);
      if (text.trimStart().startsWith('{')) options.aliases = parseIdentityAliases(text, aliasesPath);
      else mailmap.push(...parseMailmap(text, { file: aliasesPath, strict: true }));
    }
    const mailmapPath = one(values.mailmap);
    if (mailmapPath !== undefined)
      mailmap.push(...parseMailmap(read(io, mailmapPath), { file: mailmapPath }));
    if (mailmap.length > 0) options.mailmap = mailmap;
    const affiliationsPath = one(values.affiliations);
    if (affiliationsPath !== undefined)
      options.affiliations = parseDomainMap(read(io, affiliationsPath), affiliationsPath);
    const enrollmentsPath = one(values.enrollments);
    if (enrollmentsPath !== undefined)
      options.enrollments = parseEmailMap(read(io, enrollmentsPath), enrollmentsPath);
    const keepApartPath = one(values['keep-apart']);
    if (keepApartPath !== undefined) {
      const raw = readJson('combine', io, keepApartPath);
      const pairs = Array.isArray(raw) ? raw : (raw as { keepApart?: unknown } | null)?.keepApart;
      options.keepApart = parseWith(
        'combine',
        IdentityAliasesSchema.shape.keepApart,
        pairs,
        keepApartPath,
      ) as [IdentityRef, IdentityRef][];
    }
    const asOf = one(values['as-of']);
    if (asOf !== undefined) {
      if (Number.isNaN(Date.parse(asOf)))
        throw new UsageError(`--as-of must be an ISO-8601 date, not "${asOf}"`);
      options.asOf = asOf;
    }
    if (values['no-suggest'] === true) options.suggest = false;
    const { community, report } = assembleCommunity(extracts, options);
    await io.writeFile(out, `${JSON.stringify(community, null, 2)}\n`);
    const reportPath = one(values.report);
    if (reportPath !== undefined) await io.writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    io.stderr(`${importReportSummary(report)}\n`);
    return 0;
  },
};
