import { z } from 'zod';
import { InputFormatError } from '../../model/errors.js';
import { IdSchema, LabelSchema } from '../../model/ids.js';
import { RoleAssignmentSchema } from '../../model/roleAssignment.js';
import { parseWith } from '../../model/validate.js';
import { skipTally } from '../core/skipTally.js';
import type { SourceExtract, SourceIdentity } from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import { numberCell, yesNo } from './internal/csvCells.js';
import { type CsvDateOptions, csvDate } from './internal/csvDate.js';
import { csvFileExtract } from './internal/csvExtract.js';
import { normaliseEmail, rowIdentity } from './internal/csvIdentity.js';
import {
  aliasedColumns,
  CSV_READING_OPTION_FIELDS,
  columnsOption,
  FILE_OPTION,
} from './internal/csvOptions.js';
import type { CsvRow } from './internal/csvRows.js';
import { type ColumnIndex, cellOf, headerOf, normaliseHeader, readCsvTable } from './internal/csvTable.js';
import { recordIssue } from './internal/recordIssue.js';

/**
 * The header names a role-assignment file's columns go by when not given
 * (compared ignoring case and runs of spaces). `member` holds an e-mail, a
 * username or a name; `email` and `name` may be given instead.
 *
 * @example
 * ```ts
 * ROLE_ASSIGNMENT_COLUMN_ALIASES.allocation; // → ['Allocation', 'FTE', 'Share of time']
 * ```
 */
export const ROLE_ASSIGNMENT_COLUMN_ALIASES = {
  member: ['Member', 'Member ID', 'Person', 'Who'],
  email: ['Email', 'E-mail', 'Email address'],
  name: ['Name', 'Full name'],
  role: ['Role', 'Role ID', 'Role id'],
  from: ['From', 'Start', 'Start date', 'Since'],
  to: ['To', 'End', 'End date', 'Until'],
  allocation: ['Allocation', 'FTE', 'Share of time'],
  intermittent: ['Intermittent', 'On call'],
} as const;

type RoleKey = keyof typeof ROLE_ASSIGNMENT_COLUMN_ALIASES;

/**
 * Options of {@link parseRoleAssignmentsCsv}: column names, the role map, what
 * the member column holds, a default allocation, how dates read.
 *
 * @example
 * ```ts
 * ParseRoleAssignmentsCsvOptionsSchema.parse({}).member; // → 'auto'
 * ```
 */
export const ParseRoleAssignmentsCsvOptionsSchema = z.strictObject({
  /** Column names, when the file's differ from {@link ROLE_ASSIGNMENT_COLUMN_ALIASES} (tried first). */
  columns: columnsOption(ROLE_ASSIGNMENT_COLUMN_ALIASES),
  /** Role names as the file writes them → role ids (e.g. `{ "Community Manager": "community-manager" }`); others are kept as written. */
  roles: z.record(z.string().min(1).max(500), IdSchema).default({}),
  /** What the `member` column holds: `auto` (default: an e-mail if it looks like one, else a name), or the roster's `id`, `username` or `name`, so ids meet those {@link parseRosterCsv} gives. */
  member: z.enum(['auto', 'id', 'username', 'name']).default('auto'),
  /** Allocation for rows that leave it blank (0–1); without it a blank allocation is an error. */
  defaultAllocation: z.number().min(0).max(1).optional(),
  /** The source the identities belong to (default `csv:roster`, so a roster and its role file name the same identities). */
  source: LabelSchema.default('csv:roster'),
  /** The file name, for errors and provenance. */
  file: FILE_OPTION,
  /** IANA zone of dates written without an offset. Default `UTC`. */
  timeZone: CSV_READING_OPTION_FIELDS.timeZone,
  /** How `01/02/2024` reads: `mdy` (default) or `dmy`. */
  dateOrder: CSV_READING_OPTION_FIELDS.dateOrder,
  /** Field separator, or `auto` (default). */
  delimiter: CSV_READING_OPTION_FIELDS.delimiter,
});

/** Options of {@link parseRoleAssignmentsCsv} (input). */
export type ParseRoleAssignmentsCsvOptions = z.input<typeof ParseRoleAssignmentsCsvOptionsSchema>;

const FN = 'parseRoleAssignmentsCsv';

/**
 * Reads role assignments — one row per member and role, with when it started
 * and ended and the share of a full-time week — into a {@link SourceExtract}
 * of role assignments and the identities they name (source `csv:roster` by
 * default, keyed like {@link parseRosterCsv}'s: the e-mail in lower case, else
 * the name, so a roster and its role file meet). Allocations read `0.5`,
 * `0,5` or `50%`; a blank `to` is open-ended; role names go through the
 * `roles` map. Each assignment keeps its file and line.
 *
 * @param input - the file's text, bytes or a stream of chunks (gzip recognised)
 * @param options - see {@link ParseRoleAssignmentsCsvOptionsSchema}
 * @returns the extract (identities and role assignments)
 * @throws ValidationError for bad options
 * @throws InputFormatError naming file, line and column: no role/from column (the columns expected and found), a date that is not one (epoch seconds refused), an allocation outside 0–1, a blank allocation without `defaultAllocation`, `to` before `from`
 *
 * @example
 * ```ts
 * const csv = 'Member,Role,From,To,Allocation\nada@example.org,Community Manager,2024-01-01,,50%\n';
 * const extract = await parseRoleAssignmentsCsv(csv, { roles: { 'Community Manager': 'community-manager' } });
 * extract.roleAssignments[0]?.roleId; // → 'community-manager'
 * extract.roleAssignments[0]?.allocation; // → 0.5
 * ```
 */
