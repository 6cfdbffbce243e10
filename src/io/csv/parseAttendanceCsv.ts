import { match } from 'ts-pattern';
import { z } from 'zod';
import { DateInputSchema } from '../../model/dateInput.js';
import { InputFormatError } from '../../model/errors.js';
import { GatheringKindSchema } from '../../model/gathering.js';
import { IdSchema } from '../../model/ids.js';
import { fail, parseWith } from '../../model/validate.js';
import { skipTally } from '../core/skipTally.js';
import {
  SOURCE_EXTRACT_FORMAT,
  type SourceExtract,
  SourceExtractSchema,
  type SourceIdentity,
} from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import { ATTENDANCE_COLUMN_ALIASES, ATTENDANCE_REQUIRED_COLUMNS } from './attendanceTools.js';
import { numberCell, yesNo } from './internal/csvCells.js';
import { type CsvDateOptions, csvDate, requireCsvDate } from './internal/csvDate.js';
import { prefixedId, rowIdentity } from './internal/csvIdentity.js';
import { CSV_READING_OPTION_FIELDS, FILE_OPTION } from './internal/csvOptions.js';
import type { CsvRow } from './internal/csvRows.js';
import { type ColumnIndex, type ColumnSpec, cellOf, headerOf, readCsvTable } from './internal/csvTable.js';

const header = z.string().min(1).max(500);

/**
 * Column names for a generic export (or extra names for a known tool's columns).
 *
 * @example
 * ```ts
 * AttendanceColumnsSchema.parse({ name: 'Full name', attended: 'Present?' }); // → { name: 'Full name', attended: 'Present?' }
 * ```
 */
export const AttendanceColumnsSchema = z.strictObject({
  /** The person's full name. */
  name: header.optional(),
  /** Given name (joined to `lastName` when there is no full name). */
  firstName: header.optional(),
  /** Family name. */
  lastName: header.optional(),
  /** E-mail address. */
  email: header.optional(),
  /** The tool's own id for the person. */
  id: header.optional(),
  /** Username or handle. */
  username: header.optional(),
  /** Yes/no: did they attend? (Without it, everyone listed attended, unless `registered` is given.) */
  attended: header.optional(),
  /** Yes/no: did they register? */
  registered: header.optional(),
  /** When they joined (earliest join of a person is kept). */
  joinTime: header.optional(),
  /** When they left (latest leave is kept). */
  leaveTime: header.optional(),
  /** Minutes present (summed per person). */
  duration: header.optional(),
});

/**
 * Options of {@link parseAttendanceCsv}: the tool, the file name, the gathering's
 * id, title, kind, start and format, how dates read, the separator.
 *
 * @example
 * ```ts
 * ParseAttendanceCsvOptionsSchema.parse({ tool: 'zoom' }).timeZone; // → 'UTC'
 * ```
 */
export const ParseAttendanceCsvOptionsSchema = z.strictObject({
  /** Which export this is: `zoom`, `meetup`, `luma`, `eventbrite`, or `generic` (give `columns`). */
  tool: z.enum(['zoom', 'meetup', 'luma', 'eventbrite', 'generic']),
  /** The file name, as the user knows it, for errors and provenance. */
  file: FILE_OPTION,
  /** Column names: required for `generic`; for a known tool, extra names tried before the built-in ones. */
  columns: AttendanceColumnsSchema.optional(),
  /** The gathering's id (default: `csv:<tool>:` + the Zoom meeting id or the file name, and the start date). */
  id: IdSchema.optional(),
  /** Its title (default: the Zoom topic, else the file name). */
  title: z.string().min(1).max(1000).optional(),
  /** Its kind (default `community-call` for Zoom and generic exports, `meetup` for the others). */
  kind: GatheringKindSchema.optional(),
  /** Its start (default: the Zoom report's start time, else the earliest join or check-in, with a warning). */
  start: DateInputSchema.optional(),
  /** Online, in person or hybrid (default `online` for Zoom and generic, `in-person` for the others). */
  format: z.enum(['online', 'in-person', 'hybrid']).optional(),
  /** The IANA zone of dates written without an offset (Zoom writes the account's local time). Default `UTC`. */
  timeZone: CSV_READING_OPTION_FIELDS.timeZone,
  /** How `01/02/2024` reads: month first (`mdy`, Zoom's US format; default) or day first (`dmy`). */
  dateOrder: CSV_READING_OPTION_FIELDS.dateOrder,
  /** Field separator, or `auto` (default) to take the most frequent of `,` `;` tab in the first line. */
  delimiter: CSV_READING_OPTION_FIELDS.delimiter,
  /** Also give each attendee an `attend` activity (at their first join, weighted by minutes present). Default true. */
  attendActivities: z.boolean().default(true),
});

