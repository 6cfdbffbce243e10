import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { importDiscord } from '../../../src/io/discord/importDiscord.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { folderFiles, textFile, zipFiles } from '../chat/exportFolder.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'discord');
const files = () => folderFiles(fixture);

async function errorOf(input: Parameters<typeof importDiscord>[0]): Promise<InputFormatError> {
  try {
    await importDiscord(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected importDiscord to throw');
}

const channelFile = (messages: unknown[]) =>
  textFile(
    'c.json',
    JSON.stringify({ guild: { id: '1' }, channel: { id: '2', type: 'GuildTextChat', name: 'c' }, messages }),
  );
const message = (extra: Record<string, unknown> = {}) => ({
  id: '10',
  type: 'Default',
  timestamp: '2024-01-02T10:00:00+00:00',
  author: { id: '7', name: 'ada', isBot: false },
  ...extra,
});

describe('importDiscord on the fixture exports', () => {
  it('maps messages, replies by reference, thread files, reactions and joins', async () => {
    const x = await importDiscord(files());
    expect(
      x.activities.map((a) => [a.id, a.kind, a.memberId, a.replyTo ?? null, a.thread ?? null, a.channel]),
    ).toEqual([
      ['discord:3000', 'join', 'discord:2002', null, null, 'general'],
      ['discord:3001', 'post', 'discord:2001', null, 'discord:3001', 'general'],
      [
        'discord:3001:reaction:thumbsup:2002',
        'reaction',
        'discord:2002',
        'discord:3001',
        'discord:3001',
        'general',
      ],
      ['discord:3002', 'reply', 'discord:2002', 'discord:3001', 'discord:3001', 'general'],
      ['discord:3003', 'reply', 'discord:2001', 'discord:3002', 'discord:3001', 'general'],
      ['discord:3005', 'post', 'discord:2099', null, 'discord:3005', 'general'],
      ['discord:3007', 'reply', 'discord:2003', null, 'discord:3007', 'general'],
      ['discord:3020', 'post', 'discord:2001', null, 'discord:3020', 'ideas'],
      ['discord:3021', 'reply', 'discord:2002', 'discord:3020', 'discord:3020', 'ideas'],
      ['discord:3022', 'reply', 'discord:2003', 'discord:3021', 'discord:3020', 'ideas'],
    ]);
  });

  it('reads timestamps with their offsets and keeps provenance', async () => {
    const x = await importDiscord(files());
    const byId = new Map(x.activities.map((a) => [a.id, a]));
    expect(byId.get('discord:3001')?.at.toISOString()).toBe('2024-01-02T10:00:00.123Z');
    expect(byId.get('discord:3007')?.at.toISOString()).toBe('2024-01-03T13:00:00.000Z');
    expect(byId.get('discord:3022')?.provenance).toEqual({
      source: 'discord',
      sourceId: '3022',
      file: 'ideas - Release planning.json',
      record: 'messages[2]',
    });
  });

  it('lists identities: username (with a discriminator when there is one), nickname, isBot', async () => {
    const x = await importDiscord(files());
    expect(x.identities).toEqual([
      { id: 'discord:2001', source: 'discord', sourceId: '2001', username: 'ada', name: 'Ada L.' },
      { id: 'discord:2002', source: 'discord', sourceId: '2002', username: 'grace' },
      { id: 'discord:2003', source: 'discord', sourceId: '2003', username: 'linus#1234' },
      {
        id: 'discord:2099',
        source: 'discord',
        sourceId: '2099',
        username: 'GitHub',
        platformBot: true,
        platformBotEvidence: 'Discord author "isBot": true',
      },
    ]);
  });

  it('counts what it read and skipped, with warnings', async () => {
    const x = await importDiscord(files());
    expect(x.read).toEqual({
      files: 3,
      channels: 2,
      threads: 1,
      messages: 12,
      posts: 3,
      replies: 5,
      reactions: 1,
      joins: 1,
    });
    expect(x.skipped).toEqual([
      {
        reason: 'file that is not a DiscordChatExporter JSON export (media, HTML…)',
        count: 1,
        examples: ['general.json_Files/image-5F3A1.png'],
      },
      {
        reason: 'direct message (directMessages option is off)',
        count: 1,
        examples: ['dm-grace.json messages[0]'],
      },
      { reason: 'system message (type "ThreadCreated")', count: 1, examples: ['general.json messages[4]'] },
      {
        reason: 'system message (type "ChannelPinnedMessage")',
        count: 1,
        examples: ['general.json messages[6]'],
      },
    ]);
    expect(x.warnings).toEqual([
      '1 reply names a message the export does not hold (kept without replyTo)',
      '1 reaction counted without the reacting users listed (export with a DiscordChatExporter version that writes reaction users)',
    ]);
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)))).toEqual(x);
  });

  it('reads direct messages with directMessages: true, and text with text: true', async () => {
    const x = await importDiscord(files(), { directMessages: true, text: true });
    expect(x.activities[0]).toMatchObject({
      id: 'discord:4001',
      kind: 'post',
      channel: 'grace',
      text: 'Private hello',
    });
    expect((await importDiscord(files())).activities.some((a) => a.text !== undefined)).toBe(false);
  });

  it('gives the same extract whatever the order of the files, and from a ZIP', async () => {
    const expected = JSON.stringify(await importDiscord(files()));
    expect(JSON.stringify(await importDiscord(zipFiles(files())))).toBe(expected);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files(), { minLength: 4 }), async (shuffled) => {
        expect(JSON.stringify(await importDiscord(shuffled))).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });
});

