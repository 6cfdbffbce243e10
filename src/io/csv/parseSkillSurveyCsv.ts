import { z } from 'zod';
import { DateInputSchema } from '../../model/dateInput.js';
import { InputFormatError } from '../../model/errors.js';
import { IdSchema } from '../../model/ids.js';
import { fail, parseWith } from '../../model/validate.js';
import { builtInFrameworks } from '../../skills/builtInFrameworks.js';
import { findSkill } from '../../skills/findSkill.js';
import { getFramework } from '../../skills/getFramework.js';
import type { ProficiencyScale } from '../../skills/proficiencyScale.js';
import { type SkillsFramework, SkillsFrameworkSchema } from '../../skills/skillsFramework.js';
import { skipTally } from '../core/skipTally.js';
import type { SourceExtract, SourceIdentity } from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import { numberCell } from './internal/csvCells.js';
import { type CsvDateOptions, requireCsvDate } from './internal/csvDate.js';
import { csvFileExtract } from './internal/csvExtract.js';
import { rowIdentity } from './internal/csvIdentity.js';
import { aliasedColumns, CSV_READING_OPTION_FIELDS, FILE_OPTION } from './internal/csvOptions.js';
import type { CsvRow } from './internal/csvRows.js';
import {
  type ColumnIndex,
  type ColumnSpec,
  cellOf,
  headerOf,
  normaliseHeader,
  readCsvTable,
} from './internal/csvTable.js';
import { LIKERT_ANSWERS, NO_ANSWERS } from './likertAnswers.js';

const header = z.string().min(1).max(1000);

/**
 * The header names a survey export's respondent columns go by (Google Forms,
 * Microsoft Forms), tried in order.
 *
 * @example
 * ```ts
 * SURVEY_COLUMN_ALIASES.timestamp[1]; // → 'Completion time'
 * ```
 */
export const SURVEY_COLUMN_ALIASES = {
  timestamp: ['Timestamp', 'Completion time', 'Start time', 'Submitted at', 'Submission time'],
  email: ['Email Address', 'Email', 'E-mail', 'Email address', 'Username'],
  name: ['Name', 'Full name', 'Your name'],
  responseId: ['ID', 'Response ID'],
} as const;

/**
 * Options of {@link parseSkillSurveyCsv}: the framework, the question → skill
 * map, extra answers, the numeric range, what to do with unknown answers.
 *
 * @example
 * ```ts
 * ParseSkillSurveyCsvOptionsSchema.parse({ framework: 'cscce-skills-wheel', skills: { Q: 'cscce/interpersonal/mentoring' } }).unknownAnswers; // → 'error'
 * ```
 */
export const ParseSkillSurveyCsvOptionsSchema = z.strictObject({
  /** The framework the skills belong to (an id among `frameworks`). */
  framework: IdSchema,
  /** Where to look the framework up (default: the built-in frameworks). */
  frameworks: z.array(SkillsFrameworkSchema).optional(),
  /** Question header → skill id of the framework, one per skill column (headers compared ignoring case and spaces). */
  skills: z
    .record(header, IdSchema)
    .refine((m) => Object.keys(m).length > 0, { message: 'map at least one question to a skill' }),
  /** Extra answers → a level id of the framework's scale or its 0-based index; read before the built-in words. */
  answers: z.record(z.string().min(1).max(200), z.union([IdSchema, z.number().int().min(0)])).default({}),
  /** The range numeric answers are on (default 1 to the number of levels): `min` is the lowest level, `max` the highest. */
  numbers: z.strictObject({ min: z.number().finite(), max: z.number().finite() }).optional(),
  /** What to do with an answer that maps to no level: `error` (default) or `skip` (counted, with the answer as reason). */
  unknownAnswers: z.enum(['error', 'skip']).default('error'),
  /** Respondent column names, when the export's differ from {@link SURVEY_COLUMN_ALIASES}. */
  columns: z
    .strictObject({ timestamp: header.optional(), email: header.optional(), name: header.optional() })
    .optional(),
  /** When the assessments were made, for an export without a timestamp column. */
  assessedAt: DateInputSchema.optional(),
  /** The file name, for errors and provenance. */
  file: FILE_OPTION,
  /** IANA zone of timestamps written without an offset (Google Forms writes the form owner's zone). Default `UTC`. */
  timeZone: CSV_READING_OPTION_FIELDS.timeZone,
  /** How `01/02/2024` reads: `mdy` (default; US locale) or `dmy`. */
  dateOrder: CSV_READING_OPTION_FIELDS.dateOrder,
  /** Field separator, or `auto` (default). */
  delimiter: CSV_READING_OPTION_FIELDS.delimiter,
});