/** Options of {@link parseAttendanceCsv} (input). */
export type ParseAttendanceCsvOptions = z.input<typeof ParseAttendanceCsvOptionsSchema>;
type Options = z.output<typeof ParseAttendanceCsvOptionsSchema>;

const FN = 'parseAttendanceCsv';

const WHAT = {
  zoom: 'a Zoom participant report',
  meetup: 'a Meetup attendee export',
  luma: 'a Luma guest list',
  eventbrite: 'an Eventbrite attendee report',
  generic: 'an attendance export with the columns given',
} as const;

/** The column specs: the user's names first, then the tool's aliases. */
function columnSpecs(o: Options): ColumnSpec[] {
  const user: Record<string, string | undefined> = { ...o.columns };
  if (user.id !== undefined) user.sourceId = user.id;
  if (o.tool === 'generic') {
    const keys = Object.keys(user).filter((k) => k !== 'id' && user[k] !== undefined);
    return keys.map((key) => ({ key, aliases: [user[key] as string], required: true }));
  }
  const aliases = ATTENDANCE_COLUMN_ALIASES[o.tool] as Record<string, readonly string[]>;
  const required = new Set(ATTENDANCE_REQUIRED_COLUMNS[o.tool]);
  const keys = [...new Set([...Object.keys(aliases), ...Object.keys(user).filter((k) => k !== 'id')])];
  return keys.map((key) => ({
    key,
    aliases: [...(user[key] === undefined ? [] : [user[key] as string]), ...(aliases[key] ?? [])],
    required: required.has(key),
  }));
}

/** One person's attendance, merged over their rows. */
interface Attendee {
  identity: SourceIdentity;
  registered: boolean;
  attended: boolean;
  minutes: number;
  firstJoin: number | undefined;
  lastLeave: number | undefined;
  line: number;
}

/** Whether a row registers and/or attends, or why it is skipped. */
type Status = { registered: boolean; attended: boolean } | { skip: string };
/** A tool's reading of a row's status from its cells. */
type RowStatus = (
  cell: (key: string) => string,
  bool: (key: string) => boolean,
  columns: ColumnIndex,
) => Status;

/** The meeting details of a Zoom report's preamble (`Meeting ID, Topic, Start Time, End Time…` and one row of values). */
function zoomPreamble(preamble: readonly CsvRow[]): Record<string, { value: string; line: number }> {
  const out: Record<string, { value: string; line: number }> = Object.create(null);
  for (let i = 0; i + 1 < preamble.length; i++) {
    const names = (preamble[i] as CsvRow).cells.map((c) => c.trim().toLowerCase());
    if (!names.includes('meeting id') && !names.includes('topic')) continue;
    const values = preamble[i + 1] as CsvRow;
    names.forEach((n, j) => {
      const v = values.cells[j]?.trim() ?? '';
      if (n !== '' && v !== '') out[n] = { value: v, line: values.line };
    });
    break;
  }
  return out;
}

