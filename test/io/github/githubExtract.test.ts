import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { timeToFirstResponse } from '../../../src/health/timeToFirstResponse.js';
import { SourceExtractSchema } from '../../../src/io/core/sourceExtract.js';
import { githubExtract } from '../../../src/io/github/githubExtract.js';
import { InputFormatError, isCommunityKitError, ValidationError } from '../../../src/model/errors.js';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'github');
const fixture = (name: string) => ({ name, input: readFileSync(join(fixtures, name)) });
const REST = [
  'issues.json',
  'pulls.jsonl',
  'issue-comments.json',
  'review-comments.json',
  'reviews.json',
  'issue-events.json',
  'discussions.json',
];
const T = 'github:octo-org/widgets';

/** The message of the error `promise` rejects with (fails the test when it resolves). */
async function errorOf(promise: Promise<unknown>): Promise<InputFormatError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(InputFormatError);
    return error as InputFormatError;
  }
  throw new Error('expected an error');
}

const issue = (extra: Record<string, unknown> = {}) => ({
  number: 1,
  title: 't',
  url: 'https://api.github.com/repos/o/r/issues/1',
  user: { login: 'ada', id: 1, type: 'User' },
  labels: [],
  created_at: '2024-03-01T10:00:00Z',
  ...extra,
});

