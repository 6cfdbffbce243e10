import { z } from 'zod';
import { InputFormatError } from '../../model/errors.js';
import { LabelSchema } from '../../model/ids.js';
import { parseWith } from '../../model/validate.js';
import { skipTally } from '../core/skipTally.js';
import { type SourceExtract, type SourceIdentity, SourceProfileSchema } from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import { type CsvDateOptions, csvDate } from './internal/csvDate.js';
import { csvFileExtract } from './internal/csvExtract.js';
import { rowIdentity } from './internal/csvIdentity.js';
import {
  aliasedColumns,
  CSV_READING_OPTION_FIELDS,
  columnsOption,
  FILE_OPTION,
} from './internal/csvOptions.js';
import type { CsvRow } from './internal/csvRows.js';
import { type ColumnIndex, cellOf, headerOf, readCsvTable } from './internal/csvTable.js';
import { recordIssue } from './internal/recordIssue.js';

/**
 * The header names a roster's columns go by when not given (compared ignoring
 * case and runs of spaces; the first one found wins).
 *
 * @example
 * ```ts
 * ROSTER_COLUMN_ALIASES.affiliation.includes('Organization'); // → true
 * ```
 */
export const ROSTER_COLUMN_ALIASES = {
  id: ['Member ID', 'User ID', 'ID'],
  name: ['Name', 'Full name', 'Display name', 'Member'],
  firstName: ['First name', 'Given name'],
  lastName: ['Last name', 'Surname', 'Family name'],
  email: ['Email', 'E-mail', 'Email address', 'Mail'],
  username: ['Username', 'User name', 'Login', 'Handle'],
  joinedAt: ['Joined', 'Joined at', 'Joined on', 'Join date', 'Member since', 'Start date'],
  leftAt: ['Left', 'Left at', 'Left on', 'Leave date', 'End date'],
  affiliation: ['Affiliation', 'Organisation', 'Organization', 'Company', 'Employer', 'Institution'],
  groups: ['Groups', 'Group', 'Stakeholder group', 'Teams', 'Team'],
  interests: ['Interests', 'Topics'],
  expertise: ['Expertise', 'Skills', 'Keywords'],
  languages: ['Languages', 'Language'],
  timeZone: ['Time zone', 'Timezone', 'TZ'],
  bio: ['Bio', 'Biography', 'About'],
} as const;

type RosterKey = keyof typeof ROSTER_COLUMN_ALIASES;

/**
 * Options of {@link parseRosterCsv}: column names, the source, the list
 * separator, how dates read.
 *
 * @example
 * ```ts
 * ParseRosterCsvOptionsSchema.parse({}).source; // → 'csv:roster'
 * ```
 */
export const ParseRosterCsvOptionsSchema = z.strictObject({
  /** Column names, when the roster's differ from {@link ROSTER_COLUMN_ALIASES} (tried first). */
  columns: columnsOption(ROSTER_COLUMN_ALIASES),
  /** The source the identities belong to (default `csv:roster`; role files use the same by default, so their ids meet). */
  source: LabelSchema.default('csv:roster'),
  /** Separator of list cells (groups, interests, expertise, languages); default: `;` or `|` when the cell has one, else `,`. */
  listSeparator: z.string().min(1).max(5).optional(),
  /** The file name, for errors and provenance. */
  file: FILE_OPTION,
  /** IANA zone of dates written without an offset. Default `UTC`. */
  timeZone: CSV_READING_OPTION_FIELDS.timeZone,
  /** How `01/02/2024` reads: `mdy` (default) or `dmy`. */
  dateOrder: CSV_READING_OPTION_FIELDS.dateOrder,
  /** Field separator, or `auto` (default). */
  delimiter: CSV_READING_OPTION_FIELDS.delimiter,
});

/** Options of {@link parseRosterCsv} (input). */
export type ParseRosterCsvOptions = z.input<typeof ParseRosterCsvOptionsSchema>;

const FN = 'parseRosterCsv';
const LIST_FIELDS = ['groups', 'interests', 'expertise', 'languages'] as const;

