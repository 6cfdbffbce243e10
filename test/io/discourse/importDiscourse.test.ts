import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { importDiscourse } from '../../../src/io/discourse/importDiscourse.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';
import { folderFiles, textFile, zipFiles } from '../chat/exportFolder.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'discourse');
const files = () => folderFiles(fixture);

async function errorOf(input: Parameters<typeof importDiscourse>[0]): Promise<InputFormatError> {
  try {
    await importDiscourse(input);
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected importDiscourse to throw');
}

const topic = (posts: unknown[], extra: Record<string, unknown> = {}) =>
  textFile('t/1.json', JSON.stringify({ id: 1, post_stream: { posts }, ...extra }));
const post = (n: number, extra: Record<string, unknown> = {}) => ({
  id: 100 + n,
  post_number: n,
  username: 'ada',
  user_id: 3,
  created_at: '2024-01-02T10:00:00.000Z',
  ...extra,
});

describe('importDiscourse on the fixture topics and user list', () => {
  it('maps posts to a post, replies and the accepted answer, with replyTo from reply_to_post_number or post 1', async () => {
    const x = await importDiscourse(files());
    expect(x.activities.map((a) => [a.id, a.kind, a.memberId, a.replyTo ?? null, a.thread ?? null])).toEqual([
      ['discourse:join:system', 'join', 'discourse:system', null, null],
      ['discourse:join:ada', 'join', 'discourse:ada', null, null],
      ['discourse:join:grace', 'join', 'discourse:grace', null, null],
      ['discourse:post:1001', 'post', 'discourse:ada', null, 'discourse:topic:101'],
      ['discourse:post:1002', 'answer', 'discourse:grace', 'discourse:post:1001', 'discourse:topic:101'],
      ['discourse:post:1003', 'reply', 'discourse:ada', 'discourse:post:1002', 'discourse:topic:101'],
      ['discourse:post:2001', 'post', 'discourse:grace', null, 'discourse:topic:102'],
      ['discourse:post:2002', 'reply', 'discourse:linus', 'discourse:post:2001', 'discourse:topic:102'],
      ['discourse:post:2030', 'reply', 'discourse:ada', 'discourse:post:2001', 'discourse:topic:102'],
    ]);
  });

  it('keeps dates, category, tags and provenance', async () => {
    const x = await importDiscourse(files());
    const answer = x.activities.find((a) => a.id === 'discourse:post:1002');
    expect(answer?.at.toISOString()).toBe('2024-01-02T11:30:00.000Z');
    expect(answer?.channel).toBe('category-5');
    expect(answer?.topics).toEqual(['citation', 'data']);
    expect(answer?.provenance).toEqual({
      source: 'discourse',
      sourceId: '1002',
      file: 't/101.json',
      record: 'post_stream.posts[1]',
    });
    expect(x.activities.find((a) => a.id === 'discourse:post:2001')?.topics).toEqual(['workshops']);
    const join = x.activities.find((a) => a.id === 'discourse:join:ada');
    expect(join?.at.toISOString()).toBe('2023-12-01T09:15:00.000Z');
    expect(join?.provenance).toEqual({ source: 'discourse', sourceId: '3', file: 'users.csv', line: 3 });
  });

  it('lists identities by lower-case username with e-mails from the CSV; system accounts are bots', async () => {
    const x = await importDiscourse(files());
    expect(x.identities).toEqual([
      {
        id: 'discourse:ada',
        source: 'discourse',
        username: 'ada',
        sourceId: '3',
        name: 'Ada Lovelace',
        email: 'ada@example.org',
      },
      {
        id: 'discourse:grace',
        source: 'discourse',
        username: 'grace',
        sourceId: '4',
        name: 'Grace Hopper',
        email: 'grace@example.org',
      },
      { id: 'discourse:linus', source: 'discourse', username: 'linus', sourceId: '6', name: 'Linus' },
      {
        id: 'discourse:margaret',
        source: 'discourse',
        username: 'margaret',
        sourceId: '7',
        name: 'Hopper, Margaret',
        email: 'margaret@example.org',
      },
      {
        id: 'discourse:system',
        source: 'discourse',
        username: 'system',
        sourceId: '-1',
        name: 'system',
        platformBot: true,
        platformBotEvidence: 'Discourse system account (user id -1)',
      },
    ]);
  });

  it('counts what it read and skipped, and warns about missing posts and likes', async () => {
    const x = await importDiscourse(files());
    expect(x.read).toEqual({
      files: 3,
      topics: 2,
      posts: 8,
      users: 4,
      likes: 3,
      replies: 3,
      answers: 1,
      joins: 3,
    });
    expect(x.skipped).toEqual([
      {
        reason: 'staged user (created by incoming e-mail, not a sign-up): no join',
        count: 1,
        examples: ['users.csv:5'],
      },
      {
        reason: 'small action (topic closed, pinned, split…)',
        count: 1,
        examples: ['t/101.json post_stream.posts[3]'],
      },
      { reason: 'whisper (staff-only post)', count: 1, examples: ['t/101.json post_stream.posts[4]'] },
    ]);
    expect(x.warnings).toEqual([
      '3 posts of 1 topic listed in post_stream.stream but not in the files (/t/{id}.json holds the first 20 posts; fetch /t/{id}.json?print=true for all)',
      '3 likes counted but not imported: the topic JSON does not say who liked',
    ]);
    expect(x.files).toEqual(['t/101.json', 't/102.json', 'users.csv']);
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)))).toEqual(x);
  });

  it('keeps text only with text: true (raw, else cooked without tags)', async () => {
    expect((await importDiscourse(files())).activities.some((a) => a.text !== undefined)).toBe(false);
    const x = await importDiscourse(files(), { text: true });
    expect(x.activities.find((a) => a.id === 'discourse:post:1001')?.text).toBe(
      'How do I cite the dataset ?',
    );
  });

  it('gives the same extract whatever the order of the files, and from a ZIP', async () => {
    const expected = JSON.stringify(await importDiscourse(files()));
    expect(JSON.stringify(await importDiscourse(zipFiles(files())))).toBe(expected);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files(), { minLength: 3 }), async (shuffled) => {
        expect(JSON.stringify(await importDiscourse(shuffled))).toBe(expected);
      }),
      { numRuns: 20 },
    );
  });

  it('marks the accepted answer from the topic accepted_answer or a post accepted_solution', async () => {
    const x = await importDiscourse([topic([post(1), post(2, { accepted_solution: true }), post(3)])]);
    expect(x.activities.map((a) => a.kind)).toEqual(['post', 'answer', 'reply']);
  });
});

