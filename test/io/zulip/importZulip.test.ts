import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { importZulip } from '../../../src/io/zulip/importZulip.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { chunked, folderFiles, textFile, zipFiles } from '../chat/exportFolder.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'zulip', 'export');
const files = () => folderFiles(fixture);

async function errorOf(input: Parameters<typeof importZulip>[0]): Promise<InputFormatError> {
  try {
    await importZulip(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected importZulip to throw');
}

const REALM = textFile(
  'realm.json',
  JSON.stringify({
    zerver_userprofile: [{ id: 1, full_name: 'Ada', date_joined: 1704067200 }],
    zerver_stream: [{ id: 5, name: 'general' }],
    zerver_recipient: [{ id: 50, type: 2, type_id: 5 }],
  }),
);
const messagesFile = (messages: unknown[]) =>
  textFile('messages-000001.json', JSON.stringify({ zerver_message: messages }));

describe('importZulip on the fixture export', () => {
  it('makes a thread of each stream and topic: the first message a post, the others replies to it', async () => {
    const x = await importZulip(files());
    expect(
      x.activities.map((a) => [
        a.id,
        a.kind,
        a.memberId,
        a.replyTo ?? null,
        a.thread ?? null,
        a.channel ?? null,
      ]),
    ).toEqual([
      ['zulip:join:10', 'join', 'zulip:10', null, null, null],
      ['zulip:join:11', 'join', 'zulip:11', null, null, null],
      ['zulip:join:12', 'join', 'zulip:12', null, null, null],
      ['zulip:join:14', 'join', 'zulip:14', null, null, null],
      ['zulip:500', 'post', 'zulip:10', null, 'zulip:topic:1:welcome', 'general'],
      ['zulip:500:reaction:+1:14', 'reaction', 'zulip:14', 'zulip:500', 'zulip:topic:1:welcome', 'general'],
      ['zulip:500:reaction:tada:11', 'reaction', 'zulip:11', 'zulip:500', 'zulip:topic:1:welcome', 'general'],
      ['zulip:501', 'reply', 'zulip:11', 'zulip:500', 'zulip:topic:1:welcome', 'general'],
      ['zulip:502', 'reply', 'zulip:12', 'zulip:504', 'zulip:topic:2:build status', 'design'],
      ['zulip:504', 'post', 'zulip:14', null, 'zulip:topic:2:build status', 'design'],
      ['zulip:505', 'reply', 'zulip:99', 'zulip:500', 'zulip:topic:1:welcome', 'general'],
    ]);
  });

  it('converts date_sent (epoch seconds with a fraction) exactly and keeps provenance', async () => {
    const x = await importZulip(files());
    const first = x.activities.find((a) => a.id === 'zulip:500');
    expect(first?.at.toISOString()).toBe('2024-01-02T10:00:00.250Z');
    expect(first?.provenance).toEqual({
      source: 'zulip',
      sourceId: '500',
      file: 'messages-000001.json',
      record: 'zerver_message[0]',
    });
    expect(x.activities.find((a) => a.id === 'zulip:join:11')?.at.toISOString()).toBe(
      '2024-01-02T00:00:00.500Z',
    );
  });

  it('lists identities with the real e-mail and bots with their bot_type', async () => {
    const x = await importZulip(files());
    expect(x.identities).toEqual([
      { id: 'zulip:10', source: 'zulip', sourceId: '10', name: 'Ada Lovelace', email: 'ada@example.org' },
      { id: 'zulip:11', source: 'zulip', sourceId: '11', name: 'Grace Hopper', email: 'grace@example.org' },
      {
        id: 'zulip:12',
        source: 'zulip',
        sourceId: '12',
        name: 'Notification Bot',
        email: 'notification-bot@example.zulipchat.com',
        platformBot: true,
        platformBotEvidence: 'Zulip "is_bot": true (bot_type 1, generic bot)',
      },
      {
        id: 'zulip:13',
        source: 'zulip',
        sourceId: '13',
        name: 'IRC Mirror',
        email: 'old-irc-user@irc.example.org',
      },
      {
        id: 'zulip:14',
        source: 'zulip',
        sourceId: '14',
        name: 'Linus',
        email: 'user14@example.zulipchat.com',
      },
      { id: 'zulip:99', source: 'zulip', sourceId: '99' },
    ]);
  });

  it('counts what it read and skipped, with warnings', async () => {
    const x = await importZulip(files());
    expect(x.read).toEqual({
      files: 3,
      users: 5,
      streams: 2,
      messages: 7,
      posts: 2,
      replies: 3,
      reactions: 2,
      joins: 4,
    });
    expect(x.skipped).toEqual([
      {
        reason: 'file of the export not read (attachments, avatars, audit log…)',
        count: 2,
        examples: ['attachment.json', 'avatars/10.png'],
      },
      {
        reason: 'direct message (directMessages option is off)',
        count: 1,
        examples: ['messages-000001.json zerver_message[3]'],
      },
      {
        reason: 'message to a recipient not in realm.json',
        count: 1,
        examples: ['messages-000002.json zerver_message[2]'],
      },
    ]);
    expect(x.warnings).toEqual([
      '1 sender or reacting user not in realm.json (identities with the user id only)',
      '1 reaction to messages the export does not hold (not imported)',
    ]);
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)))).toEqual(x);
  });

  it('reads direct messages with directMessages: true, as one thread per conversation', async () => {
    const x = await importZulip(files(), { directMessages: true, text: true });
    expect(x.activities.find((a) => a.id === 'zulip:503')).toMatchObject({
      kind: 'post',
      thread: 'zulip:dm:102',
      channel: 'direct messages',
      text: 'Private question',
    });
    expect(x.activities.find((a) => a.id === 'zulip:503:reaction:heart:10')?.replyTo).toBe('zulip:503');
  });

  it('gives the same extract whatever the order of the files, and from a ZIP', async () => {
    const expected = JSON.stringify(await importZulip(files()));
    expect(JSON.stringify(await importZulip(zipFiles(files())))).toBe(expected);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files(), { minLength: 5 }), async (shuffled) => {
        expect(JSON.stringify(await importZulip(shuffled))).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });
});

