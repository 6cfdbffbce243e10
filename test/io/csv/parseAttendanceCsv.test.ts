import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { parseAttendanceCsv } from '../../../src/io/csv/parseAttendanceCsv.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { fixture, fixtureText, rejection } from './helpers.js';

const ZOOM_HEADER = 'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n';

describe('parseAttendanceCsv — Zoom', () => {
  it('reads the meeting preamble and merges re-joins per person (CRLF, quoted names)', async () => {
    const e = await parseAttendanceCsv(fixture('zoom-participants.csv'), {
      tool: 'zoom',
      file: 'zoom-participants.csv',
      timeZone: 'America/New_York',
    });
    const g = e.gatherings[0]!;
    expect(e.gatherings).toHaveLength(1);
    expect(g.title).toBe('March community call');
    // 09:58:12 AM in New York on 5 March 2024 (EST, UTC−5).
    expect(g.start.toISOString()).toBe('2024-03-05T14:58:12.000Z');
    expect(g.end?.toISOString()).toBe('2024-03-05T16:02:40.000Z');
    expect(g.id).toBe('csv:zoom:81234567890@2024-03-05T14:58:12.000Z');
    expect(g.provenance).toEqual({
      source: 'csv:zoom',
      sourceId: '81234567890',
      file: 'zoom-participants.csv',
      line: 4,
    });
    expect(g.attended).toEqual([
      'csv:zoom:amara@example.org',
      'csv:zoom:lucia.fernandez@example.org',
      'csv:zoom:name:kai müller',
      'csv:zoom:jonas@example.org',
    ]);
    expect(g.registered).toEqual([]);
    expect(e.activities.map((a) => a.weight)).toEqual([65, 29 + 26, 45, 30]);
    expect(e.activities[1]?.at.toISOString()).toBe('2024-03-05T15:01:03.000Z');
    expect(e.activities.map((a) => a.provenance?.line)).toEqual([5, 6, 8, 9]);
    expect(e.identities[3]?.name).toBe('Jonas "JJ" Berg');
    expect(e.read).toEqual({ rows: 5, people: 4 });
    expect(e.warnings).toEqual([]);
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(e)))).toEqual(e);
  });

  it('reads Zoom dates as UTC by default', async () => {
    const e = await parseAttendanceCsv(fixture('zoom-participants.csv'), { tool: 'zoom' });
    expect(e.gatherings[0]?.start.toISOString()).toBe('2024-03-05T09:58:12.000Z');
  });

  it('reads the older lower-case headers and ISO dates, taking the start from the earliest join with a warning', async () => {
    const e = await parseAttendanceCsv(fixture('zoom-participants-old.csv'), {
      tool: 'zoom',
      file: 'old.csv',
    });
    expect(e.gatherings[0]?.start.toISOString()).toBe('2024-03-05T15:58:12.000Z');
    expect(e.gatherings[0]?.title).toBe('old.csv');
    expect(e.gatherings[0]?.attended).toHaveLength(2);
    expect(e.warnings[0]).toContain('earliest join');
  });

  it('uses the start, title, id and kind given in the options', async () => {
    const e = await parseAttendanceCsv(fixture('zoom-participants-old.csv'), {
      tool: 'zoom',
      start: '2024-03-05T16:00:00Z',
      title: 'Call',
      id: 'call-2024-03',
      kind: 'workshop',
      attendActivities: false,
    });
    const g = e.gatherings[0]!;
    expect([g.id, g.title, g.kind, g.start.toISOString()]).toEqual([
      'call-2024-03',
      'Call',
      'workshop',
      '2024-03-05T16:00:00.000Z',
    ]);
    expect(e.activities).toEqual([]);
    expect(e.warnings).toEqual([]);
  });

  it('gives hostile names ids that are valid (prefixed)', async () => {
    const e = await parseAttendanceCsv(
      `${ZOOM_HEADER}__proto__,,2024-01-01 10:00,,,\nconstructor,,2024-01-01 10:00,,,\n`,
      { tool: 'zoom' },
    );
    expect(e.identities.map((i) => i.id)).toEqual(['csv:zoom:name:__proto__', 'csv:zoom:name:constructor']);
  });

  it('cuts ids longer than 256 characters and keeps them distinct with a hash', async () => {
    const long = 'x'.repeat(300);
    const e = await parseAttendanceCsv(
      `${ZOOM_HEADER}${long}a,,2024-01-01 10:00,,,\n${long}b,,2024-01-01 10:00,,,\n`,
      {
        tool: 'zoom',
      },
    );
    const [a, b] = e.identities.map((i) => i.id);
    expect(a?.length).toBe(256);
    expect(a).not.toBe(b);
  });

  it('reads gzip, a byte-order mark and semicolon separators', async () => {
    const text = `\uFEFF${ZOOM_HEADER.replaceAll(',', ';')}Ada;ada@example.org;2024-01-01 10:00;2024-01-01 10:30;30;No\n`;
    const e = await parseAttendanceCsv(gzipSync(Buffer.from(text)), { tool: 'zoom' });
    expect(e.gatherings[0]?.attended).toEqual(['csv:zoom:ada@example.org']);
    const forced = await rejection(parseAttendanceCsv(text, { tool: 'zoom', delimiter: ',' }));
    expect(forced.message).toContain('expected the columns');
  });

  it('skips empty rows, counting them', async () => {
    const e = await parseAttendanceCsv(`${ZOOM_HEADER},,,,,\nAda,,2024-01-01 10:00,,,\n`, {
      tool: 'zoom',
      file: 'a.csv',
    });
    expect(e.skipped).toEqual([{ reason: 'empty row', count: 1, examples: ['a.csv:2'] }]);
  });
});

