import { match } from 'ts-pattern';
import type { SkippedRecords, SourceExtract } from '../../io/core/sourceExtract.js';
import { parseAttendanceCsv } from '../../io/csv/parseAttendanceCsv.js';
import { parseRoleAssignmentsCsv } from '../../io/csv/parseRoleAssignmentsCsv.js';
import { parseRosterCsv } from '../../io/csv/parseRosterCsv.js';
import { parseSkillSurveyCsv } from '../../io/csv/parseSkillSurveyCsv.js';
import { CommunityKitError } from '../../model/errors.js';
import type { CliIo } from '../cliIo.js';
import { type CliCommand, UsageError } from './command.js';
import { isDirectoryPath, readTextFile } from './internal/readFiles.js';

const KINDS = ['attendance', 'survey', 'roster', 'roles'] as const;
const TOOLS = ['zoom', 'meetup', 'luma', 'eventbrite', 'generic'] as const;

const usage = `Usage: community-kit import csv --kind attendance|survey|roster|roles [options] FILE… --out extract.json

Reads CSV exports into a source extract (JSON), to combine with other sources
("community-kit combine"). Each FILE is read as it is (gzip recognised).

  --kind K          attendance (one gathering per file), survey (skill
                    self-assessments), roster (members) or roles (role assignments)
  --tool T          for attendance: zoom, meetup, luma, eventbrite or generic
  --map FILE.json   options for the reader, as JSON: for generic attendance
                    {"columns": {"name": "Full name", "email": "E-mail", "attended": "Present?"}},
                    for a survey {"skills": {"Question header": "skill-id"}, "answers": {…}},
                    for rosters {"columns": {…}}, for roles {"roles": {"Community Manager": "community-manager"}}
  --framework ID    for a survey: the skills framework (e.g. cscce-skills-wheel)
  --start DATE      for attendance: when the gathering started (ISO-8601)
  --title TEXT      for attendance: the gathering's title
  --time-zone ZONE  IANA zone of dates written without an offset (default UTC)
  --date-order O    mdy (default) or dmy: how 01/02/2024 reads
  --delimiter D     , ; tab or auto (default)
  --out FILE        where to write the extract (required)
`;

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const str = (values: Values, key: string): string | undefined => {
  const v = values[key];
  return typeof v === 'string' ? v : undefined;
};