describe('importDiscourse on bad input', () => {
  it('refuses a JSON array where a topic object is expected', async () => {
    const e = await errorOf([textFile('t/1.json', '[{"id":1}]')]);
    expect(e.message).toBe(
      'importDiscourse: t/1.json: expected a Discourse topic as /t/{id}.json returns it (a JSON object), found an array',
    );
  });

  it('refuses a JSON object that is not a topic, listing its keys', async () => {
    const e = await errorOf([textFile('latest.json', '{"users":[],"topic_list":{}}')]);
    expect(e.message).toBe(
      'importDiscourse: latest.json: not a Discourse topic: expected "post_stream" as /t/{id}.json returns it; found the keys users, topic_list',
    );
  });

  it('refuses a truncated topic file', async () => {
    const e = await errorOf([textFile('t/1.json', '{"id":1,"post_stream":{"posts":[{"id":')]);
    expect(e.message).toMatch(/^importDiscourse: t\/1\.json: not valid JSON \(the file looks truncated\)/);
  });

  it('refuses a post without a date or with one far away, naming the record', async () => {
    const e = await errorOf([topic([post(1, { created_at: 'yesterday' })])]);
    expect(e.message).toBe(
      'importDiscourse: t/1.json post_stream.posts[0] "created_at": not a date: "yesterday" (expected ISO-8601)',
    );
    const far = await errorOf([topic([post(1, { created_at: '2999-01-01T00:00:00Z' })])]);
    expect(far.message).toBe(
      'importDiscourse: t/1.json post_stream.posts[0] "created_at": date "2999-01-01T00:00:00Z" is 2999-01-01T00:00:00.000Z, outside 2000–2099',
    );
  });

  it('refuses a user list CSV without the Discourse columns, and a truncated CSV with its line', async () => {
    const e = await errorOf([textFile('users.csv', 'name,mail\nAda,ada@example.org\n')]);
    expect(e.message).toBe(
      'importDiscourse: users.csv:1: not a Discourse user list: expected the columns id, name, username, email, created_at…; missing id, username (found name, mail)',
    );
    const t = await errorOf([textFile('users.csv', 'id,username,name\n3,ada,"Ada\n')]);
    expect(t.message).toMatch(/^importDiscourse: users\.csv:2: not a readable CSV: Quote Not Closed/);
  });

  it('refuses input with neither topics nor a user list', async () => {
    const e = await errorOf([textFile('README.md', '# hi')]);
    expect(e.message).toBe(
      'importDiscourse: not a Discourse export: expected topic files as /t/{id}.json returns them and/or the admin user-list CSV; found README.md',
    );
  });

  it('reads __proto__ as a username like any other', async () => {
    const x = await importDiscourse([topic([post(1, { username: '__proto__' })])]);
    expect(x.identities.map((i) => i.id)).toEqual(['discourse:__proto__']);
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('refuses unknown options', async () => {
    await expect(importDiscourse([], { likes: true } as never)).rejects.toBeInstanceOf(ValidationError);
  });
});