describe('githubExtract on the hand-written REST and GraphQL fixtures', () => {
  const extract = githubExtract(REST.map(fixture));

  it('reads every record kind and returns a valid extract', async () => {
    const x = await extract;
    expect(SourceExtractSchema.parse(JSON.parse(JSON.stringify(x)))).toBeTruthy();
    expect(x.read).toEqual({
      discussionComments: 3,
      discussionReplies: 1,
      discussions: 2,
      issueComments: 6,
      issueEvents: 2,
      issues: 3,
      merged: 1,
      pullRequests: 3,
      reviewComments: 2,
      reviews: 3,
    });
    // 2 issues (#4 by a deleted user is skipped), 2 pull requests, 6 comments, 2 review comments, 2 reviews, 2 discussions with 4 comments and replies.
    expect(x.activities).toHaveLength(20);
    expect(x.description).toBe('octo-org/widgets');
  });

  it('maps issues to issue or post (question label "type: question"), pull requests to pull-request, discussions to post', async () => {
    const x = await extract;
    const kindOf = (id: string) => x.activities.find((a) => a.id === id)?.kind;
    expect(kindOf(`${T}#1`)).toBe('post');
    expect(kindOf(`${T}#2`)).toBe('issue');
    expect(kindOf(`${T}#3`)).toBe('pull-request');
    expect(kindOf(`${T}#5`)).toBe('pull-request');
    expect(kindOf(`${T}#10`)).toBe('post');
    expect(kindOf(`${T}#11`)).toBe('post');
  });

  it('comments reply to their opening: reply on questions, comment on issues and pull requests', async () => {
    const x = await extract;
    const a = (id: string) => x.activities.find((v) => v.id === id);
    expect(a('github:issuecomment:5001')).toMatchObject({
      kind: 'reply',
      thread: `${T}#1`,
      replyTo: `${T}#1`,
    });
    expect(a('github:issuecomment:5003')).toMatchObject({
      kind: 'comment',
      thread: `${T}#2`,
      replyTo: `${T}#2`,
    });
    expect(a('github:reviewcomment:6001')).toMatchObject({ kind: 'comment', replyTo: `${T}#3` });
    // A review comment answering another replies to it.
    expect(a('github:reviewcomment:6002')).toMatchObject({
      kind: 'comment',
      replyTo: 'github:reviewcomment:6001',
    });
    expect(a('github:review:7001')).toMatchObject({ kind: 'review', replyTo: `${T}#3` });
    expect(a('github:review:7003')).toMatchObject({ kind: 'review', replyTo: `${T}#5` });
  });

  it('a comment on an issue that is not in the input keeps its thread and has no replyTo', async () => {
    const x = await extract;
    const c = x.activities.find((v) => v.id === 'github:issuecomment:5006');
    expect(c?.thread).toBe(`${T}#99`);
    expect(c?.replyTo).toBeUndefined();
    expect(x.warnings.some((w) => w.startsWith('1 comment, review or answer belongs'))).toBe(true);
  });

  it('discussions: the accepted answer is an answer, replies to a comment reply to it, labels and category are topics', async () => {
    const x = await extract;
    const a = (id: string) => x.activities.find((v) => v.id === id);
    expect(a('github:discussioncomment:9002')).toMatchObject({
      kind: 'answer',
      replyTo: `${T}#10`,
      memberId: 'github:103',
    });
    expect(a('github:discussioncomment:9001')?.kind).toBe('reply');
    expect(a('github:discussioncomment:9011')).toMatchObject({
      kind: 'reply',
      replyTo: 'github:discussioncomment:9001',
    });
    expect(a(`${T}#11`)?.topics).toEqual(['Ideas', 'enhancement']);
    expect(x.skipped.find((s) => s.reason.startsWith('discussion comments beyond'))?.examples).toEqual([
      'octo-org/widgets#10: 2 of 3',
    ]);
  });

  it('a draft pull request starts at ready-for-review: its opening is dated then, earlier comments leave the thread', async () => {
    const x = await extract;
    const pr = x.activities.find((v) => v.id === `${T}#3`);
    expect(pr?.at.toISOString()).toBe('2024-03-04T08:00:00.000Z');
    const early = x.activities.find((v) => v.id === 'github:issuecomment:5004');
    expect(early?.thread).toBeUndefined();
    expect(early?.replyTo).toBe(`${T}#3`);
    const r = timeToFirstResponse(x.activities);
    const item = r.items.find((i) => i.activityId === `${T}#3`);
    // The first response after 08:00 is ada's review at 09:30 (bob's comment at 09:00 the day before does not count).
    expect(item).toMatchObject({ responderId: 'github:101', hours: 1.5 });
    // The question #1: bob answered 2 hours later.
    expect(r.items.find((i) => i.activityId === `${T}#1`)).toMatchObject({
      responderId: 'github:102',
      hours: 2,
    });
  });

  it('draftStart "created" keeps the creation date and the early comment as the first response', async () => {
    const x = await githubExtract(REST.map(fixture), { draftStart: 'created' });
    const item = timeToFirstResponse(x.activities).items.find((i) => i.activityId === `${T}#3`);
    expect(item).toMatchObject({ at: '2024-03-03T08:00:00.000Z', responderId: 'github:102', hours: 1 });
  });

  it('a pull request that is a draft again (draft: true) is measured from its creation, as issue-metrics does', async () => {
    const pulls = readFileSync(join(fixtures, 'pulls.jsonl'), 'utf8').replace(
      '"draft": false',
      '"draft": true',
    );
    const files = REST.map(fixture).map((f) =>
      f.name === 'pulls.jsonl' ? { name: f.name, input: pulls } : f,
    );
    const x = await githubExtract(files);
    expect(x.activities.find((a) => a.id === `${T}#3`)?.at.toISOString()).toBe('2024-03-03T08:00:00.000Z');
    expect(x.activities.find((a) => a.id === 'github:issuecomment:5004')?.thread).toBe(`${T}#3`);
  });

  it('identities are github:<id> with the login, bots flagged with their evidence', async () => {
    const x = await extract;
    expect(x.identities.map((i) => i.id)).toEqual([
      'github:101',
      'github:102',
      'github:103',
      'github:29139614',
      'github:41898282',
      'github:49699333',
    ]);
    expect(x.identities.find((i) => i.id === 'github:49699333')).toEqual({
      id: 'github:49699333',
      source: 'github',
      sourceId: '49699333',
      username: 'dependabot[bot]',
      platformBot: true,
      platformBotEvidence: 'GitHub user type "Bot"',
    });
    expect(x.identities.find((i) => i.id === 'github:41898282')?.platformBotEvidence).toBe(
      'GitHub user __typename "Bot"',
    );
    expect(x.identities.filter((i) => i.platformBot !== true).map((i) => i.username)).toEqual([
      'ada',
      'bob',
      'cy',
    ]);
  });

  it('counts what it leaves out: a deleted author, the pull request listed twice, a pending review, other issue events', async () => {
    const x = await extract;
    expect(x.skipped.map((s) => [s.reason.split(' (')[0], s.count])).toEqual([
      ['issue by a deleted account', 1],
      ['already read', 1],
      ['pending review', 1],
      ['issue event other than ready_for_review', 1],
      ['discussion comments beyond the page the export holds', 1],
    ]);
  });

  it('records provenance: file, line, record index across pages, and the node id', async () => {
    const x = await extract;
    // issues.json holds two pages back to back; issue #3 is the first record of the second page, record [2].
    expect(x.activities.find((a) => a.id === `${T}#3`)?.provenance).toEqual({
      source: 'github',
      sourceId: 'I_3',
      file: 'issues.json',
      line: 51,
      record: '[2]',
    });
    expect(x.activities.find((a) => a.id === `${T}#5`)?.provenance).toMatchObject({
      file: 'pulls.jsonl',
      line: 2,
      record: '[1]',
    });
    expect(x.activities.find((a) => a.id === 'github:discussioncomment:9011')?.provenance).toMatchObject({
      file: 'discussions.json',
      record: '[0].data.repository.discussions.nodes[0].comments.nodes[0].replies.nodes[0]',
      sourceId: 'DC_1r',
    });
  });

  it('is deterministic: the same files give the same bytes', async () => {
    expect(JSON.stringify(await githubExtract(REST.map(fixture)))).toBe(JSON.stringify(await extract));
  });

  it('gives the same activities whatever the order of the files (provenance of a record read twice aside)', async () => {
    const shape = (x: Awaited<typeof extract>) =>
      x.activities.map((a) => [a.id, a.kind, a.at.toISOString(), a.memberId, a.thread, a.replyTo, a.topics]);
    expect(shape(await githubExtract([...REST].reverse().map(fixture)))).toEqual(shape(await extract));
  });

  it('reads gzipped files and streamed chunks the same as whole text', async () => {
    const whole = await githubExtract([fixture('issues.json')]);
    const bytes = readFileSync(join(fixtures, 'issues.json'));
    const chunks = (function* () {
      for (let i = 0; i < bytes.length; i += 5) yield bytes.subarray(i, i + 5);
    })();
    expect(await githubExtract([{ name: 'issues.json', input: chunks }])).toEqual(whole);
    expect(await githubExtract([{ name: 'issues.json', input: gzipSync(bytes) }])).toEqual(whole);
  });

  it('keeps titles and bodies only with text: true', async () => {
    expect((await extract).activities.every((a) => a.text === undefined)).toBe(true);
    const x = await githubExtract([fixture('issues.json')], { text: true });
    expect(x.activities[0]?.text).toBe('How do I configure widgets?\n\nI tried the README.');
  });

  it('questionLabels decides which issues are questions', async () => {
    const x = await githubExtract([fixture('issues.json')], { questionLabels: ['dependencies'] });
    expect(x.activities.map((a) => a.kind)).toEqual(['issue', 'post', 'pull-request']);
  });
});

