import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { timeToFirstResponse } from '../../../src/health/timeToFirstResponse.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { ghArchiveExtract } from '../../../src/io/github/ghArchiveExtract.js';
import { InputFormatError, ValidationError } from '../../../src/model/errors.js';

const NAME = 'gharchive-2025-11-01-10.json';
const bytes = readFileSync(join(__dirname, '..', '..', 'fixtures', 'github', NAME));
const T = 'github:octo-org/widgets';

describe('ghArchiveExtract on a hand-written hour file (full and trimmed payloads)', () => {
  const extract = ghArchiveExtract([{ name: NAME, input: bytes }]);

  it('maps each event type to its activity, in time order', async () => {
    const x = await extract;
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)))).toBeTruthy();
    expect(
      x.activities.map((a) => `${a.at.toISOString().slice(11, 19)} ${a.kind} ${a.id} ${a.memberId}`),
    ).toEqual([
      '10:00:01 commit github:push:111 github:101',
      '10:00:02 commit github:push:112 github:102',
      `10:01:00 post ${T}#20 github:101`,
      '10:03:00 reply github:issuecomment:5020 github:102',
      '10:06:00 comment github:reviewcomment:6020 github:101',
      `10:10:00 pull-request ${T}#21 github:103`,
      '10:12:00 review github:review:7020 github:102',
      `10:20:00 post ${T}#22 github:101`,
      '10:25:00 answer github:discussioncomment:9020 github:102',
      '10:30:00 reply github:issuecomment:5021 github:29139614',
      '10:35:00 comment github:issuecomment:5030 github:103',
    ]);
  });

  it('a push is a commit by the pusher, weighted by its distinct commits when the payload still says', async () => {
    const x = await extract;
    expect(x.activities[0]).toMatchObject({
      weight: 2,
      provenance: { role: 'pusher', sourceId: '1', line: 1 },
    });
    expect(x.activities[1]?.weight).toBeUndefined();
  });

  it('a trimmed pull request event (no author, no dates) takes the actor and the event time; ready_for_review moves its start', async () => {
    const x = await extract;
    const early = x.activities.find((a) => a.id === 'github:reviewcomment:6020');
    expect(early?.thread).toBeUndefined();
    expect(early?.replyTo).toBe(`${T}#21`);
    const r = timeToFirstResponse(x.activities);
    expect(r.items.find((i) => i.activityId === `${T}#21`)).toMatchObject({
      responderId: 'github:102',
      hours: 2 / 60,
    });
    expect(r.items.find((i) => i.activityId === `${T}#20`)).toMatchObject({
      responderId: 'github:102',
      hours: 2 / 60,
    });
  });

  it('a comment without a user is the actor’s; a [bot] login is flagged', async () => {
    const x = await extract;
    expect(x.identities.find((i) => i.id === 'github:29139614')).toEqual({
      id: 'github:29139614',
      source: 'github',
      sourceId: '29139614',
      username: 'renovate[bot]',
      platformBot: true,
      platformBotEvidence: 'GitHub login ends in "[bot]"',
    });
    expect(x.identities.map((i) => i.id)).toEqual([
      'github:101',
      'github:102',
      'github:103',
      'github:29139614',
    ]);
  });

  it('counts events by type, skips what it cannot read, never fails on a bad line', async () => {
    const x = await extract;
    expect(x.read).toEqual({
      DiscussionEvent: 2,
      IssueCommentEvent: 4,
      IssuesEvent: 1,
      PullRequestEvent: 3,
      PullRequestReviewCommentEvent: 1,
      PullRequestReviewEvent: 1,
      PushEvent: 2,
      ReleaseEvent: 1,
      events: 17,
      'other:WatchEvent': 1,
    });
    expect(x.skipped).toEqual([
      { reason: 'PullRequestEvent "closed" (no activity kind for it)', count: 1, examples: [`${NAME}:10`] },
      { reason: 'ReleaseEvent "published" (no activity kind for it)', count: 1, examples: [`${NAME}:13`] },
      { reason: 'IssueCommentEvent: payload.comment.id missing', count: 1, examples: [`${NAME}:14`] },
      {
        reason: 'IssuesEvent: created_at missing, not a date, or outside 2007–2099',
        count: 1,
        examples: [`${NAME}:15`],
      },
      { reason: 'line is not valid JSON (truncated or corrupted)', count: 1, examples: [`${NAME}:16`] },
    ]);
    expect(x.warnings[0]).toBe('1 line was not valid JSON and skipped.');
  });

  it('reads the gzipped hour file as it is downloaded', async () => {
    expect(await ghArchiveExtract([{ name: NAME, input: gzipSync(bytes) }])).toEqual(await extract);
  });

  it('repositories keeps only the named repositories (any case)', async () => {
    const x = await ghArchiveExtract([{ name: NAME, input: bytes }], { repositories: ['Other/Repo'] });
    expect(x.activities.map((a) => a.id)).toEqual(['github:issuecomment:5030']);
    expect(x.read.otherRepositories).toBe(15);
  });

  it('pushes: false leaves pushes out', async () => {
    const x = await ghArchiveExtract([{ name: NAME, input: bytes }], { pushes: false });
    expect(x.activities.filter((a) => a.kind === 'commit')).toEqual([]);
    expect(x.read.PushEvent).toBe(2);
  });

  it('the same file twice gives each activity once and counts the repeats', async () => {
    const x = await ghArchiveExtract([
      { name: 'a.json', input: bytes },
      { name: 'b.json', input: bytes },
    ]);
    expect(x.activities).toHaveLength(11);
    expect(x.skipped.find((s) => s.reason.startsWith('already read'))?.count).toBe(11);
  });
});