/** The items of a list cell, trimmed, blanks dropped. */
function listCell(cell: string, separator: string | undefined): string[] {
  const sep = separator ?? (cell.includes(';') ? ';' : cell.includes('|') ? '|' : ',');
  return cell
    .split(sep)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * Reads a member roster — one row per member with their name, e-mail,
 * username, when they joined and left, affiliation, groups, interests,
 * expertise, languages, time zone and bio, under the headers of
 * {@link ROSTER_COLUMN_ALIASES} or those given — into identities and profiles
 * (source `csv:roster`). An identity is keyed by the roster's member id, else
 * the e-mail in lower case, else the username, else the name. A second row
 * for the same identity is skipped (counted, with its line). List cells split
 * on `;` or `|` when the cell has one, else on `,`.
 *
 * @param input - the roster's text, bytes or a stream of chunks (gzip recognised)
 * @param options - see {@link ParseRosterCsvOptionsSchema}
 * @returns the extract (identities and profiles)
 * @throws ValidationError for bad options
 * @throws InputFormatError naming file, line and column: no column that names a member, a date that is not one (epoch seconds refused), a time zone that is not IANA, a label over 200 characters
 *
 * @example
 * ```ts
 * const csv = 'Name,Email,Joined,Organization,Interests\nAda Lovelace,ada@example.org,2023-04-01,Acme,data; teaching\n';
 * const extract = await parseRosterCsv(csv);
 * extract.profiles[0]?.interests; // → ['data', 'teaching']
 * extract.profiles[0]?.id; // → 'csv:roster:ada@example.org'
 * ```
 */
export async function parseRosterCsv(
  input: TextInput,
  options: ParseRosterCsvOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ParseRosterCsvOptionsSchema, options, 'options');
  const dates: CsvDateOptions = { timeZone: o.timeZone, dateOrder: o.dateOrder };
  const identities = new Map<string, SourceIdentity>();
  const profiles: SourceExtract['profiles'] = [];
  const tally = skipTally();
  const where = (line: number) => `${o.file ?? 'line'}:${line}`;
  let checked = false;

  const onRow = (row: CsvRow, c: ColumnIndex, head: CsvRow): void => {
    if (!checked) {
      checked = true;
      if (['id', 'name', 'firstName', 'email', 'username'].every((k) => c[k] === undefined))
        throw new InputFormatError(
          FN,
          { file: o.file, line: head.line },
          `not a member roster: expected a column naming the member (one of ${['name', 'email', 'username', 'id'].map((k) => JSON.stringify(ROSTER_COLUMN_ALIASES[k as RosterKey][0])).join(', ')}, or options.columns); found ${head.cells.map((h) => JSON.stringify(h.trim())).join(', ')}`,
        );
    }
    const cell = (k: string) => cellOf(row, c, k);
    const name =
      cell('name') !== ''
        ? cell('name')
        : [cell('firstName'), cell('lastName')].filter((x) => x !== '').join(' ');
    const identity = rowIdentity(o.source, {
      name,
      email: cell('email'),
      sourceId: cell('id'),
      username: cell('username'),
    });
    if (identity === undefined) {
      tally.skip('row names nobody (no id, e-mail, username or name)', where(row.line));
      return;
    }
    if (identities.has(identity.id)) {
      tally.skip('member listed twice (the first row is kept)', where(row.line));
      return;
    }
    const date = (k: string): Date | undefined => {
      if (cell(k) === '') return undefined;
      const d = csvDate(cell(k), dates);
      if (typeof d === 'string')
        throw new InputFormatError(FN, { file: o.file, line: row.line, column: headerOf(head, c, k) }, d);
      return d;
    };
    const candidate: Record<string, unknown> = { id: identity.id };
    if (name !== '') candidate.name = name.slice(0, 500);
    const joinedAt = date('joinedAt');
    const leftAt = date('leftAt');
    if (joinedAt !== undefined) candidate.joinedAt = joinedAt;
    if (leftAt !== undefined) candidate.leftAt = leftAt;
    if (cell('affiliation') !== '') candidate.affiliation = cell('affiliation');
    if (cell('timeZone') !== '') candidate.timeZone = cell('timeZone');
    if (cell('bio') !== '') candidate.bio = cell('bio');
    for (const k of LIST_FIELDS) if (cell(k) !== '') candidate[k] = listCell(cell(k), o.listSeparator);
    const parsed = SourceProfileSchema.safeParse(candidate);
    if (!parsed.success)
      throw recordIssue(FN, parsed.error.issues, { file: o.file, line: row.line }, (field) =>
        c[field] === undefined ? undefined : headerOf(head, c, field),
      );
    identities.set(identity.id, identity);
    profiles.push(parsed.data);
  };

  const keys = Object.keys(ROSTER_COLUMN_ALIASES) as RosterKey[];
  const columns = aliasedColumns(keys, ROSTER_COLUMN_ALIASES, o.columns);
  const table = await readCsvTable(
    input,
    { fn: FN, file: o.file, delimiter: o.delimiter, columns, what: 'a member roster', maxPreambleRows: 0 },
    onRow,
    (row) => tally.skip('empty row', where(row.line)),
  );
  return csvFileExtract({
    source: o.source,
    description: 'member roster',
    file: o.file,
    identities,
    profiles,
    read: { rows: table.rows, members: profiles.length },
    tally,
  });
}
