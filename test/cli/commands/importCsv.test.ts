import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/runCli.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { fixtureText } from '../../io/csv/helpers.js';
import { fakeIo } from '../fakeIo.js';

describe('community-kit import csv', () => {
  it('reads two Zoom reports into one extract with two gatherings, and prints a summary', async () => {
    const f = fakeIo({
      'a.csv': fixtureText('zoom-participants.csv'),
      'b.csv': fixtureText('zoom-participants-old.csv'),
    });
    const code = await runCli(
      ['import', 'csv', '--kind', 'attendance', '--tool', 'zoom', 'a.csv', 'b.csv', '--out', 'x.json'],
      f.io,
    );
    expect(code).toBe(0);
    const extract = SourceExtractSchema.parse(JSON.parse(f.written['x.json'] as string));
    expect(extract.gatherings.map((g) => g.attended.length)).toEqual([4, 2]);
    expect(extract.files).toEqual(['a.csv', 'b.csv']);
    // Amara and Kai are in both reports: one identity each.
    expect(extract.identities).toHaveLength(4);
    expect(extract.read).toEqual({ rows: 7, people: 6 });
    expect(f.err()).toContain(
      'import csv: read 2 files (7 rows, 6 people); 4 identities, 2 gatherings, 6 activities; skipped nothing; 1 warning: b.csv:',
    );
  });

  it('reads a generic export through a --map file, and a survey with --framework', async () => {
    const f = fakeIo({
      'g.csv': fixtureText('generic-attendance.csv'),
      'map.json': JSON.stringify({ columns: { name: 'Full name', email: 'E-mail', attended: 'Present?' } }),
      's.csv': fixtureText('google-forms-survey.csv'),
      'skills.json': JSON.stringify({
        skills: { 'How confident are you at mentoring?': 'cscce/interpersonal/mentoring' },
      }),
    });
    expect(
      await runCli(
        [
          'import',
          'csv',
          '--kind',
          'attendance',
          '--tool',
          'generic',
          '--map',
          'map.json',
          '--start',
          '2024-06-01',
          'g.csv',
          '--out',
          'g.json',
        ],
        f.io,
      ),
    ).toBe(0);
    expect(JSON.parse(f.written['g.json'] as string).gatherings[0].attended).toHaveLength(2);
    expect(
      await runCli(
        [
          'import',
          'csv',
          '--kind',
          'survey',
          '--framework',
          'cscce-skills-wheel',
          '--map',
          'skills.json',
          's.csv',
          '--out',
          's.json',
        ],
        f.io,
      ),
    ).toBe(0);
    expect(JSON.parse(f.written['s.json'] as string).skillAssessments).toHaveLength(3);
  });

  it('reads rosters and role files', async () => {
    const f = fakeIo({ 'r.csv': fixtureText('roster.csv'), 'roles.csv': fixtureText('roles.csv') });
    expect(
      await runCli(
        ['import', 'csv', '--kind', 'roster', '--date-order', 'dmy', 'r.csv', '--out', 'r.json'],
        f.io,
      ),
    ).toBe(0);
    expect(JSON.parse(f.written['r.json'] as string).profiles).toHaveLength(3);
    expect(await runCli(['import', 'csv', '--kind', 'roles', 'roles.csv', '--out', 'roles.json'], f.io)).toBe(
      0,
    );
    expect(JSON.parse(f.written['roles.json'] as string).roleAssignments).toHaveLength(3);
  });

  it('exits 1 with the file, line and column of bad input', async () => {
    const f = fakeIo({
      'attendance.csv': 'Name (Original Name),Join Time\nAda,2024-01-01 10:00\nBea,later\n',
    });
    expect(
      await runCli(
        ['import', 'csv', '--kind', 'attendance', '--tool', 'zoom', 'attendance.csv', '--out', 'x.json'],
        f.io,
      ),
    ).toBe(1);
    expect(f.err()).toBe('parseAttendanceCsv: attendance.csv:3 "Join Time": not a date: "later"\n');
    expect(f.written['x.json']).toBeUndefined();
  });

  it('exits 1 on bad --map options (unknown keys, not JSON)', async () => {
    const f = fakeIo({ 'a.csv': fixtureText('roster.csv'), 'm.json': '{"colour": 1}', 'bad.json': '{' });
    expect(
      await runCli(
        ['import', 'csv', '--kind', 'roster', '--map', 'm.json', 'a.csv', '--out', 'x.json'],
        f.io,
      ),
    ).toBe(1);
    expect(f.err()).toContain('colour');
    expect(
      await runCli(
        ['import', 'csv', '--kind', 'roster', '--map', 'bad.json', 'a.csv', '--out', 'x.json'],
        f.io,
      ),
    ).toBe(1);
    expect(f.err()).toContain('bad.json is not valid JSON');
  });

  it('exits 2 on usage mistakes', async () => {
    const f = fakeIo({ 'a.csv': 'x' });
    const usage = async (...args: string[]) => runCli(['import', 'csv', ...args], f.io);
    expect(await usage('a.csv', '--out', 'x.json')).toBe(2);
    expect(await usage('--kind', 'attendance', 'a.csv', '--out', 'x.json')).toBe(2);
    expect(await usage('--kind', 'roster', 'a.csv')).toBe(2);
    expect(await usage('--kind', 'roster', '--out', 'x.json')).toBe(2);
    expect(await usage('--kind', 'survey', 'a.csv', '--out', 'x.json')).toBe(2);
    expect(await usage('--kind', 'roster', 'missing.csv', '--out', 'x.json')).toBe(2);
    expect(await usage('--kind', 'roster', '--tool', 'zoom', 'a.csv', '--out', 'x.json')).toBe(2);
    expect(f.err()).toContain('cannot read missing.csv');
  });

  it('prints its usage for --help', async () => {
    const f = fakeIo();
    expect(await runCli(['import', 'csv', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('--kind attendance|survey|roster|roles');
  });
});