describe('ghArchiveExtract on bad input', () => {
  it('refuses a file whose first line is not JSON', async () => {
    const e = ghArchiveExtract([{ name: 'notes.txt', input: 'hello\n{"a":1}\n' }]);
    await expect(e).rejects.toBeInstanceOf(InputFormatError);
    await expect(e).rejects.toThrow(
      'ghArchiveExtract: notes.txt:1: not GH Archive JSON lines: the first line is not JSON',
    );
  });

  it('refuses a REST export, pointing to githubExtract', async () => {
    const rest = JSON.stringify({ number: 1, title: 'x', user: { login: 'a', id: 1 } });
    await expect(ghArchiveExtract([{ name: 'issue.json', input: rest }])).rejects.toThrow(
      /^ghArchiveExtract: issue\.json:1: not a GH Archive event .* read by githubExtract/,
    );
  });

  it('refuses a truncated gzip file', async () => {
    const gz = gzipSync(bytes).subarray(0, 200);
    await expect(ghArchiveExtract([{ name: 'h.json.gz', input: gz }])).rejects.toThrow(
      /^ghArchiveExtract: h\.json\.gz:\d+: cannot be decompressed or decoded/,
    );
  });

  it('an empty file gives an empty extract and says so', async () => {
    const x = await ghArchiveExtract([{ name: 'empty.json', input: '' }]);
    expect(x.activities).toEqual([]);
    expect(x.warnings).toEqual(['empty.json holds no GH Archive events.']);
  });

  it('refuses unknown options', async () => {
    await expect(ghArchiveExtract([{ name: 'a', input: '' }], { repo: 'x' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('skips an event whose actor is hostile or malformed instead of failing', async () => {
    const line = JSON.stringify({
      id: '1',
      type: 'PushEvent',
      actor: { id: '__proto__', login: '__proto__' },
      repo: { name: 'o/r' },
      payload: { push_id: 5 },
      created_at: '2025-11-01T00:00:00Z',
    });
    const x = await ghArchiveExtract([{ name: 'h.json', input: `${line}\n` }]);
    expect(x.activities).toEqual([]);
    expect(x.skipped[0]).toEqual({
      reason: 'PushEvent: actor is not a user',
      count: 1,
      examples: ['h.json:1'],
    });
  });
});
