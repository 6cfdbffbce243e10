import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { importSlack } from '../../../src/io/slack/importSlack.js';
import { InputFormatError, isCommunityKitError, ValidationError } from '../../../src/model/errors.js';
import { chunked, folderFiles, textFile, zipFiles } from '../chat/exportFolder.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'slack', 'export');
const files = () => folderFiles(fixture);
const USERS = textFile('users.json', '[{"id":"U1","name":"ada"}]');
const CHANNELS = textFile('channels.json', '[{"id":"C1","name":"general"}]');
const day = (messages: unknown[], path = 'general/2024-01-02.json') =>
  textFile(path, JSON.stringify(messages));

/** The error importSlack throws for `input`, or a failure when it does not throw one. */
async function errorOf(input: Parameters<typeof importSlack>[0]): Promise<InputFormatError> {
  try {
    await importSlack(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected importSlack to throw');
}

describe('importSlack on the fixture export', () => {
  it('maps every message, thread, reaction, join and leave of the public and private channels', async () => {
    const x = await importSlack(files());
    expect(x.activities.map((a) => [a.id, a.kind, a.memberId, a.replyTo ?? null])).toEqual([
      ['slack:core-team:1704362400.000000', 'post', 'slack:U01ADA', null],
      ['slack:general:1704189000.000100', 'join', 'slack:U01ADA', null],
      ['slack:general:1704189600.123456', 'post', 'slack:U01ADA', null],
      [
        'slack:general:1704189600.123456:reaction:+1:U02GRACE',
        'reaction',
        'slack:U02GRACE',
        'slack:general:1704189600.123456',
      ],
      [
        'slack:general:1704189600.123456:reaction:+1:U01ADA',
        'reaction',
        'slack:U01ADA',
        'slack:general:1704189600.123456',
      ],
      ['slack:general:1704189700.000200', 'reply', 'slack:U02GRACE', 'slack:general:1704189600.123456'],
      ['slack:general:1704189800.000300', 'reply', 'slack:U02GRACE', 'slack:general:1704189600.123456'],
      ['slack:general:1704190000.000400', 'post', 'slack:B01GITHUB', null],
      ['slack:general:1704276000.000100', 'post', 'slack:U03BOT', null],
      ['slack:general:1704276100.000200', 'reply', 'slack:U01ADA', null],
      ['slack:general:1704276300.000400', 'post', 'slack:U09GUEST', null],
      ['slack:random:1704189600.123456', 'post', 'slack:U02GRACE', null],
      ['slack:random:1704190600.000100', 'leave', 'slack:U01ADA', null],
    ]);
  });

  it('converts ts exactly (epoch seconds with a fraction, cut to milliseconds) and keeps threads and channels', async () => {
    const x = await importSlack(files());
    const byId = new Map(x.activities.map((a) => [a.id, a]));
    const root = byId.get('slack:general:1704189600.123456');
    expect(root?.at.toISOString()).toBe('2024-01-02T10:00:00.123Z');
    expect(root?.thread).toBe('slack:general:1704189600.123456');
    expect(root?.channel).toBe('general');
    const reply = byId.get('slack:general:1704189700.000200');
    expect(reply?.at.toISOString()).toBe('2024-01-02T10:01:40.000Z');
    expect(reply?.thread).toBe('slack:general:1704189600.123456');
    // A reply whose root is not in the export keeps its thread but names no missing activity.
    const orphan = byId.get('slack:general:1704276100.000200');
    expect(orphan?.thread).toBe('slack:general:1704000000.000000');
    expect(orphan?.replyTo).toBeUndefined();
    // Reactions are dated at the message (the export does not say when people reacted).
    expect(byId.get('slack:general:1704189600.123456:reaction:+1:U01ADA')?.at.toISOString()).toBe(
      '2024-01-02T10:00:00.123Z',
    );
  });

  it('records provenance: file, record and ts', async () => {
    const x = await importSlack(files());
    const reply = x.activities.find((a) => a.id === 'slack:general:1704189800.000300');
    expect(reply?.provenance).toEqual({
      source: 'slack',
      sourceId: '1704189800.000300',
      file: 'general/2024-01-02.json',
      record: '[4]',
    });
    const reaction = x.activities.find((a) => a.kind === 'reaction');
    expect(reaction?.provenance?.record).toBe('[1].reactions[0]');
  });

  it('lists identities with username, name and e-mail, flagging bots with the evidence', async () => {
    const x = await importSlack(files());
    expect(x.identities).toEqual([
      {
        id: 'slack:B01GITHUB',
        source: 'slack',
        sourceId: 'B01GITHUB',
        name: 'GitHub',
        platformBot: true,
        platformBotEvidence: 'Slack message from bot_id "B01GITHUB" (subtype "bot_message")',
      },
      {
        id: 'slack:U01ADA',
        source: 'slack',
        sourceId: 'U01ADA',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
        username: 'ada',
      },
      {
        id: 'slack:U02GRACE',
        source: 'slack',
        sourceId: 'U02GRACE',
        name: 'Grace Hopper',
        username: 'grace',
      },
      {
        id: 'slack:U03BOT',
        source: 'slack',
        sourceId: 'U03BOT',
        name: 'Deploy Bot',
        username: 'deploybot',
        platformBot: true,
        platformBotEvidence: 'Slack users.json "is_bot": true',
      },
      { id: 'slack:U09GUEST', source: 'slack', sourceId: 'U09GUEST', name: 'Guest User', username: 'guest' },
      {
        id: 'slack:USLACKBOT',
        source: 'slack',
        sourceId: 'USLACKBOT',
        name: 'Slackbot',
        username: 'slackbot',
        platformBot: true,
        platformBotEvidence: 'Slackbot (user id USLACKBOT)',
      },
      {
        id: 'slack:W04APP',
        source: 'slack',
        sourceId: 'W04APP',
        name: 'Standup',
        username: 'standup-app',
        platformBot: true,
        platformBotEvidence: 'Slack users.json "is_app_user": true',
      },
    ]);
  });

  it('counts what it read, skipped and warns about', async () => {
    const x = await importSlack(files());
    expect(x.read).toEqual({
      files: 9,
      users: 5,
      channels: 4,
      messages: 15,
      posts: 6,
      replies: 3,
      reactions: 2,
      joins: 1,
      leaves: 1,
    });
    expect(x.skipped).toEqual([
      { reason: 'Slack metadata file not read', count: 1, examples: ['integration_logs.json'] },
      {
        reason: 'direct message (directMessages option is off)',
        count: 2,
        examples: ['D01ADAGRACE/2024-01-05.json [0]', 'D01ADAGRACE/2024-01-05.json [1]'],
      },
      {
        reason: 'system message (subtype "channel_topic")',
        count: 1,
        examples: ['general/2024-01-02.json [2]'],
      },
      {
        reason: 'system message (subtype "pinned_item")',
        count: 1,
        examples: ['general/2024-01-03.json [2]'],
      },
    ]);
    expect(x.warnings).toEqual([
      '1 reply names a thread root that the export does not hold (kept as replies in the thread, without replyTo)',
      '1 reaction counted by Slack without the reacting users listed (not imported)',
      '2 authors or reacting users not in users.json (identities with what their messages say of them)',
    ]);
    expect(x.files).toEqual([
      'D01ADAGRACE/2024-01-05.json',
      'channels.json',
      'core-team/2024-01-04.json',
      'dms.json',
      'general/2024-01-02.json',
      'general/2024-01-03.json',
      'groups.json',
      'random/2024-01-02.json',
      'users.json',
    ]);
  });

  it('reads direct messages only with directMessages: true', async () => {
    const x = await importSlack(files(), { directMessages: true });
    expect(x.activities.slice(0, 2).map((a) => [a.id, a.kind, a.channel])).toEqual([
      ['slack:D01ADAGRACE:1704448800.000100', 'post', 'D01ADAGRACE'],
      ['slack:D01ADAGRACE:1704448900.000200', 'post', 'D01ADAGRACE'],
    ]);
    expect(x.skipped.map((s) => s.reason)).not.toContain('direct message (directMessages option is off)');
  });

  it('keeps message text only with text: true', async () => {
    expect((await importSlack(files())).activities.some((a) => a.text !== undefined)).toBe(false);
    const x = await importSlack(files(), { text: true });
    expect(x.activities.find((a) => a.id === 'slack:general:1704189600.123456')?.text).toBe(
      'Who can review the onboarding guide?',
    );
  });

  it('gives an extract that SourceExtractSchema accepts and that survives JSON', async () => {
    const x = await importSlack(files(), { description: 'Example workspace' });
    const back = SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)));
    expect(back).toEqual(x);
    expect(back.description).toBe('Example workspace');
  });
});