/** The JSON object in the --map file. */
function readMap(path: string | undefined, io: CliIo): Record<string, unknown> {
  if (path === undefined) return {};
  const text = readTextFile(path, io);
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new CommunityKitError(
      `import csv: ${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      { code: 'invalid-input', path },
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CommunityKitError(`import csv: ${path} must hold a JSON object of reader options`, {
      code: 'invalid-input',
      path,
    });
  return value as Record<string, unknown>;
}

/** Skip tallies of several files, summed by reason (first five examples kept). */
function mergeSkipped(lists: readonly SkippedRecords[][]): SkippedRecords[] {
  const byReason = new Map<string, SkippedRecords>();
  for (const list of lists)
    for (const s of list) {
      const e = byReason.get(s.reason);
      if (e === undefined) byReason.set(s.reason, { ...s, examples: [...s.examples] });
      else {
        e.count += s.count;
        e.examples = [...e.examples, ...s.examples].slice(0, 5);
      }
    }
  return [...byReason.values()];
}

/** The extracts of several files of one kind as one: identities by id (first kept), records and counts added up. */
function mergeExtracts(extracts: readonly SourceExtract[]): SourceExtract {
  const first = extracts[0] as SourceExtract;
  if (extracts.length === 1) return first;
  const identities = new Map<string, SourceExtract['identities'][number]>();
  const profiles = new Map<string, SourceExtract['profiles'][number]>();
  const read: Record<string, number> = {};
  for (const e of extracts) {
    for (const i of e.identities) if (!identities.has(i.id)) identities.set(i.id, i);
    for (const p of e.profiles) if (!profiles.has(p.id)) profiles.set(p.id, p);
    for (const [k, v] of Object.entries(e.read)) read[k] = (read[k] ?? 0) + v;
  }
  return {
    ...first,
    description:
      `${first.description ?? first.source} and ${extracts.length - 1} more file${extracts.length === 2 ? '' : 's'}`.slice(
        0,
        1000,
      ),
    files: extracts.flatMap((e) => e.files),
    identities: [...identities.values()],
    profiles: [...profiles.values()],
    activities: extracts.flatMap((e) => e.activities),
    gatherings: extracts.flatMap((e) => e.gatherings),
    roleAssignments: extracts.flatMap((e) => e.roleAssignments),
    skillAssessments: extracts.flatMap((e) => e.skillAssessments),
    read,
    skipped: mergeSkipped(extracts.map((e) => e.skipped)),
    warnings: extracts.flatMap((e) =>
      e.warnings.map((w) => (e.files[0] === undefined ? w : `${e.files[0]}: ${w}`)),
    ),
  };
}

/** One paragraph: what was read, produced, skipped and warned about. */
function summary(e: SourceExtract): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const read = Object.entries(e.read)
    .map(([k, v]) => `${v} ${k}`)
    .join(', ');
  const made = [
    n(e.identities.length, 'identity').replace('identitys', 'identities'),
    e.gatherings.length > 0 ? n(e.gatherings.length, 'gathering') : '',
    e.activities.length > 0 ? n(e.activities.length, 'activity').replace('activitys', 'activities') : '',
    e.profiles.length > 0 ? n(e.profiles.length, 'profile') : '',
    e.roleAssignments.length > 0 ? n(e.roleAssignments.length, 'role assignment') : '',
    e.skillAssessments.length > 0 ? n(e.skillAssessments.length, 'skill assessment') : '',
  ].filter((s) => s !== '');
  const skippedCount = e.skipped.reduce((s, x) => s + x.count, 0);
  const skipped =
    skippedCount === 0
      ? 'skipped nothing'
      : `skipped ${skippedCount} (${e.skipped.map((s) => `${s.reason}: ${s.count}`).join('; ')})`;
  const warnings =
    e.warnings.length === 0 ? 'no warnings' : `${n(e.warnings.length, 'warning')}: ${e.warnings.join(' / ')}`;
  return `import csv: read ${n(e.files.length, 'file')} (${read}); ${made.join(', ')}; ${skipped}; ${warnings}.\n`;
}

/** `community-kit import csv`: CSV exports (attendance, surveys, rosters, role assignments) → a source extract. */
export const importCsv: CliCommand = {
  words: ['import', 'csv'],
  summary:
    'read CSV exports (Zoom/Meetup/Luma/Eventbrite attendance, skill surveys, rosters, roles) into a source extract',
  usage,
  options: {
    kind: { type: 'string' },
    tool: { type: 'string' },
    map: { type: 'string' },
    framework: { type: 'string' },
    start: { type: 'string' },
    title: { type: 'string' },
    'time-zone': { type: 'string' },
    'date-order': { type: 'string' },
    delimiter: { type: 'string' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    const kind = str(values, 'kind');
    if (kind === undefined || !(KINDS as readonly string[]).includes(kind))
      throw new UsageError(
        `--kind must be one of ${KINDS.join(', ')}${kind === undefined ? '' : `, not "${kind}"`}`,
      );
    const out = str(values, 'out');
    if (out === undefined) throw new UsageError('--out FILE is required');
    if (positionals.length === 0) throw new UsageError('give at least one CSV file');
    const tool = str(values, 'tool');
    if (kind === 'attendance' && (tool === undefined || !(TOOLS as readonly string[]).includes(tool)))
      throw new UsageError(`--tool must be one of ${TOOLS.join(', ')} for attendance`);
    if (kind !== 'attendance' && tool !== undefined)
      throw new UsageError('--tool is for --kind attendance only');
    const framework = str(values, 'framework');
    if (kind === 'survey' && framework === undefined)
      throw new UsageError('--framework ID is required for a survey');
    if (kind !== 'survey' && framework !== undefined)
      throw new UsageError('--framework is for --kind survey only');
    for (const flag of ['start', 'title'])
      if (kind !== 'attendance' && values[flag] !== undefined)
        throw new UsageError(`--${flag} is for --kind attendance only`);
    const delimiter = str(values, 'delimiter');
    const common: Record<string, unknown> = {
      ...readMap(str(values, 'map'), io),
      ...(values['time-zone'] === undefined ? {} : { timeZone: values['time-zone'] }),
      ...(values['date-order'] === undefined ? {} : { dateOrder: values['date-order'] }),
      ...(delimiter === undefined ? {} : { delimiter: delimiter === 'tab' ? '\t' : delimiter }),
    };
    const extracts: SourceExtract[] = [];
    for (const file of positionals) {
      if (isDirectoryPath(file, io)) throw new UsageError(`${file} is a directory; give the CSV files`);
      const input = io.readStream(file);
      const options = { ...common, file };
      extracts.push(
        await match(kind as (typeof KINDS)[number])
          .with('attendance', () =>
            parseAttendanceCsv(input, {
              ...options,
              tool: tool as (typeof TOOLS)[number],
              ...(values.start === undefined ? {} : { start: values.start as string }),
              ...(values.title === undefined ? {} : { title: values.title as string }),
            } as never),
          )
          .with('survey', () => parseSkillSurveyCsv(input, { ...options, framework } as never))
          .with('roster', () => parseRosterCsv(input, options as never))
          .with('roles', () => parseRoleAssignmentsCsv(input, options as never))
          .exhaustive(),
      );
    }
    const extract = mergeExtracts(extracts);
    await io.writeFile(out, JSON.stringify(extract));
    io.stderr(summary(extract));
    return 0;
  },
};