/**
 * Reads one gathering's attendance from a CSV export — a Zoom participant
 * report, a Meetup attendee export, a Luma guest list, an Eventbrite attendee
 * report, or any CSV through a column mapping — into a {@link SourceExtract}
 * with one gathering, the identities it names (source `csv:<tool>`), and an
 * `attend` activity per attendee.
 *
 * Rows are merged per person (the tool's own id, else the e-mail in lower
 * case, else the name): durations are summed, the earliest join and latest
 * leave kept. Registered and attended are kept apart: Zoom lists attendees
 * only; Meetup's RSVP "yes" registers and its attendance column (when the
 * export has one) attends; Luma's approved guests register and those with
 * `checked_in_at` attend; Eventbrite's "Attending" registers and "Checked In"
 * attends. Declined, waitlisted, refunded… rows are skipped, by reason.
 *
 * Dates without an offset are wall times in `timeZone` (default UTC); epoch
 * seconds are refused. Streams: memory holds one attendee per person.
 *
 * @param input - the export's text, bytes or a stream of chunks (gzip recognised)
 * @param options - see {@link ParseAttendanceCsvOptionsSchema}; `tool` is required
 * @returns the extract, with `read.rows` and `skipped` counted
 * @throws ValidationError for bad options
 * @throws InputFormatError naming file, line and column: the wrong kind of file (the columns expected and found), a truncated row, unbalanced quotes, a cell that is not a date or a number
 *
 * @example
 * ```ts
 * const csv = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n' +
 *   'Ada Lovelace,ada@example.org,03/05/2024 03:00:10 PM,03/05/2024 03:20:00 PM,20,No\n' +
 *   'Ada Lovelace,ada@example.org,03/05/2024 03:25:00 PM,03/05/2024 04:00:00 PM,35,No\n';
 * const extract = await parseAttendanceCsv(csv, { tool: 'zoom', file: 'call.csv' });
 * extract.gatherings[0]?.attended; // → ['csv:zoom:ada@example.org']
 * extract.activities[0]?.weight; // → 55
 * ```
 */