/** Options of {@link parseSkillSurveyCsv} (input). */
export type ParseSkillSurveyCsvOptions = z.input<typeof ParseSkillSurveyCsvOptionsSchema>;
type Options = z.output<typeof ParseSkillSurveyCsvOptionsSchema>;

const FN = 'parseSkillSurveyCsv';
const SOURCE = 'csv:survey';

/** A function from an answer to a level index, or undefined when it maps to none. */
function answerReader(o: Options, scale: ProficiencyScale): (answer: string) => number | undefined {
  const n = scale.levels.length;
  const words = new Map<string, number>();
  for (const [word, step] of Object.entries(LIKERT_ANSWERS))
    words.set(word, Math.round((step * (n - 1)) / 4));
  scale.levels.forEach((level, i) => {
    words.set(normaliseHeader(level.id), i);
    words.set(normaliseHeader(level.label), i);
  });
  const issues = [];
  for (const [answer, level] of Object.entries(o.answers)) {
    const index = typeof level === 'number' ? level : scale.levels.findIndex((l) => l.id === level);
    if (index < 0 || index >= n)
      issues.push({
        path: `options.answers[${JSON.stringify(answer)}]`,
        message: `no level ${JSON.stringify(level)} on the scale "${scale.id}" (levels: ${scale.levels.map((l) => l.id).join(', ')}, or 0–${n - 1})`,
        code: 'invalid-input' as const,
      });
    else words.set(normaliseHeader(answer), index);
  }
  if (issues.length > 0) fail(FN, issues);
  const min = o.numbers?.min ?? 1;
  const max = o.numbers?.max ?? n;
  if (!(max > min))
    fail(FN, [{ path: 'options.numbers', message: 'max must be above min', code: 'invalid-input' }]);
  return (answer) => {
    const key = normaliseHeader(answer);
    const word = words.get(key);
    if (word !== undefined) return word;
    const lead = /^([+-]?\d+(?:[.,]\d+)?)(?:\s*[-–:.)]\s*\S.*)?$/.exec(key);
    const v = lead === null ? undefined : numberCell(lead[1] as string);
    if (v === undefined || v < min || v > max) return undefined;
    return Math.round(((v - min) / (max - min)) * (n - 1));
  };
}

/**
 * Reads a skill self-assessment survey — a Google Forms or Microsoft Forms
 * export with a timestamp column, an e-mail or name column and one column per
 * skill — into a {@link SourceExtract} of `self` assessments (source
 * `csv:survey`). Each mapped question header names a skill of the framework
 * (checked against it); each answer is placed on the framework's scale: the
 * caller's `answers` map first, then the scale's own level ids and labels,
 * then the built-in {@link LIKERT_ANSWERS} words, then numbers (1 to the
 * number of levels by default, spread evenly over the scale). Blank answers
 * and {@link NO_ANSWERS} ("N/A"…) give no assessment and are counted as
 * skipped. Streams: memory holds the assessments.
 *
 * @param input - the export's text, bytes or a stream of chunks (gzip recognised)
 * @param options - see {@link ParseSkillSurveyCsvOptionsSchema}; `framework` and `skills` are required
 * @returns the extract (identities, skill assessments)
 * @throws ValidationError for bad options, an unknown framework or a skill id the framework does not have
 * @throws InputFormatError naming file, line and column: an answer that maps to no level (unless `unknownAnswers: 'skip'`), a timestamp that is not a date, a missing question column
 *
 * @example
 * ```ts
 * const csv = 'Timestamp,Email Address,How confident are you at mentoring?\n' +
 *   '3/5/2024 14:03:11,ada@example.org,Very confident\n';
 * const extract = await parseSkillSurveyCsv(csv, {
 *   framework: 'cscce-skills-wheel',
 *   skills: { 'How confident are you at mentoring?': 'cscce/interpersonal/mentoring' },
 * });
 * extract.skillAssessments[0]?.level; // → 'proficient'
 * ```
 */