describe('parseAttendanceCsv — Meetup, Luma, Eventbrite, generic', () => {
  it('Meetup: RSVP yes registers, the attendance column attends, no and waitlist are skipped', async () => {
    const e = await parseAttendanceCsv(fixture('meetup-attendees.csv'), {
      tool: 'meetup',
      file: 'm.csv',
      start: '2024-03-01T18:00:00Z',
    });
    const g = e.gatherings[0]!;
    expect(g.registered).toEqual([
      'csv:meetup:id:218774512',
      'csv:meetup:id:301188420',
      'csv:meetup:id:290377755',
    ]);
    expect(g.attended).toEqual(['csv:meetup:id:218774512', 'csv:meetup:id:290377755']);
    expect([g.kind, g.format]).toEqual(['meetup', 'in-person']);
    expect(e.skipped).toEqual([
      { reason: 'RSVP "no"', count: 1, examples: ['m.csv:4'] },
      { reason: 'RSVP "waitlist"', count: 1, examples: ['m.csv:5'] },
    ]);
    expect(e.identities[0]).toEqual({
      id: 'csv:meetup:id:218774512',
      source: 'csv:meetup',
      sourceId: '218774512',
      name: 'Amara Okafor',
    });
  });

  it('Meetup: without a start date, asks for one', async () => {
    const error = await rejection(parseAttendanceCsv(fixture('meetup-attendees.csv'), { tool: 'meetup' }));
    expect(error).toBeInstanceOf(InputFormatError);
    expect(error.message).toContain('options.start');
  });

  it('Meetup: without an attendance column, warns that nobody is counted as attended', async () => {
    const text = fixtureText('meetup-attendees.csv')
      .split('\n')
      .map((l) => l.replace(/,[^,]*$/, ''))
      .join('\n');
    const e = await parseAttendanceCsv(text, { tool: 'meetup', start: '2024-03-01' });
    expect(e.gatherings[0]?.attended).toEqual([]);
    expect(e.gatherings[0]?.registered).toHaveLength(3);
    expect(e.warnings[0]).toContain('no attendance column');
  });

  it('Luma: approved guests register, checked_in_at attends, declined and pending are skipped', async () => {
    const e = await parseAttendanceCsv(fixture('luma-guests.csv'), { tool: 'luma' });
    const g = e.gatherings[0]!;
    expect(g.registered).toEqual(['csv:luma:id:gst-7Yq2kLm9', 'csv:luma:id:gst-3Hs8aPq1']);
    expect(g.attended).toEqual(['csv:luma:id:gst-7Yq2kLm9', 'csv:luma:id:gst-1Zz0cVb7']);
    expect(g.start.toISOString()).toBe('2024-04-18T17:58:03.000Z');
    expect(e.warnings[0]).toContain('earliest check-in');
    expect(e.skipped.map((s) => [s.reason, s.count])).toEqual([
      ['approval_status "declined"', 1],
      ['approval_status "pending_approval"', 1],
    ]);
    expect(e.identities[0]?.email).toBe('amara@example.org');
  });

  it('Eventbrite: Attending registers, Checked In (status or column) attends, Not Attending is skipped', async () => {
    const e = await parseAttendanceCsv(fixture('eventbrite-attendees.csv'), {
      tool: 'eventbrite',
      start: '2024-05-10T18:00:00Z',
    });
    const g = e.gatherings[0]!;
    expect(g.registered).toEqual([
      'csv:eventbrite:id:1122334401',
      'csv:eventbrite:id:1122334402',
      'csv:eventbrite:id:1122334404',
    ]);
    expect(g.attended).toEqual(['csv:eventbrite:id:1122334401', 'csv:eventbrite:id:1122334404']);
    expect(e.identities[0]?.name).toBe('Amara Okafor');
    expect(e.skipped.map((s) => s.reason)).toEqual(['Attendee Status "not attending"']);
  });

  it('generic: maps the columns given; "no" rows are skipped', async () => {
    const e = await parseAttendanceCsv(fixture('generic-attendance.csv'), {
      tool: 'generic',
      columns: { name: 'Full name', email: 'E-mail', attended: 'Present?' },
      start: '2024-06-01T10:00:00Z',
    });
    expect(e.gatherings[0]?.attended).toEqual([
      'csv:generic:amara@example.org',
      'csv:generic:mei.chen@example.org',
    ]);
    expect(e.skipped.map((s) => s.reason)).toEqual(['neither registered nor attended']);
  });

  it('generic: a value that is not yes or no names its cell', async () => {
    const error = await rejection(
      parseAttendanceCsv('Name,Here\nAda,maybe\n', {
        tool: 'generic',
        columns: { name: 'Name', attended: 'Here' },
        start: '2024-01-01',
        file: 'a.csv',
      }),
    );
    expect(error.message).toBe('parseAttendanceCsv: a.csv:2 "Here": expected yes or no, got "maybe"');
  });
});