export async function parseAttendanceCsv(
  input: TextInput,
  options: ParseAttendanceCsvOptions,
): Promise<SourceExtract> {
  const o = parseWith(FN, ParseAttendanceCsvOptionsSchema, options, 'options');
  if (o.tool === 'generic') {
    const c = o.columns ?? {};
    if (c.name === undefined && c.email === undefined && c.id === undefined && c.firstName === undefined)
      fail(FN, [
        {
          path: 'options.columns',
          message: 'a generic export needs columns naming at least one of name, firstName, email or id',
          code: 'invalid-input',
        },
      ]);
  }
  const source = `csv:${o.tool}`;
  const dates: CsvDateOptions = { timeZone: o.timeZone, dateOrder: o.dateOrder };
  const people = new Map<string, Attendee>();
  const tally = skipTally();
  const where = (line: number) => `${o.file ?? 'line'}:${line}`;

  // Chosen once per file, not per row.
  const status: RowStatus = match(o.tool)
    .with(
      'zoom',
      (): RowStatus => (cell) =>
        yesNo(cell('waitingRoom')) === true
          ? { skip: 'in the waiting room' }
          : { registered: false, attended: true },
    )
    .with(
      'generic',
      (): RowStatus => (_cell, bool, c) => {
        const hasA = c.attended !== undefined;
        const hasR = c.registered !== undefined;
        if (!hasA && !hasR) return { registered: false, attended: true };
        const attended = hasA && bool('attended');
        const registered = hasR && bool('registered');
        return attended || registered
          ? { registered, attended }
          : { skip: 'neither registered nor attended' };
      },
    )
    .with(
      'meetup',
      (): RowStatus => (cell, bool, c) => {
        const rsvp = cell('rsvp').toLowerCase();
        const attended = c.attended !== undefined && bool('attended');
        if (rsvp === 'yes') return { registered: true, attended };
        if (attended) return { registered: false, attended: true };
        return { skip: `RSVP ${JSON.stringify(rsvp || '(blank)')}` };
      },
    )
    .with(
      'luma',
      (): RowStatus => (cell) => {
        const approval = cell('approval').toLowerCase();
        const attended = cell('checkedIn') !== '';
        const registered = approval === '' || approval === 'approved';
        if (registered || attended) return { registered, attended };
        return { skip: `approval_status ${JSON.stringify(approval)}` };
      },
    )
    .with(
      'eventbrite',
      (): RowStatus => (cell) => {
        const s = cell('status').toLowerCase();
        const checked = cell('checkedIn');
        const attended =
          s === 'checked in' ||
          (checked !== '' && (yesNo(checked) ?? typeof csvDate(checked, dates) !== 'string'));
        if (s === 'attending' || s === 'checked in') return { registered: true, attended };
        return { skip: `Attendee Status ${JSON.stringify(s || '(blank)')}` };
      },
    )
    .exhaustive();

  // The row being read, and helpers over it (made once, not per row).
  let row: CsvRow = { line: 0, cells: [] };
  let c: ColumnIndex = {};
  let head: CsvRow = row;
  const cell = (k: string) => cellOf(row, c, k);
  const at = (k: string) => ({ file: o.file, line: row.line, column: headerOf(head, c, k) });
  const bool = (k: string): boolean => {
    const v = yesNo(cell(k));
    if (v === undefined)
      throw new InputFormatError(FN, at(k), `expected yes or no, got ${JSON.stringify(cell(k))}`);
    return v;
  };
  const dateMs = (k: string): number | undefined => {
    const text = cell(k);
    if (text === '') return undefined;
    const d = csvDate(text, dates);
    if (typeof d === 'string') throw new InputFormatError(FN, at(k), d, { value: text });
    return d.getTime();
  };

  const onRow = (r: CsvRow, columns: ColumnIndex, header: CsvRow): void => {
    row = r;
    c = columns;
    head = header;
    const name =
      cell('name') !== ''
        ? cell('name')
        : [cell('firstName'), cell('lastName')].filter((x) => x !== '').join(' ');
    const identity = rowIdentity(source, {
      name,
      email: cell('email'),
      sourceId: cell('sourceId'),
      username: cell('username'),
    });
    if (identity === undefined) {
      tally.skip('row names nobody (no name, e-mail or id)', where(row.line));
      return;
    }
    const s = status(cell, bool, c);
    if ('skip' in s) {
      tally.skip(s.skip, where(row.line));
      return;
    }
    const join = dateMs('joinTime');
    const leave = dateMs('leaveTime');
    const checkIn = o.tool === 'luma' ? dateMs('checkedIn') : undefined;
    let minutes = 0;
    if (cell('duration') !== '') {
      const m = numberCell(cell('duration'));
      if (m === undefined || m < 0)
        throw new InputFormatError(
          FN,
          at('duration'),
          `expected minutes (a number), got ${JSON.stringify(cell('duration'))}`,
        );
      minutes = m;
    }
    const first = join ?? checkIn;
    let a = people.get(identity.id);
    if (a === undefined) {
      a = {
        identity,
        registered: false,
        attended: false,
        minutes: 0,
        firstJoin: undefined,
        lastLeave: undefined,
        line: row.line,
      };
      people.set(identity.id, a);
    } else {
      if (a.identity.email === undefined && identity.email !== undefined) a.identity.email = identity.email;
      if (a.identity.name === undefined && identity.name !== undefined) a.identity.name = identity.name;
    }
    a.registered ||= s.registered;
    a.attended ||= s.attended;
    a.minutes += minutes;
    if (first !== undefined && (a.firstJoin === undefined || first < a.firstJoin)) a.firstJoin = first;
    if (leave !== undefined && (a.lastLeave === undefined || leave > a.lastLeave)) a.lastLeave = leave;
  };

  const table = await readCsvTable(
    input,
    {
      fn: FN,
      file: o.file,
      delimiter: o.delimiter,
      columns: columnSpecs(o),
      what: WHAT[o.tool],
      maxPreambleRows: o.tool === 'zoom' ? 20 : 0,
    },
    onRow,
    (row) => tally.skip('empty row', where(row.line)),
  );

  const warnings: string[] = [];
  const meeting = o.tool === 'zoom' ? zoomPreamble(table.preamble) : Object.create(null);
  const preambleDate = (key: string): number | undefined => {
    const m = meeting[key];
    if (m === undefined) return undefined;
    return requireCsvDate(
      FN,
      m.value,
      { file: o.file, line: m.line, column: key.replace(/\b\w/g, (x: string) => x.toUpperCase()) },
      dates,
    ).getTime();
  };
  const attendees = [...people.values()];
  const joins = attendees.map((a) => a.firstJoin).filter((t): t is number => t !== undefined);
  const leaves = attendees.map((a) => a.lastLeave).filter((t): t is number => t !== undefined);
  let start = o.start?.getTime() ?? preambleDate('start time');
  if (start === undefined && joins.length > 0) {
    start = Math.min(...joins);
    warnings.push(
      `the gathering's start is the earliest ${o.tool === 'luma' ? 'check-in' : 'join'} (${new Date(start).toISOString()}); give options.start for the scheduled time`,
    );
  }
  if (start === undefined)
    throw new InputFormatError(
      FN,
      { file: o.file },
      `${WHAT[o.tool]} does not say when the gathering took place: give its start (options.start, or --start on the command line)`,
    );
  let end = preambleDate('end time') ?? (leaves.length > 0 ? Math.max(...leaves) : undefined);
  if (end !== undefined && end < start) end = undefined;
  if (o.tool === 'meetup' && table.columns.attended === undefined)
    warnings.push(
      'this Meetup export has no attendance column: RSVPs count as registered, and nobody as attended (mark attendance on Meetup, or map a column with options.columns.attended)',
    );

  const meetingId = meeting['meeting id']?.value.replace(/\s+/g, '');
  const startIso = new Date(start).toISOString();
  const gatheringId =
    o.id ?? prefixedId(source, `${meetingId ?? o.file ?? o.title ?? 'gathering'}@${startIso}`);
  const title =
    o.title ??
    meeting.topic?.value.slice(0, 1000) ??
    o.file?.slice(0, 1000) ??
    `${o.tool} gathering ${startIso}`;
  const kind = o.kind ?? (o.tool === 'zoom' || o.tool === 'generic' ? 'community-call' : 'meetup');
  const format = o.format ?? (o.tool === 'zoom' || o.tool === 'generic' ? 'online' : 'in-person');

  const provenance = (line: number, sourceId?: string) => ({
    source,
    ...(sourceId === undefined ? {} : { sourceId }),
    ...(o.file === undefined ? {} : { file: o.file }),
    line,
  });
  const extract = {
    format: SOURCE_EXTRACT_FORMAT,
    source,
    description: `${WHAT[o.tool].replace(/^an? /, '')}: ${title}`.slice(0, 1000),
    files: o.file === undefined ? [] : [o.file],
    identities: attendees.map((a) => a.identity),
    activities: o.attendActivities
      ? attendees
          .filter((a) => a.attended)
          .map((a, i) => ({
            id: prefixedId(gatheringId, `attend:${i + 1}`),
            memberId: a.identity.id,
            at: new Date(a.firstJoin ?? start),
            kind: 'attend' as const,
            thread: gatheringId,
            ...(a.minutes > 0 ? { weight: a.minutes } : {}),
            provenance: provenance(a.line, a.identity.sourceId),
          }))
      : [],
    gatherings: [
      {
        id: gatheringId,
        title,
        kind,
        start: new Date(start),
        ...(end === undefined ? {} : { end: new Date(end) }),
        registered: attendees.filter((a) => a.registered).map((a) => a.identity.id),
        attended: attendees.filter((a) => a.attended).map((a) => a.identity.id),
        format,
        provenance: provenance(table.header.line, meetingId),
      },
    ],
    read: { rows: table.rows, people: attendees.length },
    skipped: tally.list(),
    warnings,
  };
  return SourceExtractSchema.parse(extract);
}
