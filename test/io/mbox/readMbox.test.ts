import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { ReadMboxOptionsSchema, readMbox, readMboxFiles } from '../../../src/io/mbox/readMbox.js';
import { InputFormatError, isCommunityKitError, ValidationError } from '../../../src/model/errors.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'mbox');
const fixture = (name: string): Buffer => readFileSync(join(dir, name));

/** Activities as [id, member, kind, thread, replyTo or '-'] rows. */
const shape = (extract: Awaited<ReturnType<typeof readMbox>>) =>
  extract.activities.map((a) => [a.id, a.memberId, a.kind, a.thread, a.replyTo ?? '-']);

/** A tiny mbox message. */
const msg = (id: string, headers: string, body = 'Hello.') =>
  `From x@example.org Mon Mar  4 10:00:00 2024\nFrom: X <x@example.org>\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: S\nMessage-ID: <${id}>\n${headers}\n${body}\n\n`;

describe('readMbox', () => {
  it('reads a thread: posts, replies with replyTo, one identity per address, provenance at the From_ line', async () => {
    const extract = await readMbox(fixture('basic.mbox'), { file: 'basic.mbox', list: 'dev' });
    expect(shape(extract)).toEqual([
      ['mbox:1@example.org', 'mbox:ada@example.org', 'post', 'mbox:1@example.org', '-'],
      ['mbox:2@example.org', 'mbox:bob@example.org', 'reply', 'mbox:1@example.org', 'mbox:1@example.org'],
      ['mbox:3@example.org', 'mbox:ada@example.org', 'reply', 'mbox:1@example.org', 'mbox:2@example.org'],
      ['mbox:4@example.org', 'mbox:carol@example.org', 'post', 'mbox:4@example.org', '-'],
    ]);
    expect(extract.activities.map((a) => a.provenance)).toEqual([
      { source: 'mbox', sourceId: '1@example.org', file: 'basic.mbox', line: 1, record: 'message 1' },
      { source: 'mbox', sourceId: '2@example.org', file: 'basic.mbox', line: 19, record: 'message 2' },
      { source: 'mbox', sourceId: '3@example.org', file: 'basic.mbox', line: 32, record: 'message 3' },
      { source: 'mbox', sourceId: '4@example.org', file: 'basic.mbox', line: 43, record: 'message 4' },
    ]);
    expect(extract.activities.every((a) => a.channel === 'dev')).toBe(true);
    expect(extract.activities[1]?.at.toISOString()).toBe('2024-03-04T11:30:00.000Z');
    // The address is lower-cased in the id and kept as written in the identity.
    expect(extract.identities).toEqual([
      {
        id: 'mbox:ada@example.org',
        source: 'mbox',
        sourceId: 'ada@example.org',
        email: 'ada@example.org',
        name: 'Ada Lovelace',
      },
      {
        id: 'mbox:bob@example.org',
        source: 'mbox',
        sourceId: 'bob@example.org',
        email: 'Bob@Example.org',
        name: 'Bob Babbage',
      },
      {
        id: 'mbox:carol@example.org',
        source: 'mbox',
        sourceId: 'carol@example.org',
        email: 'carol@example.org',
        name: 'Carol',
      },
    ]);
    expect(extract.read).toEqual({ messages: 4, threads: 2, senders: 3 });
    expect(extract.skipped).toEqual([]);
    expect(extract.files).toEqual(['basic.mbox']);
  });

  it('survives "From " in bodies and unescapes >From; text drops quotes, attributions and signatures', async () => {
    const extract = await readMbox(fixture('basic.mbox'));
    expect(extract.activities[0]?.text).toBe(
      '[dev] Release planning\n\nShall we release on Friday?\n\nFrom here on, releases are monthly (this line starts with "From " but is no separator).\nFrom the archive: an escaped line (mboxrd).',
    );
    expect(extract.activities[1]?.text).toBe('Re: [dev] Release planning\n\nFriday works for me.');
    // A From_-looking body line not followed by a header stays in the body.
    expect(extract.activities[2]?.text).toContain('From me Mon Mar  4 12:00:00 2024 — not a separator');
    // Without a list option, the channel comes from List-Id.
    expect(extract.activities[0]?.channel).toBe('dev.lists.example.org');
    expect(extract.activities[1]?.channel).toBeUndefined();
  });

  it('CRLF line ends give the same extract as LF', async () => {
    const lf = await readMbox(fixture('basic.mbox'), { file: 'x' });
    const crlf = await readMbox(fixture('basic-crlf.mbox'), { file: 'x' });
    expect(JSON.stringify(crlf)).toBe(JSON.stringify(lf));
  });

  it('text: false leaves every text out', async () => {
    const extract = await readMbox(fixture('basic.mbox'), { text: false });
    expect(extract.activities.map((a) => a.text)).toEqual([undefined, undefined, undefined, undefined]);
    expect(shape(extract)).toEqual(shape(await readMbox(fixture('basic.mbox'))));
  });

  it('reads a Pipermail month (plain and .txt.gz): "user at host" addresses restored, ISO-8859-1 names and bodies decoded', async () => {
    for (const input of [fixture('2024-January.txt'), gzipSync(fixture('2024-January.txt'))]) {
      const extract = await readMbox(input, { file: '2024-January.txt.gz' });
      expect(extract.identities.map((i) => [i.id, i.name, i.email])).toEqual([
        ['mbox:ada@example.org', 'Ada Lövelace', 'ada@example.org'],
        ['mbox:bob@example.org', 'Bob', 'bob@example.org'],
        ['mbox:j.garcia@example.es', 'José García', 'j.garcia@example.es'],
      ]);
      expect(shape(extract)).toEqual([
        ['mbox:a1@example.org', 'mbox:ada@example.org', 'post', 'mbox:a1@example.org', '-'],
        [
          'mbox:a2@example.org',
          'mbox:bob@example.org',
          'reply',
          'mbox:a1@example.org',
          'mbox:a1@example.org',
        ],
        // No References: threaded by its subject (Re: [dev] Café meetup).
        [
          'mbox:a3@example.org',
          'mbox:j.garcia@example.es',
          'reply',
          'mbox:a1@example.org',
          'mbox:a1@example.org',
        ],
      ]);
      expect(extract.activities[0]?.text).toBe(
        '[dev] Café meetup\n\nWe meet at the café on Friday. Bring your questions.',
      );
      // Mailman's footer and the quote are not Bob's words.
      expect(extract.activities[1]?.text).toBe('[dev] Café meetup\n\nI will be there.');
      expect(extract.warnings).toEqual([
        '3 From addresses were written "user at example.org" (Pipermail\'s obfuscation) and read as user@example.org',
        '1 reply was threaded by subject (no usable References or In-Reply-To); set subjectFallback: false to leave them unthreaded',
      ]);
    }
  });

  it('subjectFallback: false leaves a reply without references unthreaded', async () => {
    const extract = await readMbox(fixture('2024-January.txt'), { subjectFallback: false });
    expect(shape(extract)[2]).toEqual([
      'mbox:a3@example.org',
      'mbox:j.garcia@example.es',
      'reply',
      'mbox:a3@example.org',
      '-',
    ]);
    expect(extract.warnings).toContain(
      '1 reply answers a message that is not in the archive (kept as replies without replyTo)',
    );
  });

  it('reads a HyperKitty download (mbox.gz with Archived-At, Message-ID-Hash; quoted-printable and base64 bodies)', async () => {
    const extract = await readMbox(gzipSync(fixture('hyperkitty-thread.mbox')), {
      file: 'dev-docs-sprint.mbox.gz',
    });
    expect(shape(extract)).toEqual([
      ['mbox:sprint-1@example.org', 'mbox:ada@example.org', 'post', 'mbox:sprint-1@example.org', '-'],
      [
        'mbox:sprint-2@example.org',
        'mbox:bob@example.org',
        'reply',
        'mbox:sprint-1@example.org',
        'mbox:sprint-1@example.org',
      ],
    ]);
    expect(extract.identities.map((i) => i.name)).toEqual(['Ada Lovelace', 'Børge']);
    expect(extract.activities.map((a) => a.text)).toEqual([
      '[dev] Docs sprint\n\nLet’s write the install guide together on Thursday.',
      '[dev] Re: Docs sprint\n\nCount me in — I can review.',
    ]);
    expect(extract.activities[0]?.channel).toBe('dev.lists.example.org');
  });

  it('reads a file that is a single message without a From_ line', async () => {
    const extract = await readMbox(fixture('single-message.eml'), { file: 'one.eml' });
    expect(shape(extract)).toEqual([
      ['mbox:single@example.org', 'mbox:ada@example.org', 'post', 'mbox:single@example.org', '-'],
    ]);
    expect(extract.activities[0]?.provenance?.line).toBe(1);
  });

  it('decodes charsets: a non-ASCII From_ line, 8-bit headers, RFC 2047 words, multipart ISO-8859-15, unknown charsets', async () => {
    const extract = await readMbox(fixture('charsets.mbox'));
    expect(extract.identities.map((i) => [i.id, i.name])).toEqual([
      ['mbox:rené@example.fr', 'René Dupont'],
      ['mbox:zoe@example.org', 'Zoë'],
    ]);
    expect(extract.activities[0]?.text?.startsWith('Pozdrowienia z Łodzi')).toBe(true);
    expect(extract.activities[0]?.text?.endsWith('\n\nPrix : 10 €, déjà payé.')).toBe(true);
    expect(shape(extract)[1]).toEqual([
      'mbox:m2@example.org',
      'mbox:zoe@example.org',
      'reply',
      'mbox:m1@example.fr',
      'mbox:m1@example.fr',
    ]);
    expect(extract.activities[1]?.text).toBe('Re: Pozdrowienia\n\nMerci.');
  });

  it('skips messages without a usable date or sender, and settles duplicate Message-IDs', async () => {
    const extract = await readMbox(fixture('broken.mbox'), { file: 'broken.mbox' });
    expect(extract.skipped).toEqual([
      { reason: 'no Date header', count: 1, examples: ['broken.mbox:1'] },
      { reason: 'Date header is not a date', count: 1, examples: ['broken.mbox:8'] },
      {
        reason: 'dated outside 1971-01-01…2100-01-01 (a broken clock?)',
        count: 2,
        examples: ['broken.mbox:16 1970-01-01T00:00:00.000Z', 'broken.mbox:24 2200-01-01T00:00:00.000Z'],
      },
      {
        reason: 'no sender (no From header with an address or a name)',
        count: 1,
        examples: ['broken.mbox:32'],
      },
      {
        reason: 'duplicate Message-ID (the same message twice: cross-posted, re-sent or in two files)',
        count: 1,
        examples: ['broken.mbox:47 <kept@example.org>'],
      },
    ]);
    expect(extract.activities.map((a) => [a.id, a.memberId])).toEqual([
      ['mbox:kept@example.org', 'mbox:a@example.org'],
      ['mbox:kept@example.org#2', 'mbox:b@example.org'],
      ['mbox:noaddr@example.org', 'mbox:name:carol nameonly'],
      [expect.stringMatching(/^mbox:no-message-id-[0-9a-f]{16}$/), 'mbox:d@example.org'],
    ]);
    // The first copy of the duplicate is the one kept.
    expect(extract.activities[0]?.text).toBe('Kept\n\nHello.');
    expect(extract.read).toEqual({ messages: 10, threads: 4, senders: 4 });
    expect(extract.warnings).toEqual([
      '1 message has no Message-ID; it is named from date, sender and subject (replies cannot refer to it)',
      '1 message reuses the Message-ID of a different message (other sender or date); kept as distinct messages (<id>#2…), and replies to that id go to the first',
      '1 sender has no address, only a name; their identity is the name (mbox:name:…), which may join different people or split one: Carol Nameonly',
    ]);
  });

  it('notBefore and notAfter move the accepted date range', async () => {
    const extract = await readMbox(fixture('broken.mbox'), {
      notBefore: '1960-01-01',
      notAfter: '2024-03-04T23:00:00Z',
    });
    expect(extract.skipped.find((s) => s.reason.startsWith('dated outside'))).toEqual({
      reason: 'dated outside 1960-01-01…2024-03-04 (a broken clock?)',
      // 2200, and the three messages of 5 March
      count: 4,
      examples: expect.any(Array),
    });
    expect(extract.activities.some((a) => a.id === 'mbox:epoch@example.org')).toBe(true);
  });

  it('hostile and huge ids stay valid ids', async () => {
    const long = `${'x'.repeat(400)}@example.org`;
    const extract = await readMbox(
      msg('__proto__', '') + msg(long, 'In-Reply-To: <__proto__>').replace('10:00:00', '11:00:00'),
    );
    const ids = extract.activities.map((a) => a.id);
    expect(ids[0]).toBe('mbox:__proto__');
    expect(ids[1]?.length).toBe(256);
    expect(ids[1]).toMatch(/~[0-9a-f]{16}$/);
    expect(extract.activities[1]?.replyTo).toBe('mbox:__proto__');
    expect(() => SourceExtractSchema.parse(JSON.parse(JSON.stringify(extract)))).not.toThrow();
  });

  it('a message postal-mime rejects is skipped with the reason, and the others are read', async () => {
    // 300 nested multiparts exceed postal-mime's nesting limit (256).
    let nested = 'Content-Type: text/plain\n\nleaf\n';
    for (let i = 0; i < 300; i++)
      nested = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${nested}--b${i}--\n`;
    const deep = `From x@example.org Mon Mar  4 10:00:00 2024\nFrom: X <x@example.org>\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nMessage-ID: <deep@x>\n${nested}\n`;
    const extract = await readMbox(deep + msg('ok@x', ''));
    expect(extract.skipped).toEqual([
      {
        reason: 'not parseable as a message (Maximum MIME nesting depth of 256 levels exceeded)',
        count: 1,
        examples: ['line 1'],
      },
    ]);
    expect(extract.activities.map((a) => a.id)).toEqual(['mbox:ok@x']);
  });

  it('the extract round-trips through JSON and the schema', async () => {
    const extract = await readMbox(fixture('basic.mbox'), { file: 'basic.mbox', description: 'dev list' });
    const back = SourceExtractSchema.parse(JSON.parse(JSON.stringify(extract)));
    expect(back).toEqual(extract);
    expect(back.description).toBe('dev list');
  });

  it('an empty input gives an empty extract', async () => {
    const extract = await readMbox('');
    expect(extract.activities).toEqual([]);
    expect(extract.read).toEqual({ messages: 0, threads: 0, senders: 0 });
  });

  describe('bad input', () => {
    const fails = async (input: Parameters<typeof readMbox>[0], file = 'list.mbox') => {
      try {
        await readMbox(input, { file });
      } catch (error) {
        expect(error).toBeInstanceOf(InputFormatError);
        expect(isCommunityKitError(error, 'invalid-input')).toBe(true);
        return (error as Error).message;
      }
      throw new Error('expected an error');
    };

    it('JSON, ZIP, PDF, HTML, binary and plain text are named for what they look like', async () => {
      expect(await fails('{"messages": []}', 'list.json')).toBe(
        'readMbox: list.json:1: not an mbox: it looks like JSON',
      );
      expect(await fails(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0]))).toBe(
        'readMbox: list.mbox:1: not an mbox: it looks like a ZIP archive (unzip it first; an mbox is a text file)',
      );
      expect(await fails('%PDF-1.7\n')).toBe(
        'readMbox: list.mbox:1: not an mbox: it looks like a PDF document',
      );
      expect(await fails('<!doctype html><p>archive</p>')).toBe(
        'readMbox: list.mbox:1: not an mbox: it looks like HTML or XML',
      );
      expect(await fails(new Uint8Array([65, 0, 66]))).toBe(
        'readMbox: list.mbox:1: not an mbox: it looks like binary data (it contains NUL bytes)',
      );
      expect(await fails('name,email\nAda,ada@example.org\n', 'people.csv')).toBe(
        'readMbox: people.csv:1: not an mbox: its first line is neither a From_ line ("From sender date") nor a mail header',
      );
      // A gzipped JSON file is recognised after inflating.
      expect(await fails(gzipSync('[1, 2]'), 'x.gz')).toBe(
        'readMbox: x.gz:1: not an mbox: it looks like JSON',
      );
    });

    it('input that is not text, bytes or a stream of them is an InputFormatError', async () => {
      expect(await fails(42 as never)).toBe(
        'readMbox: list.mbox:1: not an mbox: expected text, bytes or a stream of them, got number',
      );
      expect(await fails([new Uint8Array([70]), 7] as never)).toBe(
        'readMbox: list.mbox:1: not an mbox: expected text, bytes or a stream of them, got number',
      );
    });

    it('a truncated gzip names the file, the line reached and how many messages were read', async () => {
      const gz = gzipSync(fixture('basic.mbox'));
      const message = await fails(gz.subarray(0, gz.length - 30), 'dev.mbox.gz');
      expect(message).toMatch(
        /^readMbox: dev\.mbox\.gz:\d+: the gzip data is truncated or corrupt \(.+\); \d+ messages were read before it$/,
      );
    });

    it('unknown or invalid options are a ValidationError', async () => {
      await expect(readMbox('', { lists: 'dev' } as never)).rejects.toBeInstanceOf(ValidationError);
      await expect(readMbox('', { text: 'no' } as never)).rejects.toThrow(/options\.text/);
      await expect(readMboxFiles([], { file: 'x' } as never)).rejects.toBeInstanceOf(ValidationError);
      await expect(readMboxFiles({ file: 'x' } as never)).rejects.toThrow(
        /files: Invalid input: expected array/,
      );
      await expect(readMboxFiles([{ input: '' }] as never)).rejects.toThrow(/files\[0\]\.file/);
      await expect(readMboxFiles([{ file: 'a.mbox' }] as never)).rejects.toThrow(
        /files\[0\]\.input: expected text, bytes or a stream/,
      );
      expect(ReadMboxOptionsSchema.parse({ list: 'dev', text: false }).subjectFallback).toBe(true);
    });
  });
});

describe('readMboxFiles', () => {
  it('threads across files, whatever their order, and lists every file', async () => {
    const jan = fixture('2024-January.txt');
    const feb = Buffer.from(
      'From ada at example.org  Thu Feb  1 10:00:00 2024\nFrom: ada at example.org (Ada)\nDate: Thu, 1 Feb 2024 10:00:00 +0000\nSubject: Re: [dev] Caf\xe9 meetup\nMessage-ID: <b1@example.org>\nIn-Reply-To: <a3@example.org>\n\nSee you there.\n',
      'latin1',
    );
    const a = await readMboxFiles([
      { file: '2024-January.txt', input: jan },
      { file: '2024-February.txt', input: feb },
    ]);
    const b = await readMboxFiles([
      { file: '2024-February.txt', input: feb },
      { file: '2024-January.txt', input: jan },
    ]);
    expect(a.activities.at(-1)?.replyTo).toBe('mbox:a3@example.org');
    expect(a.activities.at(-1)?.thread).toBe('mbox:a1@example.org');
    expect(b.activities).toEqual(a.activities);
    expect(b.identities).toEqual(a.identities);
    expect(a.files).toEqual(['2024-January.txt', '2024-February.txt']);
  });

  it('the same message in two files (cross-posted) is read once', async () => {
    const extract = await readMboxFiles([
      { file: 'a.mbox', input: fixture('basic.mbox') },
      { file: 'b.mbox', input: fixture('basic.mbox') },
    ]);
    expect(extract.activities).toHaveLength(4);
    expect(extract.activities.map((a) => a.provenance?.file)).toEqual([
      'a.mbox',
      'a.mbox',
      'a.mbox',
      'a.mbox',
    ]);
    expect(extract.skipped[0]?.count).toBe(4);
    expect(extract.read.messages).toBe(8);
  });
});

describe('doc examples', () => {
  it('readMbox and readMboxFiles examples give what their comments say', async () => {
    const mbox = [
      'From ada@example.org Mon Mar  4 10:00:00 2024',
      'From: Ada <ada@example.org>',
      'Date: Mon, 4 Mar 2024 10:00:00 +0000',
      'Subject: Release planning',
      'Message-ID: <1@example.org>',
      '',
      'Shall we release on Friday?',
      '',
      'From bob@example.org Mon Mar  4 11:00:00 2024',
      'From: Bob <bob@example.org>',
      'Date: Mon, 4 Mar 2024 11:00:00 +0000',
      'Subject: Re: Release planning',
      'Message-ID: <2@example.org>',
      'In-Reply-To: <1@example.org>',
      '',
      'Yes.',
    ].join('\n');
    const one = await readMbox(mbox, { file: 'dev.mbox', list: 'dev' });
    expect(one.activities.map((a) => [a.kind, a.replyTo ?? '-'])).toEqual([
      ['post', '-'],
      ['reply', 'mbox:1@example.org'],
    ]);
    const jan =
      'From ada at example.org  Mon Jan  8 10:00:00 2024\nFrom: ada at example.org (Ada)\nDate: Mon, 8 Jan 2024 10:00:00 +0000\nSubject: [dev] Hello\nMessage-ID: <a@x>\n\nHi all\n';
    const feb =
      'From bob at example.org  Thu Feb  1 10:00:00 2024\nFrom: bob at example.org (Bob)\nDate: Thu, 1 Feb 2024 10:00:00 +0000\nSubject: Re: [dev] Hello\nMessage-ID: <b@x>\nIn-Reply-To: <a@x>\n\nHi Ada\n';
    const two = await readMboxFiles([
      { file: '2024-February.txt', input: feb },
      { file: '2024-January.txt', input: jan },
    ]);
    expect(two.identities.map((i) => i.id)).toEqual(['mbox:ada@example.org', 'mbox:bob@example.org']);
    expect(two.activities[1]?.replyTo).toBe('mbox:a@x');
  });
});
