import { parseCommunity } from '../src/model/parseCommunity.js';
import type { Bench } from './harness.js';

/** parseCommunity on 1 million activities (issue #2 target: < 3 s, peak memory < 3× the JSON text). */
export default async function (b: Bench): Promise<void> {
  const n = 1_000_000;
  const members = 20_000;
  const kinds = ['post', 'reply', 'comment', 'reaction', 'answer'];
  const activities = [];
  for (let i = 0; i < n; i++) {
    activities.push({
      id: `a${i}`,
      memberId: `m${i % members}`,
      at: new Date(1.6e12 + i * 60_000).toISOString(),
      kind: kinds[i % 5],
      channel: 'general',
      thread: `t${i >> 4}`,
      topics: ['data'],
      ...(i % 3 === 1 ? { replyTo: `a${i - 1}` } : {}),
    });
  }
  const text = JSON.stringify({
    name: 'bench',
    members: Array.from({ length: members }, (_, i) => ({ id: `m${i}` })),
    activities,
  });
  activities.length = 0;
  const input = JSON.parse(text) as unknown;
  globalThis.gc?.();
  const before = process.memoryUsage();
  let community: ReturnType<typeof parseCommunity> | undefined;
  const t = performance.now();
  community = parseCommunity(input);
  const ms = performance.now() - t;
  const after = process.memoryUsage();
  b.report('parseCommunity, 1,000,000 activities (target < 3000 ms)', ms, 'ms');
  b.report('  heap added by the parse', (after.heapUsed - before.heapUsed) / 1e6, 'MB');
  b.report('  JSON text size', text.length / 1e6, 'MB');
  b.note(
    `heap added / JSON text = ${((after.heapUsed - before.heapUsed) / text.length).toFixed(2)}× (target < 3×)`,
  );
  if (community.activities.length !== n) throw new Error('bench: wrong activity count');
  community = undefined;
}
