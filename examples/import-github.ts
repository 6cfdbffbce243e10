/**
 * From a GitHub export to time to first response: read what `gh api
 * --paginate` saved (issues, comments, reviews) and an hour of GH Archive,
 * then ask who answered first and how fast. The data here is inline so the
 * script runs as it is; with real files, pass `readFileSync('issues.json')`
 * or `createReadStream('2025-11-01-15.json.gz')` as `input`.
 * Run: npx tsx examples/import-github.ts
 */
import { timeToFirstResponse } from 'community-kit/health';
import { ghArchiveExtract, githubExtract } from 'community-kit/io';

const api = 'https://api.github.com/repos/octo-org/widgets';
const ada = { login: 'ada', id: 101, type: 'User' };
const bob = { login: 'bob', id: 102, type: 'User' };
const bot = { login: 'dependabot[bot]', id: 49699333, type: 'Bot' };

// `gh api --paginate repos/octo-org/widgets/issues?state=all` writes one array per page, back to back.
const issues =
  JSON.stringify([
    {
      number: 1,
      url: `${api}/issues/1`,
      title: 'How do I configure widgets?',
      user: ada,
      labels: [{ name: 'question' }],
      created_at: '2024-03-01T10:00:00Z',
    },
  ]) +
  JSON.stringify([
    {
      number: 2,
      url: `${api}/issues/2`,
      title: 'Bump lodash',
      user: bot,
      labels: [],
      created_at: '2024-03-02T09:00:00Z',
      pull_request: { url: `${api}/pulls/2` },
    },
  ]);
const comments = JSON.stringify([
  { id: 11, issue_url: `${api}/issues/1`, user: bob, created_at: '2024-03-01T14:30:00Z' },
  { id: 12, issue_url: `${api}/issues/1`, user: ada, created_at: '2024-03-01T15:00:00Z' },
]);
const reviews = JSON.stringify([
  {
    id: 21,
    pull_request_url: `${api}/pulls/2`,
    commit_id: 'abc',
    state: 'APPROVED',
    user: ada,
    submitted_at: '2024-03-02T10:00:00Z',
  },
]);

const extract = await githubExtract([
  { name: 'issues.json', input: issues },
  { name: 'comments.json', input: comments },
  { name: 'reviews.json', input: reviews },
]);
console.log(`Read ${extract.activities.length} activities by ${extract.identities.length} accounts:`);
for (const a of extract.activities)
  console.log(
    `  ${a.at.toISOString().slice(0, 16)}  ${a.kind.padEnd(12)} ${a.memberId.padEnd(16)} ${a.replyTo ?? ''}`,
  );
for (const i of extract.identities.filter((x) => x.platformBot))
  console.log(`  bot: ${i.username} (${i.platformBotEvidence})`);

const ttfr = timeToFirstResponse(extract.activities);
for (const item of ttfr.items)
  console.log(
    `${item.activityId}: first response by ${item.responderId ?? 'nobody'} after ${item.hours ?? '—'} h`,
  );

// GH Archive: one JSON event per line (hourly .json.gz files); other event types are counted, not parsed.
const hour = [
  {
    id: '1',
    type: 'IssuesEvent',
    actor: { id: 101, login: 'ada' },
    repo: { id: 1, name: 'octo-org/widgets' },
    payload: { action: 'opened', issue: { number: 3 } },
    created_at: '2025-11-01T10:00:00Z',
  },
  {
    id: '2',
    type: 'WatchEvent',
    actor: { id: 103, login: 'cy' },
    repo: { id: 1, name: 'octo-org/widgets' },
    payload: { action: 'started' },
    created_at: '2025-11-01T10:01:00Z',
  },
  {
    id: '3',
    type: 'IssueCommentEvent',
    actor: { id: 102, login: 'bob' },
    repo: { id: 1, name: 'octo-org/widgets' },
    payload: { action: 'created', issue: { number: 3 }, comment: { id: 31 } },
    created_at: '2025-11-01T10:20:00Z',
  },
]
  .map((e) => JSON.stringify(e))
  .join('\n');
const archived = await ghArchiveExtract([{ name: '2025-11-01-10.json', input: hour }]);
console.log(
  `GH Archive: ${archived.read.events} events, ${archived.activities.length} activities, skipped types: ${Object.keys(
    archived.read,
  )
    .filter((k) => k.startsWith('other:'))
    .join(', ')}`,
);
