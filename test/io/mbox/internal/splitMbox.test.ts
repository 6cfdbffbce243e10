import { describe, expect, it } from 'vitest';
import { isFromLine, notMailReason, splitMbox } from '../../../../src/io/mbox/internal/splitMbox.js';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('isFromLine', () => {
  it('accepts the From_ lines mbox writers write', () => {
    for (const line of [
      'From ada@example.org Mon Mar  4 10:00:00 2024', // mboxrd / mutt
      'From ada at example.org  Mon Jan  8 10:00:00 2024', // Pipermail
      'From 1781234567890123456@xxx Thu Dec 07 21:01:42 +0000 2023', // Google Takeout
      'From - Mon Jan  1 00:00:00 2024', // Thunderbird
      'From MAILER-DAEMON Fri Jul  8 12:08:34 2011',
      'From ada@example.org Mon Nov  7 18:44:27 CET 2016', // zone before the year
      'From ada@example.org Mon, 4 Mar 2024 10:00:00 +0000', // RFC 5322 date
      'From ren\xe9@example.fr Wed Feb  7 14:00:00 2024', // a Latin-1 byte
      'From ada@example.org Mon Mar  4 10:00 2024\r', // no seconds, CR
    ])
      expect([line, isFromLine(bytes(line))]).toEqual([line, true]);
  });

  it('refuses body lines that start with "From "', () => {
    for (const line of [
      'From here on, releases are monthly.',
      'From Monday on',
      'From: Ada <ada@example.org>',
      'from ada Mon Mar  4 10:00:00 2024',
      'From ada@example.org yesterday',
    ])
      expect([line, isFromLine(bytes(line))]).toEqual([line, false]);
  });
});

describe('notMailReason', () => {
  it('says nothing for mail and what the file looks like otherwise', () => {
    expect(notMailReason(bytes('From a@b Mon Mar  4 10:00:00 2024\n'))).toBeUndefined();
    expect(notMailReason(bytes('Return-Path: <a@b>\n'))).toBeUndefined();
    expect(notMailReason(bytes(''))).toBeUndefined();
    expect(notMailReason(bytes('  [1]'))).toBe('it looks like JSON');
    expect(notMailReason(new Uint8Array([0x1f, 0x8b, 8]))).toBe(
      'it is gzip data inside gzip (compressed twice?)',
    );
  });
});

describe('splitMbox', () => {
  it('cuts messages at From_ lines, numbers them and their lines, and keeps CRLF as written', async () => {
    const text =
      'From a@b Mon Mar  4 10:00:00 2024\r\nDate: x\r\n\r\nbody\r\n>From here\r\n\r\nFrom c@d Mon Mar  4 11:00:00 2024\r\nDate: y\r\n\r\nFrom the top\r\n';
    const out: { line: number; index: number; text: string }[] = [];
    for await (const batch of splitMbox(text, 't', 'f'))
      for (const m of batch)
        out.push({ line: m.line, index: m.index, text: Buffer.from(m.bytes).toString('latin1') });
    expect(out).toEqual([
      { line: 1, index: 0, text: 'Date: x\r\n\r\nbody\r\nFrom here' },
      { line: 7, index: 1, text: 'Date: y\r\n\r\nFrom the top' },
    ]);
  });
});
