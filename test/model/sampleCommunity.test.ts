import { describe, expect, it } from 'vitest';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import { SAMPLE_ROLE_IDS, sampleCommunity } from '../../src/sample/sampleCommunity.js';

const community = sampleCommunity();

describe('sampleCommunity', () => {
  it('returns 400 members and 24 months of history by default, all before asOf', () => {
    expect(community.members).toHaveLength(400);
    const asOf = new Date('2026-01-01T00:00:00Z').getTime();
    const first = community.activities[0]!.at.getTime();
    const last = community.activities.at(-1)!.at.getTime();
    expect(last).toBeLessThan(asOf);
    expect(first).toBeGreaterThanOrEqual(new Date('2024-01-01T00:00:00Z').getTime());
    expect(community.activities.length).toBeGreaterThan(5000);
  });

  it('is a valid community: it survives parseCommunity after serialisation', () => {
    const reparsed = parseCommunity(serializeCommunity(community));
    expect(reparsed.activities).toHaveLength(community.activities.length);
    expect(reparsed.activities[100]).toEqual(community.activities[100]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = sampleCommunity();
    expect(JSON.stringify(serializeCommunity(again))).toBe(JSON.stringify(serializeCommunity(community)));
    const other = sampleCommunity({ seed: 2 });
    expect(other.activities.length).not.toBe(community.activities.length);
  });

  it('sorts activities by time and numbers them in that order', () => {
    for (let i = 1; i < community.activities.length; i++) {
      expect(community.activities[i]!.at.getTime()).toBeGreaterThanOrEqual(
        community.activities[i - 1]!.at.getTime(),
      );
    }
  });

  it('never has a reply before the activity it answers (on several seeds)', () => {
    for (const seed of [1, 2, 3]) {
      const c = sampleCommunity({ seed, members: 300, months: 12 });
      const at = new Map(c.activities.map((a) => [a.id, a.at.getTime()]));
      let replies = 0;
      for (const a of c.activities) {
        if (a.replyTo === undefined) continue;
        replies++;
        expect(a.at.getTime()).toBeGreaterThan(at.get(a.replyTo) as number);
      }
      expect(replies).toBeGreaterThan(100);
    }
  });

  it('has a heavy-tailed participation: the top 10% of members do over half of the activity', () => {
    const counts = new Map<string, number>();
    for (const a of community.activities) counts.set(a.memberId, (counts.get(a.memberId) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const total = sorted.reduce((s, x) => s + x, 0);
    const top = sorted.slice(0, Math.ceil(community.members.length / 10)).reduce((s, x) => s + x, 0);
    expect(top / total).toBeGreaterThan(0.5);
    // ...and most members do little: the median member has few activities.
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeLessThan(total / sorted.length);
  });

  it('leaves some questions unanswered and answers most', () => {
    const posts = community.activities.filter((a) => a.kind === 'post');
    const answered = new Set(
      community.activities.filter((a) => a.replyTo !== undefined).map((a) => a.thread),
    );
    const share = posts.filter((p) => answered.has(p.thread)).length / posts.length;
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.95);
  });

  it('builds a silo: policy and software members share a topic but never reply to each other', () => {
    const byId = new Map(community.members.map((m) => [m.id, m]));
    const activityById = new Map(community.activities.map((a) => [a.id, a]));
    const channelOf = new Map<string, Set<string>>();
    for (const a of community.activities) {
      if (a.channel === undefined) continue;
      const s = channelOf.get(a.memberId) ?? new Set();
      s.add(a.channel);
      channelOf.set(a.memberId, s);
    }
    const only = (id: string, channel: string): boolean => {
      const s = channelOf.get(id);
      return s?.has(channel) === true && ![...s].some((c) => c !== channel && c !== 'general');
    };
    let crossTies = 0;
    for (const a of community.activities) {
      if (a.replyTo === undefined) continue;
      const parent = activityById.get(a.replyTo)!;
      const pair = [a.memberId, parent.memberId];
      if (
        (only(pair[0]!, 'policy') && only(pair[1]!, 'software')) ||
        (only(pair[0]!, 'software') && only(pair[1]!, 'policy'))
      )
        crossTies++;
    }
    expect(crossTies).toBe(0);
    const shared = community.members.filter((m) => m.interests.includes('reproducibility'));
    expect(shared.some((m) => only(m.id, 'policy'))).toBe(true);
    expect(shared.some((m) => only(m.id, 'software'))).toBe(true);
    expect(byId.size).toBe(400);
  });

  it('assigns roles with one overloaded member and vacant recommended roles', () => {
    const open = community.roleAssignments.filter((r) => r.to == null);
    const load = new Map<string, number>();
    for (const r of open) load.set(r.memberId, (load.get(r.memberId) ?? 0) + r.allocation);
    expect([...load.values()].filter((l) => l > 1)).toHaveLength(1);
    const held = new Set(open.map((r) => r.roleId));
    expect(held.has(SAMPLE_ROLE_IDS.manager)).toBe(true);
    expect(held.has('knowledge-management-advisor')).toBe(false);
    expect(held.has('admin-support')).toBe(false);
    expect(community.roleAssignments.some((r) => r.to != null)).toBe(true);
  });

  it('holds gatherings with registrations, no-shows and repeat attenders', () => {
    const kinds = new Set(community.gatherings.map((g) => g.kind));
    for (const k of ['community-call', 'workshop', 'meetup', 'conference'])
      expect(kinds.has(k as never)).toBe(true);
    const registered = community.gatherings.reduce((s, g) => s + g.registered.length, 0);
    const attended = community.gatherings.reduce((s, g) => s + g.attended.length, 0);
    expect(attended).toBeLessThan(registered);
    const times = new Map<string, number>();
    for (const g of community.gatherings) for (const m of g.attended) times.set(m, (times.get(m) ?? 0) + 1);
    expect([...times.values()].filter((n) => n >= 3).length).toBeGreaterThan(5);
  });

  it('includes skill assessments, stakeholders and mentoring sessions', () => {
    expect(community.skillAssessments.length).toBeGreaterThan(50);
    expect(new Set(community.skillAssessments.map((s) => s.frameworkId)).size).toBe(2);
    expect(community.stakeholders.length).toBe(6);
    expect(community.activities.some((a) => a.kind === 'mentor-session')).toBe(true);
  });

  it('honours members, months and asOf', () => {
    const small = sampleCommunity({ members: 30, months: 3, asOf: '2025-04-01T00:00:00Z' });
    expect(small.members).toHaveLength(30);
    expect(small.activities.every((a) => a.at < new Date('2025-04-01T00:00:00Z'))).toBe(true);
    expect(small.activities.every((a) => a.at >= new Date('2025-01-01T00:00:00Z'))).toBe(true);
  });

  it('rejects out-of-range options with a ValidationError naming the option', () => {
    expect(() => sampleCommunity({ members: 3 })).toThrowError(/sampleCommunity: .*options\.members/s);
    let caught: unknown;
    try {
      sampleCommunity({ months: 0 });
    } catch (error) {
      caught = error;
    }
    expect(isCommunityKitError(caught, 'invalid-input')).toBe(true);
  });
});
