import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttendanceCsv } from '../../../src/io/csv/parseAttendanceCsv.js';
import { parseRosterCsv } from '../../../src/io/csv/parseRosterCsv.js';
import { parseSkillSurveyCsv } from '../../../src/io/csv/parseSkillSurveyCsv.js';
import { fixture } from './helpers.js';

/** `bytes` cut at the given points (sorted, deduplicated), as a stream of chunks. */
function cut(bytes: Uint8Array, points: number[]): Uint8Array[] {
  const at = [...new Set(points.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...at, bytes.length]) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  return chunks;
}

const json = (x: unknown) => JSON.stringify(x);

const quote = (s: string) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

describe('CSV readers stream: any chunking of the bytes gives the same extract', () => {
  it('Zoom, Luma and roster fixtures (CRLF, quotes, multi-byte UTF-8) in any chunking', async () => {
    const cases = [
      [
        'zoom-participants.csv',
        (i: Iterable<Uint8Array>) => parseAttendanceCsv(i, { tool: 'zoom', file: 'z' }),
      ],
      ['luma-guests.csv', (i: Iterable<Uint8Array>) => parseAttendanceCsv(i, { tool: 'luma' })],
      ['roster.csv', (i: Iterable<Uint8Array>) => parseRosterCsv(i, { dateOrder: 'dmy' })],
      [
        'google-forms-survey.csv',
        (i: Iterable<Uint8Array>) =>
          parseSkillSurveyCsv(i, {
            framework: 'cscce-skills-wheel',
            skills: { 'Rate yourself [Data analysis]': 'cscce/technical/data-analysis' },
          }),
      ],
    ] as const;
    for (const [name, read] of cases) {
      const bytes = fixture(name);
      const whole = json(await read([bytes]));
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (points) => {
          expect(json(await read(cut(bytes, points)))).toBe(whole);
        }),
        { numRuns: 60 },
      );
    }
  });

  it('generated Zoom reports with quoted commas, quotes and line breaks in names, in any chunking', async () => {
    const names = ['Ada', 'Bé "B" Lee', 'Cy, Jr.', 'Dee\nSecond line', 'Émile', '李雷'];
    const row = fc.record({
      name: fc.constantFrom(...names),
      minute: fc.integer({ min: 0, max: 59 }),
      email: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 30 }),
        async (rows, points) => {
          const text =
            'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\r\n' +
            rows
              .map(
                (r) =>
                  `${quote(r.name)},${r.email ? `${names.indexOf(r.name)}@example.org` : ''},2024-03-05 10:${String(r.minute).padStart(2, '0')}:00,,1,No\r\n`,
              )
              .join('');
          const bytes = new TextEncoder().encode(text);
          const whole = await parseAttendanceCsv(text, { tool: 'zoom' });
          expect(json(await parseAttendanceCsv(cut(bytes, points), { tool: 'zoom' }))).toBe(json(whole));
          // Each row is one minute: the minutes of all attendees add up to the rows.
          expect(whole.activities.reduce((s, a) => s + (a.weight ?? 0), 0)).toBe(rows.length);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a report larger than one parse group (quoted line breaks across group ends) reads the same whole or in 7-byte chunks', async () => {
    const lines = ['Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest'];
    for (let i = 0; i < 12_000; i++)
      lines.push(
        `${i % 7 === 0 ? `"Person ${i % 900}\nSecond line"` : `Person ${i % 900}`},,2024-03-05 10:00:00,,2,No`,
      );
    const text = `${lines.join('\n')}\n`;
    const bytes = new TextEncoder().encode(text);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.subarray(i * 7, i * 7 + 7),
    );
    const whole = await parseAttendanceCsv(text, { tool: 'zoom' });
    expect(json(await parseAttendanceCsv(chunks, { tool: 'zoom' }))).toBe(json(whole));
    expect(whole.read.rows).toBe(12_000);
    // 900 names, those ≡ 0 mod 7 written with a second line: i % 7 === 0 and i % 900 give distinct keys.
    expect(whole.identities.length).toBe(
      new Set(Array.from({ length: 12_000 }, (_, i) => `${i % 7 === 0}:${i % 900}`)).size,
    );
    // Person 899 first appears in row 899, after the header and the 129 second lines of rows 0, 7, … 896.
    const p899 = whole.activities.find((a) => a.memberId === 'csv:zoom:name:person 899');
    expect(p899?.provenance?.line).toBe(1 + 899 + 129 + 1);
  });

  it('is deterministic: the same input twice gives the same extract, byte for byte', async () => {
    const a = await parseAttendanceCsv(fixture('zoom-participants.csv'), { tool: 'zoom' });
    const b = await parseAttendanceCsv(fixture('zoom-participants.csv'), { tool: 'zoom' });
    expect(json(a)).toBe(json(b));
  });
});
