import { describe, expect, it } from 'vitest';
import { csvDate } from '../../../../src/io/csv/internal/csvDate.js';

const iso = (text: string, timeZone = 'UTC', dateOrder: 'mdy' | 'dmy' = 'mdy') => {
  const d = csvDate(text, { timeZone, dateOrder });
  return typeof d === 'string' ? d : d.toISOString();
};

describe('csvDate', () => {
  it("reads Zoom's MM/DD/YYYY hh:mm:ss AM/PM, 12 AM and 12 PM included", () => {
    expect(iso('03/05/2024 09:58:12 AM')).toBe('2024-03-05T09:58:12.000Z');
    expect(iso('03/05/2024 12:00:00 AM')).toBe('2024-03-05T00:00:00.000Z');
    expect(iso('03/05/2024 12:30:00 PM')).toBe('2024-03-05T12:30:00.000Z');
    expect(iso('3/5/24 14:03')).toBe('2024-03-05T14:03:00.000Z');
    expect(iso('05/03/2024 14:03', 'UTC', 'dmy')).toBe('2024-03-05T14:03:00.000Z');
  });

  it('reads wall times in the zone given, across daylight-saving changes', () => {
    // New York springs forward at 2:00 on 10 March 2024: EST (−5) before, EDT (−4) after.
    expect(iso('03/10/2024 01:30:00 AM', 'America/New_York')).toBe('2024-03-10T06:30:00.000Z');
    expect(iso('03/10/2024 03:30:00 AM', 'America/New_York')).toBe('2024-03-10T07:30:00.000Z');
    expect(iso('2024-07-01 10:00', 'Europe/Berlin')).toBe('2024-07-01T08:00:00.000Z');
    expect(iso('2024-01-01 10:00', 'Asia/Kathmandu')).toBe('2024-01-01T04:15:00.000Z');
  });

  it('keeps an explicit offset or Z whatever the zone', () => {
    expect(iso('2024-04-18T17:58:03.000Z', 'Europe/Berlin')).toBe('2024-04-18T17:58:03.000Z');
    expect(iso('2024-05-01 09:12:44-05:00', 'Europe/Berlin')).toBe('2024-05-01T14:12:44.000Z');
  });

  it('refuses epoch seconds, small numbers, impossible days and words; reads epoch milliseconds', () => {
    expect(iso('1709647391')).toContain('looks like epoch seconds');
    expect(iso('2024')).toBe('not a date: "2024"');
    expect(iso('1709647391000')).toBe('2024-03-05T14:03:11.000Z');
    expect(iso('02/30/2024')).toContain('no such day');
    expect(iso('next Tuesday')).toBe('not a date: "next Tuesday"');
  });
});
