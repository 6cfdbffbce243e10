import { describe, expect, it } from 'vitest';
import { parseRosterCsv } from '../../../src/io/csv/parseRosterCsv.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { fixture, rejection } from './helpers.js';

describe('parseRosterCsv', () => {
  it('reads identities and profiles from the obvious headers, lists split on ; | or ,', async () => {
    const e = await parseRosterCsv(fixture('roster.csv'), { file: 'roster.csv', dateOrder: 'dmy' });
    expect(e.source).toBe('csv:roster');
    expect(e.identities).toEqual([
      {
        id: 'csv:roster:amara@example.org',
        source: 'csv:roster',
        name: 'Amara Okafor',
        email: 'Amara@Example.org',
        username: 'amara-o',
      },
      {
        id: 'csv:roster:lucia.fernandez@example.org',
        source: 'csv:roster',
        name: 'Lucía Fernández',
        email: 'lucia.fernandez@example.org',
        username: 'lucia',
      },
      { id: 'csv:roster:user:kai_m', source: 'csv:roster', name: 'Kai Müller', username: 'kai_m' },
    ]);
    const [amara, lucia, kai] = e.profiles;
    expect(amara?.interests).toEqual(['soil moisture', 'data pipelines']);
    expect(amara?.languages).toEqual(['en', 'yo']);
    expect(amara?.affiliation).toBe('Open Soil Lab');
    expect(amara?.groups).toEqual(['maintainers']);
    expect(amara?.timeZone).toBe('Africa/Lagos');
    expect(lucia?.joinedAt?.toISOString()).toBe('2022-01-15T00:00:00.000Z');
    expect(lucia?.interests).toEqual(['open data', 'translation']);
    expect(lucia?.affiliation).toBeUndefined();
    expect(kai?.affiliation).toBe('Universität Beispiel');
    expect(e.skipped).toEqual([
      { reason: 'member listed twice (the first row is kept)', count: 1, examples: ['roster.csv:5'] },
    ]);
    expect(e.read).toEqual({ rows: 4, members: 3 });
  });

  it('uses the column names given, before the built-in ones', async () => {
    const e = await parseRosterCsv('Person,Mail,Org\nAda,ada@example.org,Acme\n', {
      columns: { name: 'Person', email: 'Mail', affiliation: 'Org' },
    });
    expect(e.profiles).toEqual([
      expect.objectContaining({ id: 'csv:roster:ada@example.org', name: 'Ada', affiliation: 'Acme' }),
    ]);
  });

  it('names file, line and column of a bad date, a bad time zone and an over-long label', async () => {
    const date = await rejection(parseRosterCsv(fixture('roster.csv'), { file: 'roster.csv' }));
    expect(date).toBeInstanceOf(InputFormatError);
    expect(date.message).toBe(
      'parseRosterCsv: roster.csv:3 "Joined": not a date: "15/01/2022" (no such day or time)',
    );
    const zone = await rejection(parseRosterCsv('Name,Timezone\nAda,Mars/Olympus\n', { file: 'r.csv' }));
    expect(zone.message).toBe(
      'parseRosterCsv: r.csv:2 "Timezone": expected an IANA time zone such as "Europe/Berlin" or "UTC"',
    );
    const long = await rejection(parseRosterCsv(`Name,Company\nAda,${'x'.repeat(201)}\n`, { file: 'r.csv' }));
    expect(long.message).toMatch(/^parseRosterCsv: r\.csv:2 "Company": /);
    const epoch = await rejection(parseRosterCsv('Name,Joined\nAda,1700000000\n'));
    expect(epoch.message).toContain('looks like epoch seconds');
  });

  it('says what it expected when no column names a member', async () => {
    const error = await rejection(parseRosterCsv('Colour,Size\nred,3\n', { file: 'x.csv' }));
    expect(error.message).toBe(
      'parseRosterCsv: x.csv:1: not a member roster: expected a column naming the member (one of "Name", "Email", "Username", "Member ID", or options.columns); found "Colour", "Size"',
    );
  });

  it('refuses unknown options and unknown column keys', async () => {
    await expect(parseRosterCsv('', { colour: 1 } as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(parseRosterCsv('', { columns: { shoe: 'Shoe' } } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