export async function parseRoleAssignmentsCsv(
  input: TextInput,
  options: ParseRoleAssignmentsCsvOptions = {},
): Promise<SourceExtract> {
  const o = parseWith(FN, ParseRoleAssignmentsCsvOptionsSchema, options, 'options');
  const dates: CsvDateOptions = { timeZone: o.timeZone, dateOrder: o.dateOrder };
  const roleIds = new Map(Object.entries(o.roles).map(([k, v]) => [normaliseHeader(k), v]));
  const identities = new Map<string, SourceIdentity>();
  const assignments: SourceExtract['roleAssignments'] = [];
  const tally = skipTally();
  const where = (line: number) => `${o.file ?? 'line'}:${line}`;
  let checked = false;

  const onRow = (row: CsvRow, c: ColumnIndex, head: CsvRow): void => {
    if (!checked) {
      checked = true;
      if (c.member === undefined && c.email === undefined && c.name === undefined)
        throw new InputFormatError(
          FN,
          { file: o.file, line: head.line },
          `no column names the member: expected one of "Member", "Email" or "Name" (or options.columns.member); found ${head.cells.map((h) => JSON.stringify(h.trim())).join(', ')}`,
        );
    }
    const cell = (k: string) => cellOf(row, c, k);
    const at = (k: string) => ({ file: o.file, line: row.line, column: headerOf(head, c, k) });
    const member = cell('member');
    const holds = o.member === 'auto' ? (normaliseEmail(member) === undefined ? 'name' : 'email') : o.member;
    const identity = rowIdentity(o.source, {
      name: cell('name') !== '' ? cell('name') : holds === 'name' ? member : '',
      email: cell('email') !== '' ? cell('email') : holds === 'email' ? member : '',
      sourceId: holds === 'id' ? member : '',
      username: holds === 'username' ? member : '',
    });
    if (identity === undefined) {
      tally.skip('row names no member', where(row.line));
      return;
    }
    const role = cell('role');
    if (role === '') {
      tally.skip('row names no role', where(row.line));
      return;
    }
    const date = (k: string): Date | undefined => {
      if (cell(k) === '') return undefined;
      const d = csvDate(cell(k), dates);
      if (typeof d === 'string') throw new InputFormatError(FN, at(k), d);
      return d;
    };
    const from = date('from');
    if (from === undefined)
      throw new InputFormatError(FN, at('from'), 'blank start date: every assignment needs one');
    const to = date('to');
    if (to !== undefined && to < from)
      throw new InputFormatError(
        FN,
        at('to'),
        `ends (${to.toISOString()}) before it starts (${from.toISOString()})`,
      );
    let allocation: number | undefined = o.defaultAllocation;
    if (cell('allocation') !== '') {
      allocation = numberCell(cell('allocation'));
      if (allocation === undefined || allocation < 0 || allocation > 1)
        throw new InputFormatError(
          FN,
          at('allocation'),
          `expected a share of a full-time week between 0 and 1 (e.g. 0.5 or 50%), got ${JSON.stringify(cell('allocation'))}`,
        );
    }
    if (allocation === undefined)
      throw new InputFormatError(
        FN,
        at('allocation'),
        'blank allocation: fill it in, or give options.defaultAllocation',
      );
    const intermittent = cell('intermittent') === '' ? false : yesNo(cell('intermittent'));
    if (intermittent === undefined)
      throw new InputFormatError(
        FN,
        at('intermittent'),
        `expected yes or no, got ${JSON.stringify(cell('intermittent'))}`,
      );
    const parsed = RoleAssignmentSchema.safeParse({
      memberId: identity.id,
      roleId: roleIds.get(normaliseHeader(role)) ?? role,
      allocation,
      from,
      ...(to === undefined ? {} : { to }),
      intermittent,
      provenance: { source: o.source, ...(o.file === undefined ? {} : { file: o.file }), line: row.line },
    });
    if (!parsed.success)
      throw recordIssue(FN, parsed.error.issues, { file: o.file, line: row.line }, (field) =>
        field === 'roleId' ? headerOf(head, c, 'role') : undefined,
      );
    if (!identities.has(identity.id)) identities.set(identity.id, identity);
    assignments.push(parsed.data);
  };

  const keys = Object.keys(ROLE_ASSIGNMENT_COLUMN_ALIASES) as RoleKey[];
  const columns = aliasedColumns(
    keys,
    ROLE_ASSIGNMENT_COLUMN_ALIASES,
    o.columns,
    (key) => key === 'role' || key === 'from',
  );
  const table = await readCsvTable(
    input,
    {
      fn: FN,
      file: o.file,
      delimiter: o.delimiter,
      columns,
      what: 'a role-assignment file',
      maxPreambleRows: 0,
    },
    onRow,
    (row) => tally.skip('empty row', where(row.line)),
  );
  return csvFileExtract({
    source: o.source,
    description: 'role assignments',
    file: o.file,
    identities,
    roleAssignments: assignments,
    read: { rows: table.rows, assignments: assignments.length },
    tally,
  });
}