describe('parseAttendanceCsv — bad input', () => {
  it('names file, line and column of a cell that is not a date', async () => {
    const error = await rejection(
      parseAttendanceCsv(`${ZOOM_HEADER}Ada,,2024-01-01 10:00,,,\nBea,,tomorrow,,,\n`, {
        tool: 'zoom',
        file: 'attendance.csv',
      }),
    );
    expect(error).toBeInstanceOf(InputFormatError);
    expect(error.message).toBe('parseAttendanceCsv: attendance.csv:3 "Join Time": not a date: "tomorrow"');
  });

  it('refuses dates that look like epoch seconds', async () => {
    const error = await rejection(parseAttendanceCsv(`${ZOOM_HEADER}Ada,,1700000000,,,\n`, { tool: 'zoom' }));
    expect(error.message).toContain('multiply by 1000');
  });

  it('refuses impossible dates and AM/PM hours beyond 12', async () => {
    expect(
      (
        await rejection(
          parseAttendanceCsv(`${ZOOM_HEADER}Ada,,02/30/2024 10:00:00 AM,,,\n`, { tool: 'zoom' }),
        )
      ).message,
    ).toContain('no such day');
    expect(
      (
        await rejection(
          parseAttendanceCsv(`${ZOOM_HEADER}Ada,,02/03/2024 13:00:00 PM,,,\n`, { tool: 'zoom' }),
        )
      ).message,
    ).toContain('hour 13');
  });

  it('refuses a duration that is not a number', async () => {
    const error = await rejection(
      parseAttendanceCsv(`${ZOOM_HEADER}Ada,,2024-01-01 10:00,,ten,\n`, { tool: 'zoom', file: 'z.csv' }),
    );
    expect(error.message).toBe(
      'parseAttendanceCsv: z.csv:2 "Duration (Minutes)": expected minutes (a number), got "ten"',
    );
  });

  it('says which columns it expected and which it found in the wrong kind of CSV', async () => {
    const error = await rejection(parseAttendanceCsv('a,b\n1,2\n', { tool: 'zoom', file: 'x.csv' }));
    expect(error.message).toBe(
      'parseAttendanceCsv: x.csv: not a Zoom participant report: expected the columns "Name (Original Name)", "Join Time" in a header row; found "a", "b" (line 1)',
    );
  });

  it('recognises a JSON file', async () => {
    const error = await rejection(parseAttendanceCsv('{"name": "x",\n "members": []}\n', { tool: 'luma' }));
    expect(error.message).toContain('looks like a JSON file');
  });

  it('refuses an empty file', async () => {
    for (const text of ['', '\n\n', '\uFEFF'])
      expect((await rejection(parseAttendanceCsv(text, { tool: 'zoom', file: 'e.csv' }))).message).toContain(
        'the file is empty',
      );
  });

  it('refuses a truncated row, naming its line', async () => {
    const error = await rejection(
      parseAttendanceCsv(`${ZOOM_HEADER}Ada,,2024-01-01 10:00,,,\nBea,bea@ex`, {
        tool: 'zoom',
        file: 't.csv',
      }),
    );
    expect(error.message).toBe(
      "parseAttendanceCsv: t.csv:3: truncated row: 2 of the header's 6 columns (is the file cut short, or is a separator missing?)",
    );
  });

  it('refuses an unclosed quote, naming the line that opened it', async () => {
    const error = await rejection(
      parseAttendanceCsv(
        `${ZOOM_HEADER}Ada,,2024-01-01 10:00,,,\n"Bea,,2024-01-01 10:00,,,\nCy,,2024-01-01 10:00,,,\n`,
        { tool: 'zoom', file: 'q.csv' },
      ),
    );
    expect(error.message).toContain('q.csv:3: unbalanced quotes');
  });

  it('refuses unknown options and a generic mapping that names nobody', async () => {
    await expect(parseAttendanceCsv('', { tool: 'zoom', colour: 'red' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(parseAttendanceCsv('', { tool: 'generic', columns: { attended: 'Here' } })).rejects.toThrow(
      'at least one of name',
    );
    await expect(parseAttendanceCsv('', { tool: 'zoom', timeZone: 'Mars/Olympus' })).rejects.toThrow(
      'IANA time zone',
    );
  });

  it('turns a corrupt gzip stream into an InputFormatError', async () => {
    const gz = gzipSync(Buffer.from(`${ZOOM_HEADER}Ada,,2024-01-01 10:00,,,\n`)).subarray(0, 20);
    await expect(parseAttendanceCsv(gz, { tool: 'zoom' })).rejects.toBeInstanceOf(InputFormatError);
  });
});

describe('parseAttendanceCsv — stray quotes', () => {
  it('keeps quotes inside unquoted names literally, with the right lines, when they pair up across rows', async () => {
    const text = `${ZOOM_HEADER}O"Brien,,2024-01-01 10:00,,,\nAda,,2024-01-01 10:00,,,\nMc"Donald,,2024-01-01 10:00,,,\nBea,,2024-01-01 10:00,,,\n`;
    const e = await parseAttendanceCsv(text, { tool: 'zoom' });
    expect(e.identities.map((i) => i.name)).toEqual(['O"Brien', 'Ada', 'Mc"Donald', 'Bea']);
    expect(e.activities.map((a) => a.provenance?.line)).toEqual([2, 3, 4, 5]);
  });
});

describe('parseAttendanceCsv — Zoom waiting room', () => {
  it('skips rows spent in the waiting room', async () => {
    const text =
      'Name (original name),Email,Join time,Leave time,Duration (minutes),Guest,In waiting room\n' +
      'Ada,ada@example.org,2024-01-01 09:55,2024-01-01 10:00,5,No,Yes\n' +
      'Ada,ada@example.org,2024-01-01 10:00,2024-01-01 10:30,30,No,No\n';
    const e = await parseAttendanceCsv(text, { tool: 'zoom', file: 'w.csv' });
    expect(e.activities.map((a) => [a.weight, a.at.toISOString()])).toEqual([
      [30, '2024-01-01T10:00:00.000Z'],
    ]);
    expect(e.skipped).toEqual([{ reason: 'in the waiting room', count: 1, examples: ['w.csv:2'] }]);
  });
});

describe('parseAttendanceCsv — spreadsheet quirks', () => {
  it("follows Excel's sep=; hint line", async () => {
    const text = `sep=;\r\n${ZOOM_HEADER.replaceAll(',', ';')}Ada;ada@example.org;2024-01-01 10:00;;;\r\n`;
    const e = await parseAttendanceCsv(text, { tool: 'zoom', file: 's.csv' });
    expect(e.gatherings[0]?.attended).toEqual(['csv:zoom:ada@example.org']);
    expect(e.activities[0]?.provenance?.line).toBe(3);
  });

  it('says to save as CSV UTF-8 when given UTF-16 text', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...ZOOM_HEADER].flatMap((c) => [c.charCodeAt(0), 0])]);
    const error = await rejection(parseAttendanceCsv(utf16, { tool: 'zoom' }));
    expect(error.message).toContain('save the file as "CSV UTF-8"');
  });
});
