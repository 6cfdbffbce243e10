import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activityLog } from '../../src/model/activityLog.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { parseWith } from '../../src/model/validate.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { InteractionGraphOptionsSchema } from '../../src/stakeholders/interactionOptions.js';
import { interactionTieList } from '../../src/stakeholders/internal/interactionTieList.js';
import { windowActivities } from '../../src/stakeholders/internal/windowActivities.js';

describe('windowActivities', () => {
  it('keeps the activities in [from, to) and the older ones their replies answer, in community order', () => {
    const community = parseCommunity({
      name: 'c',
      members: [{ id: 'ana' }, { id: 'bo' }],
      activities: [
        { id: 'a1', memberId: 'ana', at: '2024-03-01', kind: 'post' },
        { id: 'a2', memberId: 'bo', at: '2025-06-01', kind: 'reply', replyTo: 'a1' },
        { id: 'a3', memberId: 'bo', at: '2023-01-01', kind: 'post' },
        { id: 'a4', memberId: 'ana', at: '2026-02-01', kind: 'post' },
        { id: 'a5', memberId: 'ana', at: '2025-01-01', kind: 'post' },
      ],
    });
    const kept = windowActivities(
      community.activities,
      Date.parse('2025-01-01T00:00:00Z'),
      Date.parse('2026-01-01T00:00:00Z'),
    );
    expect(kept.map((a) => a.id)).toEqual(['a1', 'a2', 'a5']);
  });

  it('the ties of a window from the log of its activities equal those from the log of every activity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom('2025-03-01', '2025-06-15', '2025-11-01'),
        fc.constantFrom(30, 120, 365),
        fc.boolean(),
        (seed, shuffleSeed, toText, days, gatherings) => {
          const base = sampleCommunity({ seed, members: 30, months: 18 });
          // Activities in a shuffled order: the log sorts them (stably), and replies may point anywhere.
          const activities = [...base.activities];
          let s = shuffleSeed;
          for (let i = activities.length - 1; i > 0; i--) {
            s = (s * 1103515245 + 12345) % 2 ** 31;
            const j = s % (i + 1);
            [activities[i], activities[j]] = [activities[j]!, activities[i]!];
          }
          const community = { ...base, activities };
          const to = new Date(`${toText}T00:00:00Z`);
          const from = new Date(to.getTime() - days * 86_400_000);
          const opts = parseWith(
            'test',
            InteractionGraphOptionsSchema,
            { from, to, include: { gatherings, cohosting: false } },
            'options',
          );
          const whole = interactionTieList(community, opts, activityLog(community, { includeBots: true }));
          const window = interactionTieList(
            community,
            opts,
            activityLog(windowActivities(community.activities, from.getTime(), to.getTime())),
          );
          expect(window).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });
});