export async function parseSkillSurveyCsv(
  input: TextInput,
  options: ParseSkillSurveyCsvOptions,
): Promise<SourceExtract> {
  const o = parseWith(FN, ParseSkillSurveyCsvOptionsSchema, options, 'options');
  let framework: SkillsFramework;
  try {
    framework = getFramework(o.frameworks ?? builtInFrameworks, o.framework);
  } catch (error) {
    fail(FN, [{ path: 'options.framework', message: (error as Error).message, code: 'unknown-reference' }]);
  }
  const skillColumns = Object.entries(o.skills);
  const unknownSkills = skillColumns
    .filter(([, id]) => findSkill(framework, id) === undefined)
    .map(([h, id]) => ({
      path: `options.skills[${JSON.stringify(h)}]`,
      message: `no skill "${id}" in the framework "${framework.id}"`,
      code: 'unknown-reference' as const,
    }));
  if (unknownSkills.length > 0) fail(FN, unknownSkills);
  const levelOf = answerReader(o, framework.scale);
  const noAnswers = new Set(NO_ANSWERS);
  const dates: CsvDateOptions = { timeZone: o.timeZone, dateOrder: o.dateOrder };
  const columns: ColumnSpec[] = [
    ...aliasedColumns(
      ['timestamp', 'email', 'name', 'responseId'] as const,
      SURVEY_COLUMN_ALIASES,
      o.columns,
    ),
    ...skillColumns.map(([h], i) => ({ key: `skill:${i}`, aliases: [h], required: true })),
  ];
  const identities = new Map<string, SourceIdentity>();
  const assessments: SourceExtract['skillAssessments'] = [];
  const tally = skipTally();
  const where = (line: number) => `${o.file ?? 'line'}:${line}`;
  let checkedColumns = false;

  const onRow = (row: CsvRow, c: ColumnIndex, head: CsvRow): void => {
    if (!checkedColumns) {
      checkedColumns = true;
      if (c.email === undefined && c.name === undefined)
        throw new InputFormatError(
          FN,
          { file: o.file, line: head.line },
          'the survey has no e-mail or name column: say which with options.columns',
        );
      if (c.timestamp === undefined && o.assessedAt === undefined)
        throw new InputFormatError(
          FN,
          { file: o.file, line: head.line },
          'the survey has no timestamp column: give options.assessedAt (or options.columns.timestamp)',
        );
    }
    const cell = (k: string) => cellOf(row, c, k);
    const identity = rowIdentity(SOURCE, { name: cell('name'), email: cell('email'), sourceId: '' });
    if (identity === undefined) {
      tally.skip('response names nobody (no e-mail or name)', where(row.line));
      return;
    }
    if (!identities.has(identity.id)) identities.set(identity.id, identity);
    const assessedAt =
      cell('timestamp') === ''
        ? o.assessedAt
        : requireCsvDate(
            FN,
            cell('timestamp'),
            { file: o.file, line: row.line, column: headerOf(head, c, 'timestamp') },
            dates,
          );
    if (assessedAt === undefined)
      throw new InputFormatError(
        FN,
        { file: o.file, line: row.line, column: headerOf(head, c, 'timestamp') },
        'blank timestamp (give options.assessedAt to use a default)',
      );
    const responseId = cell('responseId');
    skillColumns.forEach(([, skillId], i) => {
      const key = `skill:${i}`;
      const answer = cell(key);
      if (answer === '' || noAnswers.has(answer.toLowerCase())) {
        tally.skip('no answer', `${where(row.line)} ${JSON.stringify(headerOf(head, c, key))}`);
        return;
      }
      const level = levelOf(answer);
      if (level === undefined) {
        if (o.unknownAnswers === 'skip') {
          tally.skip(
            `answer ${JSON.stringify(answer.slice(0, 100))} is on no level`,
            `${where(row.line)} ${JSON.stringify(headerOf(head, c, key))}`,
          );
          return;
        }
        throw new InputFormatError(
          FN,
          { file: o.file, line: row.line, column: headerOf(head, c, key) },
          `the answer ${JSON.stringify(answer.slice(0, 100))} maps to no level of the scale "${framework.scale.id}": add it to options.answers (e.g. { ${JSON.stringify(answer.slice(0, 40))}: "${framework.scale.levels[0]?.id}" }), or skip such answers with unknownAnswers: 'skip'`,
        );
      }
      assessments.push({
        memberId: identity.id,
        frameworkId: framework.id,
        skillId,
        level: framework.scale.levels[level]?.id as string,
        assessedAt,
        source: 'self',
        provenance: {
          source: SOURCE,
          ...(responseId === '' ? {} : { sourceId: responseId.slice(0, 1000) }),
          ...(o.file === undefined ? {} : { file: o.file }),
          line: row.line,
        },
      });
    });
  };

  const table = await readCsvTable(
    input,
    {
      fn: FN,
      file: o.file,
      delimiter: o.delimiter,
      columns,
      what: 'the skills survey the options describe',
      maxPreambleRows: 0,
    },
    onRow,
    (row) => tally.skip('empty row', where(row.line)),
  );
  return csvFileExtract({
    source: SOURCE,
    description: `skills self-assessment survey (${framework.name})`.slice(0, 1000),
    file: o.file,
    identities,
    skillAssessments: assessments,
    read: { responses: table.rows, assessments: assessments.length },
    tally,
  });
}