describe('importZulip on bad input', () => {
  it('refuses an export without realm.json, saying what it expected', async () => {
    const e = await errorOf([messagesFile([])]);
    expect(e.message).toBe(
      'importZulip: not a Zulip export: expected realm.json and messages-000001.json…; found messages-000001.json',
    );
  });

  it('refuses a realm.json that is an array, or lacks the user table', async () => {
    expect((await errorOf([textFile('realm.json', '[]')])).message).toBe(
      'importZulip: realm.json: expected the realm (realm.json) (a JSON object), found an array',
    );
    expect((await errorOf([textFile('realm.json', '{"zerver_realm":[]}')])).message).toBe(
      'importZulip: realm.json: not a Zulip realm.json: expected "zerver_userprofile", "zerver_stream" and "zerver_recipient"; found the keys zerver_realm',
    );
  });

  it('refuses a truncated messages file, a date that is not epoch seconds, and one far away', async () => {
    expect(
      (await errorOf([REALM, textFile('messages-000001.json', '{"zerver_message":[{"id":1,')])).message,
    ).toMatch(/^importZulip: messages-000001\.json: not valid JSON \(the file looks truncated\)/);
    const m = { id: 1, sender: 1, recipient: 50, subject: 't' };
    expect((await errorOf([REALM, messagesFile([{ ...m, date_sent: '2024-01-02' }])])).message).toBe(
      'importZulip: messages-000001.json zerver_message[0] "date_sent": not a date: expected epoch seconds, found "2024-01-02"',
    );
    expect((await errorOf([REALM, messagesFile([{ ...m, date_sent: 1704189600000 }])])).message).toBe(
      'importZulip: messages-000001.json zerver_message[0] "date_sent": date 1704189600000 is +055973-08-14T16:00:00.000Z, outside 2000–2099',
    );
  });

  it('reads __proto__ as a topic name like any other', async () => {
    const x = await importZulip([
      REALM,
      messagesFile([{ id: 1, sender: 1, recipient: 50, subject: '__proto__', date_sent: 1704189600 }]),
    ]);
    expect(x.activities[1]).toMatchObject({ id: 'zulip:1', thread: 'zulip:topic:5:__proto__' });
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('refuses unknown options', async () => {
    await expect(importZulip([], { streams: ['a'] } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});

describe('importZulip on the .tar.gz the export writes', () => {
  const tarGz = (name: string) => new Uint8Array(readFileSync(join(fixture, '..', name)));
  const TOP = 'zulip-export-zcmpxfm6/';

  it('reads a GNU tar.gz (made by GNU tar, with a long-name record) like the untarred folder, streamed in any chunking', async () => {
    // The untarred folder, with the paths the archive gives (under its top folder).
    const expected = await importZulip(folderFiles(fixture, TOP));
    const bytes = tarGz('export-gnu.tar.gz');
    const whole = await importZulip(bytes);
    expect(whole.activities).toEqual(expected.activities);
    expect(whole.identities).toEqual(expected.identities);
    expect(whole.files).toEqual(expected.files);
    expect(whole.files).toContain(`${TOP}realm.json`);
    // The upload with a 152-character path is named by its GNU long-name record, and skipped.
    expect(whole.skipped[0]).toEqual({
      reason: 'file of the export not read (attachments, avatars, audit log…)',
      count: 3,
      examples: [
        `${TOP}attachment.json`,
        `${TOP}avatars/10.png`,
        `${TOP}uploads/a-very-long-folder-name-that-zulip-writes-for-uploads/a-very-long-folder-name-that-zulip-writes-for-uploads/screenshot.png`,
      ],
    });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 700 }), async (size) => {
        expect(JSON.stringify(await importZulip(chunked(bytes, size)))).toBe(JSON.stringify(whole));
      }),
      { numRuns: 15 },
    );
  });

  it('reads a pax tar.gz (made by Python tarfile) and an uncompressed tar the same way', async () => {
    const gnu = JSON.stringify(await importZulip(tarGz('export-gnu.tar.gz')));
    expect(JSON.stringify(await importZulip(tarGz('export-pax.tar.gz')))).toBe(gnu);
    expect(JSON.stringify(await importZulip(gunzipSync(tarGz('export-gnu.tar.gz'))))).toBe(gnu);
  });

  it('refuses a truncated .tar.gz, a truncated tar, a corrupt header, a gzipped file that is not tar, and a tar without realm.json', async () => {
    const gz = tarGz('export-gnu.tar.gz');
    const tar = gunzipSync(gz);
    expect((await errorOf(gz.subarray(0, gz.length - 100))).message).toMatch(
      /^importZulip: the \.gz archive cannot be gunzipped \(corrupt or truncated\)/,
    );
    // Cut inside realm.json's bytes (its header is at block 12 of the GNU archive).
    const realmAt = tar.indexOf(new TextEncoder().encode(`${TOP}realm.json`));
    expect((await errorOf(tar.subarray(0, realmAt + 512 + 100))).message).toBe(
      `importZulip: the tar archive ends inside ${TOP}realm.json (truncated)`,
    );
    expect((await errorOf(tar.subarray(0, realmAt + 300))).message).toMatch(
      /^importZulip: the tar archive ends inside a header \(entry \d+; truncated\)$/,
    );
    const corrupt = tar.slice();
    corrupt[realmAt + 130] = 0x37; // a digit of the size field: the checksum no longer matches
    expect((await errorOf(corrupt)).message).toMatch(
      /^importZulip: corrupt tar archive: bad header checksum at entry \d+$/,
    );
    expect(
      (await errorOf(gzipSync(new TextEncoder().encode('{"zerver_message": []}'.repeat(40))))).message,
    ).toBe(
      'importZulip: not a tar archive (its first 512 bytes are not a tar header) in the gzipped file: give the export .tar.gz, its untarred folder, or a ZIP',
    );
    expect((await errorOf(gzipSync(new TextEncoder().encode('{}')))).message).toBe(
      'importZulip: not a tar archive (shorter than one 512-byte header) in the gzipped file: give the export .tar.gz, its untarred folder, or a ZIP',
    );
    // The archive up to realm.json's header (GNU tar sorted the names): what is missing is said as for a folder.
    expect((await errorOf(tar.subarray(0, realmAt))).message).toBe(
      `importZulip: not a Zulip export: expected realm.json and messages-000001.json…; found ${TOP}messages-000001.json, ${TOP}messages-000002.json, ${TOP}attachment.json, ${TOP}avatars/10.png`,
    );
  });
});
