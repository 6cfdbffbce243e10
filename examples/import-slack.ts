/**
 * Reading a Slack workspace export: who wrote, which threads got replies and
 * how fast. The export is built here in memory (a ZIP, as Slack's admin
 * export gives it); for your own, pass the file's bytes instead:
 *   importSlack(new Uint8Array(readFileSync('My Workspace Slack export.zip')))
 * Run: npx tsx examples/import-slack.ts
 */

import { importSlack } from 'community-kit/io';
import { strToU8, zipSync } from 'fflate';

const json = (value: unknown) => strToU8(JSON.stringify(value));
const zip = zipSync({
  'users.json': json([
    { id: 'U1', name: 'ada', real_name: 'Ada Lovelace', profile: { email: 'ada@example.org' } },
    { id: 'U2', name: 'grace', real_name: 'Grace Hopper' },
    { id: 'U3', name: 'deploybot', is_bot: true },
  ]),
  'channels.json': json([{ id: 'C1', name: 'help' }]),
  'help/2024-03-04.json': json([
    { type: 'message', subtype: 'channel_join', user: 'U2', ts: '1709542800.000100' },
    {
      type: 'message',
      user: 'U2',
      ts: '1709546400.000200',
      thread_ts: '1709546400.000200',
      text: 'How do I run the tests?',
    },
    {
      type: 'message',
      user: 'U1',
      ts: '1709548200.000300',
      thread_ts: '1709546400.000200',
      text: 'npm test',
      reactions: [{ name: 'pray', users: ['U2'], count: 1 }],
    },
    { type: 'message', subtype: 'channel_topic', user: 'U1', ts: '1709548300.000400', text: 'set the topic' },
    { type: 'message', user: 'U3', bot_id: 'B1', ts: '1709550000.000500', text: 'Build passed' },
  ]),
});

const extract = await importSlack(zip);
console.log(
  `Read ${extract.read.messages} messages: ${extract.read.posts} posts, ${extract.read.replies} replies, ${extract.read.reactions} reactions, ${extract.read.joins} joins`,
);
for (const s of extract.skipped) console.log(`  skipped ${s.count} × ${s.reason} (e.g. ${s.examples[0]})`);
for (const i of extract.identities)
  console.log(
    `  ${i.id}: ${i.name ?? i.username ?? '?'}${i.platformBot ? ` — bot (${i.platformBotEvidence})` : ''}`,
  );

// Time to the first reply by someone else, per thread.
const byId = new Map(extract.activities.map((a) => [a.id, a]));
for (const post of extract.activities.filter((a) => a.kind === 'post')) {
  const replies = extract.activities.filter(
    (a) => a.kind === 'reply' && a.replyTo === post.id && a.memberId !== post.memberId,
  );
  const first = replies.sort((a, b) => a.at.getTime() - b.at.getTime())[0];
  const who = byId.get(post.id)?.memberId;
  console.log(
    first === undefined
      ? `${post.id} by ${who}: no reply`
      : `${post.id} by ${who}: first reply after ${((first.at.getTime() - post.at.getTime()) / 60_000).toFixed(0)} min by ${first.memberId}`,
  );
}