describe('importDiscord on bad input', () => {
  it('refuses a JSON array where the export object is expected', async () => {
    const e = await errorOf([textFile('c.json', '[]')]);
    expect(e.message).toBe(
      'importDiscord: c.json: expected a DiscordChatExporter export (a JSON object), found an array',
    );
  });

  it('refuses an object that is not a DiscordChatExporter export, listing its keys', async () => {
    const e = await errorOf([textFile('c.json', '{"post_stream":{}}')]);
    expect(e.message).toBe(
      'importDiscord: c.json: not a DiscordChatExporter JSON export: expected "guild", "channel" and "messages"; found the keys post_stream',
    );
  });

  it('refuses a truncated file, a message without an author, a bad or far timestamp', async () => {
    expect(
      (await errorOf([textFile('c.json', '{"guild":{},"channel":{"id":"1"},"messages":[{"id":"1"')])).message,
    ).toMatch(/^importDiscord: c\.json: not valid JSON \(the file looks truncated\)/);
    expect((await errorOf([channelFile([message({ author: undefined })])])).message).toBe(
      'importDiscord: c.json messages[0] "author": expected a user (a JSON object), found nothing',
    );
    expect((await errorOf([channelFile([message({ timestamp: 1704189600 })])])).message).toBe(
      'importDiscord: c.json messages[0] "timestamp": not a date: 1704189600 (expected ISO-8601)',
    );
    expect(
      (await errorOf([channelFile([message({ timestamp: '1970-01-01T00:00:00+00:00' })])])).message,
    ).toBe(
      'importDiscord: c.json messages[0] "timestamp": date "1970-01-01T00:00:00+00:00" is 1970-01-01T00:00:00.000Z, outside 2000–2099',
    );
  });

  it('refuses input without any JSON file', async () => {
    const e = await errorOf([textFile('general.html', '<html></html>')]);
    expect(e.message).toBe(
      'importDiscord: not a DiscordChatExporter export: expected JSON files (DiscordChatExporter --format Json); found general.html',
    );
  });

  it('reads __proto__ as an author id like any other', async () => {
    const x = await importDiscord([
      channelFile([message({ author: { id: '__proto__', name: '__proto__' } })]),
    ]);
    expect(x.identities.map((i) => i.id)).toEqual(['discord:__proto__']);
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('refuses unknown options', async () => {
    await expect(importDiscord([], { threads: true } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