describe('importSlack activities share one frozen empty topic list', () => {
  it('every activity holds the same empty, frozen topics array (changing it throws)', async () => {
    const x = await importSlack(files());
    const first = x.activities[0]?.topics;
    expect(first).toEqual([]);
    expect(x.activities.every((a) => a.topics === first)).toBe(true);
    expect(() => first?.push('x')).toThrow(TypeError);
  });
});

describe('importSlack on a ZIP', () => {
  it('gives the same extract from the ZIP, whole or streamed in small chunks, as from the folder', async () => {
    const expected = JSON.stringify(await importSlack(files()));
    const zip = zipFiles(files());
    expect(JSON.stringify(await importSlack(zip))).toBe(expected);
    expect(JSON.stringify(await importSlack(chunked(zip, 13)))).toBe(expected);
    expect(JSON.stringify(await importSlack(zip.slice().buffer))).toBe(expected);
  });

  it('reads an export zipped inside a top-level folder', async () => {
    const x = await importSlack(zipFiles(folderFiles(fixture, 'my-workspace Slack export/')));
    expect(x.activities.length).toBe(13);
    expect(x.activities[0]?.provenance?.file).toBe('my-workspace Slack export/core-team/2024-01-04.json');
  });

  it('ignores macOS metadata entries', async () => {
    const zip = zipFiles([...files(), textFile('__MACOSX/general/._2024-01-02.json', '\u0000garbage')]);
    expect((await importSlack(zip)).activities.length).toBe(13);
  });

  it('refuses bytes that are not a ZIP', async () => {
    const e = await errorOf(new TextEncoder().encode('{"users": []}'));
    expect(e.message).toBe(
      'importSlack: not a ZIP archive (it does not start with "PK"); give the export ZIP or its unzipped folder',
    );
  });

  it('refuses a ZIP that is not a Slack export, saying what it expected and what it found', async () => {
    const zip = zipSync({
      'README.md': new TextEncoder().encode('# hi'),
      'data/a.csv': new Uint8Array([97]),
    });
    const e = await errorOf(zip);
    expect(e.message).toBe(
      'importSlack: not a Slack export: expected users.json, channels.json and a folder per channel of day files (general/2024-01-02.json); found README.md, data/a.csv',
    );
  });

  it('refuses a ZIP cut short, naming the file it ends in', async () => {
    const zip = zipFiles(files());
    const cut = zip.subarray(0, Math.floor(zip.length * 0.6));
    const e = await errorOf(cut);
    expect(isCommunityKitError(e, 'invalid-input')).toBe(true);
    expect(e.message).toMatch(
      /^importSlack: (.+\.json: )?(the ZIP archive ends inside this file|not a readable ZIP|the ZIP archive is truncated)/,
    );
  });

  it('refuses a ZIP whose central directory is missing', async () => {
    const zip = zipFiles(files());
    const e = await errorOf(zip.subarray(0, zip.length - 30));
    expect(e.message).toBe('importSlack: the ZIP archive is truncated (no end-of-central-directory record)');
  });
});