describe('githubExtract export layouts', () => {
  const two = [issue(), issue({ number: 2, url: 'https://api.github.com/repos/o/r/issues/2' })];
  it.each([
    ['one array', JSON.stringify(two)],
    ['arrays back to back', `${JSON.stringify([two[0]])}${JSON.stringify([two[1]])}`],
    ['arrays on separate lines', `${JSON.stringify([two[0]])}\n${JSON.stringify([two[1]])}\n`],
    ['JSON lines', `${JSON.stringify(two[0])}\n${JSON.stringify(two[1])}\n`],
    ['objects back to back', `${JSON.stringify(two[0])}${JSON.stringify(two[1])}`],
    ['an empty page then a page', `[]\n${JSON.stringify(two)}`],
    [
      'pages wrapped in one array (gh api --paginate --slurp)',
      `[${JSON.stringify([two[0]])},${JSON.stringify([two[1]])}]`,
    ],
  ])('reads %s', async (_, text) => {
    const x = await githubExtract([{ name: 'issues.json', input: text }]);
    expect(x.activities.map((a) => a.id)).toEqual(['github:o/r#1', 'github:o/r#2']);
  });

  it('reads a single object (one pull request as `gh api repos/o/r/pulls/1` saves it)', async () => {
    const pull = { ...issue(), head: { ref: 'x' }, base: { repo: { full_name: 'o/r' } } };
    const x = await githubExtract([{ name: 'pull.json', input: JSON.stringify(pull, null, 2) }]);
    expect(x.activities.map((a) => a.kind)).toEqual(['pull-request']);
  });

  it('reads strings with escaped quotes, brackets and braces inside records', async () => {
    const text = JSON.stringify([issue({ title: 'a "quoted" ] } [ { \\ title' })]);
    const x = await githubExtract([{ name: 'i.json', input: text }], { text: true });
    expect(x.activities[0]?.text).toBe('a "quoted" ] } [ { \\ title');
  });

  it('an empty list (`[]`) gives an empty extract', async () => {
    const x = await githubExtract([{ name: 'i.json', input: '[]' }]);
    expect(x.activities).toEqual([]);
  });
});

