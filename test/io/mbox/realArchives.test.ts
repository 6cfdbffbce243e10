import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMboxFiles } from '../../../src/io/mbox/readMbox.js';

// Real archives (Perceval's test data, GPL-3.0; see ../shared/data/sources/README.md), read in place.
const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'sources', 'mbox');
const FILES = ['mbox_complex.mbox', 'mbox_iso8859_encoding.mbox', 'mbox_multipart.mbox'];

describe('real mailing-list archives', () => {
  it.skipIf(!existsSync(join(dir, FILES[0] as string)))(
    'reads the three archives in ../shared/data/sources/mbox (needs ../shared): 5 messages, 5 senders, ISO-8859 names',
    async () => {
      const extract = await readMboxFiles(
        FILES.map((file) => ({ file, input: readFileSync(join(dir, file)) })),
      );
      // Counted by hand: 2 + 1 + 2 From_ lines (grep -c '^From '), each a message with a distinct sender.
      expect(extract.read).toEqual({ messages: 5, threads: 5, senders: 5 });
      expect(extract.skipped).toEqual([]);
      expect(extract.identities.map((i) => [i.id, i.name])).toEqual([
        ['mbox:daniel.nehren@example.com', 'Nehren, Daniel'],
        // From: danilo@gnome.org (Danilo =?utf-8?Q?=C5=A0egan?=)
        ['mbox:danilo@gnome.org', 'Danilo Šegan'],
        ['mbox:eloli@hotmail.com', 'Eugenia Loli-Queru'],
        // From: luc\xEDacharlie at wellsfargo.com (=?UTF-8?Q?Luc=eda_Charlie?=): Pipermail-obfuscated,
        // a raw ISO-8859-1 byte in the address, and an encoded word labelled UTF-8 holding ISO-8859-1.
        ['mbox:lucíacharlie@wellsfargo.com', 'Lucía Charlie'],
        ['mbox:yves.yang@example.com', 'yves (yingmin) yang'],
      ]);
      expect(
        extract.activities.map((a) => [a.provenance?.file, a.provenance?.line, a.kind, a.at.toISOString()]),
      ).toEqual([
        ['mbox_multipart.mbox', 193, 'post', '2003-01-29T23:02:30.000Z'],
        // "Re: Revisiting the Gnome Bindings", no References: a reply to a message not in the archive.
        ['mbox_complex.mbox', 1, 'reply', '2004-09-22T09:03:40.000Z'],
        // References and In-Reply-To name messages not in the archive.
        ['mbox_complex.mbox', 62, 'reply', '2008-03-17T09:35:05.000Z'],
        ['mbox_multipart.mbox', 1, 'post', '2009-11-12T02:29:24.000Z'],
        ['mbox_iso8859_encoding.mbox', 1, 'post', '2016-11-07T18:44:27.000Z'],
      ]);
      expect(extract.activities.every((a) => a.replyTo === undefined)).toBe(true);
      // The multipart message's text is its text/plain part, not the HTML.
      expect(extract.activities[3]?.text).toContain('Committer vote for Chuwei Huang');
      expect(extract.activities[3]?.text).not.toMatch(/<\/?(html|body|p|div|span|font)\b/i);
    },
  );
});
