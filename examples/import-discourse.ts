/**
 * Reading Discourse topics saved from the API (/t/{id}.json?print=true) and
 * the admin user-list CSV: questions, their accepted answers and how long
 * they took. For your own forum, pass the saved files:
 *   importDiscourse(files.map((path) => ({ path, text: readFileSync(path, 'utf8') })))
 * Run: npx tsx examples/import-discourse.ts
 */
import { importDiscourse } from 'community-kit/io';

const post = (id: number, n: number, username: string, at: string, extra = {}) => ({
  id,
  post_number: n,
  username,
  user_id: id % 10,
  created_at: at,
  reply_to_post_number: null,
  ...extra,
});
const topic = {
  id: 42,
  title: 'How do I cite the dataset?',
  category_id: 5,
  tags: ['citation'],
  post_stream: {
    posts: [
      post(421, 1, 'ada', '2024-03-04T09:00:00Z'),
      post(422, 2, 'grace', '2024-03-04T10:30:00Z', { accepted_answer: true }),
      post(423, 3, 'ada', '2024-03-04T11:00:00Z', { reply_to_post_number: 2 }),
    ],
  },
};
const users =
  'id,name,username,email,created_at\n1,Ada Lovelace,ada,ada@example.org,2024-01-10 08:00:00 UTC\n2,Grace Hopper,grace,grace@example.org,2023-11-02 17:20:00 UTC\n';

const extract = await importDiscourse([
  { path: 't/42.json', text: JSON.stringify(topic) },
  { path: 'users.csv', text: users },
]);
console.log(`Read ${extract.read.topics} topic, ${extract.read.posts} posts, ${extract.read.users} users`);
for (const a of extract.activities)
  console.log(
    `  ${a.at.toISOString()} ${a.kind.padEnd(6)} ${a.memberId}${a.replyTo ? ` → ${a.replyTo}` : ''}`,
  );
const question = extract.activities.find((a) => a.kind === 'post');
const answer = extract.activities.find((a) => a.kind === 'answer');
if (question && answer)
  console.log(`Accepted answer after ${(answer.at.getTime() - question.at.getTime()) / 3_600_000} h`);
