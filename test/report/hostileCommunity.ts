/** A small sample community whose every user string is hostile: script tags, javascript: links, Markdown syntax. */
import type { Community } from '../../src/model/community.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

export const HOSTILE = [
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>',
  '**bold** | pipe `code` ![i](https://evil.example/x.png)',
];

export function hostileCommunity(): Community {
  const base = serializeCommunity(
    sampleCommunity({ seed: 3, members: 40, months: 14, asOf: new Date('2026-01-01T00:00:00Z') }),
  ) as unknown as Record<string, unknown>;
  const pick = (i: number): string => HOSTILE[i % HOSTILE.length] as string;
  const members = (base.members as Record<string, unknown>[]).map((m, i) => ({
    ...m,
    name: `${pick(i)} ${i}`,
    interests: [pick(i + 1), 'data'],
  }));
  const activities = (base.activities as Record<string, unknown>[]).map((a, i) => ({
    ...a,
    topics: Array.isArray(a.topics) && a.topics.length > 0 ? [pick(i), ...(a.topics as string[])] : a.topics,
  }));
  const stakeholders = ((base.stakeholders as Record<string, unknown>[] | undefined) ?? []).map((s, i) => ({
    ...s,
    name: pick(i + 2),
  }));
  return parseCommunity({
    ...base,
    name: '<script>alert("name")</script>',
    description: '# [click](javascript:alert(2)) <b>hi</b>',
    members,
    activities,
    stakeholders,
  });
}