describe('importSlack on bad input', () => {
  it('refuses a truncated day file with its path', async () => {
    const e = await errorOf([
      USERS,
      CHANNELS,
      textFile('general/2024-01-02.json', '[{"type":"message","ts":"17'),
    ]);
    expect(e.file).toBe('general/2024-01-02.json');
    expect(e.message).toMatch(
      /^importSlack: general\/2024-01-02\.json: not valid JSON \(the file looks truncated\)/,
    );
  });

  it('refuses an object where users.json holds an array', async () => {
    const e = await errorOf([textFile('users.json', '{"members":[]}'), CHANNELS]);
    expect(e.message).toBe('importSlack: users.json: expected a JSON array of users, found an object');
  });

  it('refuses an array where a message object is expected, naming the record', async () => {
    const e = await errorOf([
      USERS,
      CHANNELS,
      day([{ type: 'message', user: 'U1', ts: '1704189600.1' }, ['x']]),
    ]);
    expect(e.message).toBe(
      'importSlack: general/2024-01-02.json [1]: expected a message (a JSON object), found an array',
    );
  });

  it('refuses a ts that is not epoch seconds as text', async () => {
    const e = await errorOf([USERS, CHANNELS, day([{ type: 'message', user: 'U1', ts: 1704189600 }])]);
    expect(e.message).toBe(
      'importSlack: general/2024-01-02.json [0] "ts": not a Slack timestamp: expected epoch seconds as text ("1704189600.123456"), found a number',
    );
  });

  it('refuses a date far away (year 2510, and 1970)', async () => {
    const e = await errorOf([USERS, CHANNELS, day([{ type: 'message', user: 'U1', ts: '17041896001.000' }])]);
    expect(e.message).toBe(
      'importSlack: general/2024-01-02.json [0] "ts": date "17041896001.000" is 2510-01-14T04:00:01.000Z, outside 2000–2099',
    );
    const early = await errorOf([USERS, CHANNELS, day([{ type: 'message', user: 'U1', ts: '86400.000' }])]);
    expect(early.message).toContain('is 1970-01-02T00:00:00.000Z, outside 2000–2099');
  });

  it('refuses a users.json entry without an id', async () => {
    const e = await errorOf([textFile('users.json', '[{"name":"ada"}]'), CHANNELS]);
    expect(e.message).toBe('importSlack: users.json [0] "id": missing');
  });

  it('reads hostile names (__proto__ as user id and channel) as plain data, polluting nothing', async () => {
    const x = await importSlack([
      textFile('users.json', '[{"id":"__proto__","name":"constructor"}]'),
      textFile('channels.json', '[{"id":"C1","name":"__proto__"}]'),
      day([{ type: 'message', user: '__proto__', ts: '1704189600.000001' }], '__proto__/2024-01-02.json'),
    ]);
    expect(x.identities).toEqual([
      { id: 'slack:__proto__', source: 'slack', sourceId: '__proto__', username: 'constructor' },
    ]);
    expect(x.activities[0]).toMatchObject({ id: 'slack:__proto__:1704189600.000001', channel: '__proto__' });
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('hashes ids longer than 256 characters deterministically', async () => {
    const long = 'x'.repeat(300);
    const x = await importSlack([
      USERS,
      CHANNELS,
      day([{ type: 'message', user: long, ts: '1704189600.000001' }]),
    ]);
    const id = x.identities.find((i) => i.sourceId === long)?.id ?? '';
    expect(id.length).toBeLessThanOrEqual(256);
    expect(id.startsWith('slack:xxx')).toBe(true);
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('skips a message that is given twice (same channel and ts)', async () => {
    const m = { type: 'message', user: 'U1', ts: '1704189600.000001' };
    const x = await importSlack([USERS, CHANNELS, day([m]), day([m], 'general/2024-01-03.json')]);
    expect(x.activities.length).toBe(1);
    expect(x.skipped).toEqual([
      {
        reason: 'duplicate message (same channel and ts)',
        count: 1,
        examples: ['general/2024-01-03.json [0]'],
      },
    ]);
  });

  it('refuses unknown options with a ValidationError', async () => {
    await expect(importSlack([USERS, CHANNELS], { privateChannels: true } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});