describe('githubExtract on bad input', () => {
  it('names the file, line, record and field of a bad login', async () => {
    const text = JSON.stringify([issue(), issue({ number: 2, user: { login: 42, id: 2 } })], null, 1);
    const e = await errorOf(githubExtract([{ name: 'issues.json', input: text }]));
    expect(e.message).toMatch(
      /^githubExtract: issues\.json:\d+ \[1\]\.user\.login: expected a string, found number$/,
    );
    expect(isCommunityKitError(e, 'invalid-input')).toBe(true);
  });

  it('refuses a truncated file', async () => {
    const text = JSON.stringify([issue(), issue({ number: 2 })]).slice(0, -30);
    const e = await errorOf(githubExtract([{ name: 'issues.json', input: text }]));
    expect(e.message).toBe(
      'githubExtract: issues.json:1 [1]: the file ends inside a JSON value: is it truncated?',
    );
  });

  it('refuses invalid JSON inside a record', async () => {
    const e = await errorOf(githubExtract([{ name: 'i.json', input: '[{"number": 1, "title": tru}]' }]));
    expect(e.message).toMatch(/^githubExtract: i\.json:1 \[0\]: invalid JSON/);
  });

  it('refuses an array where a record (object) is expected', async () => {
    const e = await errorOf(githubExtract([{ name: 'i.json', input: '[[[{"number": 1}]]]' }]));
    expect(e.message).toBe(
      'githubExtract: i.json:1 [0]: expected an object (a GitHub record), found an array',
    );
  });

  it('refuses a file of another kind, saying what it reads', async () => {
    const slack = JSON.stringify([{ type: 'message', user: 'U1', text: 'hi', ts: '1700000000.000100' }]);
    const e = await errorOf(githubExtract([{ name: 'general/2024-01-02.json', input: slack }]));
    expect(e.message).toMatch(
      /^githubExtract: general\/2024-01-02\.json:1 \[0\]: not a GitHub record this importer reads/,
    );
  });

  it('points GH Archive events and API error responses to what they are', async () => {
    const event =
      '{"id":"1","type":"PushEvent","actor":{"id":1,"login":"a"},"repo":{"name":"o/r"},"payload":{}}';
    expect((await errorOf(githubExtract([{ name: 'e.json', input: event }]))).message).toContain(
      'ghArchiveExtract',
    );
    const notFound =
      '{"message":"Not Found","documentation_url":"https://docs.github.com/rest","status":"404"}';
    expect((await errorOf(githubExtract([{ name: 'x.json', input: notFound }]))).message).toContain(
      'a GitHub API error response, not data: "Not Found"',
    );
  });

  it('refuses text that is not JSON, and an empty file', async () => {
    expect((await errorOf(githubExtract([{ name: 'a.csv', input: 'number,title\n1,x\n' }]))).message).toBe(
      'githubExtract: a.csv:1 [0]: expected a JSON array or object, found text that is not a JSON object: "number,title\\n1,x\\n"',
    );
    expect((await errorOf(githubExtract([{ name: 'e.json', input: '' }]))).message).toBe(
      'githubExtract: e.json:1: empty: no JSON value in the file',
    );
  });

  it('refuses dates that are not GitHub date-times or lie outside GitHub lifetime', async () => {
    const far = JSON.stringify([issue({ created_at: '1970-01-01T00:00:00Z' })]);
    expect((await errorOf(githubExtract([{ name: 'i.json', input: far }]))).message).toContain(
      '[0].created_at: date "1970-01-01T00:00:00Z" is outside GitHub\'s lifetime',
    );
    const seconds = JSON.stringify([issue({ created_at: 1_700_000_000 })]);
    expect((await errorOf(githubExtract([{ name: 'i.json', input: seconds }]))).message).toContain(
      '[0].created_at: not a GitHub date-time (ISO 8601): number 1700000000',
    );
  });

  it('keeps a hostile login as data: identity ids come from numeric ids, nothing is polluted', async () => {
    const text = JSON.stringify([issue({ user: { login: '__proto__', id: 7, type: 'User' } })]);
    const x = await githubExtract([{ name: 'i.json', input: text }]);
    expect(x.identities).toEqual([
      { id: 'github:7', source: 'github', sourceId: '7', username: '__proto__' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
  });

  it('refuses a user id that is not a positive integer', async () => {
    const text = JSON.stringify([issue({ user: { login: 'x', id: '__proto__' } })]);
    expect((await errorOf(githubExtract([{ name: 'i.json', input: text }]))).message).toBe(
      'githubExtract: i.json:1 [0].user.id: expected a positive integer user id, found "__proto__"',
    );
  });

  it('shortens over-long ids deterministically to valid ids', async () => {
    const repo = `${'o'.repeat(150)}/${'r'.repeat(150)}`;
    const text = JSON.stringify([issue({ url: `https://api.github.com/repos/${repo}/issues/1` })]);
    const x = await githubExtract([{ name: 'i.json', input: text }]);
    const id = x.activities[0]?.id ?? '';
    expect(id.length).toBe(256);
    expect(SourceExtractSchema.safeParse(x).success).toBe(true);
    expect((await githubExtract([{ name: 'i.json', input: text }])).activities[0]?.id).toBe(id);
  });

  it('refuses a GraphQL page that failed, with its message', async () => {
    const text = JSON.stringify({ errors: [{ message: 'Could not resolve to a Repository' }] });
    expect((await errorOf(githubExtract([{ name: 'd.json', input: text }]))).message).toBe(
      'githubExtract: d.json:1 [0].errors: the GraphQL query failed: Could not resolve to a Repository',
    );
  });

  it('refuses bad options and bad file lists', async () => {
    await expect(
      githubExtract([{ name: 'i.json', input: '[]' }], { nope: 1 } as never),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(githubExtract([])).rejects.toBeInstanceOf(ValidationError);
    await expect(
      githubExtract([
        { name: 'i.json', input: '[]' },
        { name: 'i.json', input: '[]' },
      ]),
    ).rejects.toThrow('the same file name is given twice');
  });

  it('refuses a corrupt gzip file', async () => {
    const gz = gzipSync(Buffer.from(JSON.stringify([issue()]))).subarray(0, 20);
    expect((await errorOf(githubExtract([{ name: 'i.json.gz', input: gz }]))).message).toMatch(
      /^githubExtract: i\.json\.gz:1: cannot be decompressed or decoded/,
    );
  });
});

const shared = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'sources', 'github');

describe('githubExtract on the real Perceval samples (GitHub API responses)', () => {
  it.skipIf(!existsSync(shared))('reads them (needs ../shared/data/sources/github)', async () => {
    const names = [
      'github_issue_1.json',
      'github_issue_comments_1.json',
      'github_request_pull_request_1.json',
      'github_request_pull_request_1_comments.json',
      'github_request_pull_request_1_commits.json',
      'github_request_pull_request_1_reviews.json',
    ];
    const x = await githubExtract(names.map((n) => ({ name: n, input: readFileSync(join(shared, n)) })));
    // Counted by hand from the files: pull request #1 listed by the issues endpoint and by the pulls endpoint,
    // 1 issue comment, 2 review comments, 2 reviews (one by a user written as {}), 1 commit.
    expect(x.read).toEqual({ issueComments: 1, merged: 1, pullRequests: 2, reviewComments: 2, reviews: 2 });
    expect(x.activities.map((a) => `${a.kind} ${a.id}`)).toEqual([
      'comment github:reviewcomment:1',
      'comment github:reviewcomment:2',
      'pull-request github:zhquan_example/repo#1',
      'comment github:issuecomment:1',
      'review github:review:205729182',
    ]);
    // The samples' review comments are dated 2015-12-04, a month before the pull request (2016-01-03):
    // they reply to it from outside its thread, so the pull request still starts its thread.
    expect(x.activities[0]).toMatchObject({ replyTo: 'github:zhquan_example/repo#1' });
    expect(x.activities[0]?.thread).toBeUndefined();
    expect(x.activities[3]).toMatchObject({
      thread: 'github:zhquan_example/repo#1',
      replyTo: 'github:zhquan_example/repo#1',
    });
    // Every record is by zhquan_example (id 1).
    expect(x.identities).toEqual([
      { id: 'github:1', source: 'github', sourceId: '1', username: 'zhquan_example' },
    ]);
    // The reviews point at pull request #88, which the samples do not hold.
    expect(x.activities.find((a) => a.kind === 'review')).toMatchObject({
      thread: 'github:zhquan_example/repo#88',
    });
    expect(x.activities.find((a) => a.kind === 'review')?.replyTo).toBeUndefined();
    expect(x.skipped.map((s) => s.count)).toEqual([1, 1, 1]);
    // The author answers only themself: no first response.
    const r = timeToFirstResponse(x.activities);
    expect(r.items.find((i) => i.activityId === 'github:zhquan_example/repo#1')?.responseId).toBeNull();
  });
});
