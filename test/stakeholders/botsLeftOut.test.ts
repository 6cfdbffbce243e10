import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { interactionTies } from '../../src/stakeholders/interactionTies.js';

const community = parseCommunity({
  name: 'With a bot',
  members: [{ id: 'ada' }, { id: 'bob' }, { id: 'ci', kind: 'bot' }],
  activities: [
    { id: 'p1', memberId: 'ada', at: '2024-01-10', kind: 'post', thread: 't1' },
    { id: 'r1', memberId: 'ci', at: '2024-01-10T01:00:00Z', kind: 'reply', thread: 't1', replyTo: 'p1' },
    { id: 'r2', memberId: 'bob', at: '2024-01-10T02:00:00Z', kind: 'reply', thread: 't1', replyTo: 'r1' },
  ],
});

describe('interactionTies leaves bots out by default', () => {
  it('makes no node or tie for a bot, and counts it', () => {
    const ties = interactionTies(community, { halfLife: 0 });
    expect(ties.nodes).toEqual(['ada', 'bob']);
    expect(ties.botsLeftOut).toBe(1);
    // ada and bob share the thread; the replies to and from the bot make no tie.
    expect(
      [...ties.source].map((s, k) => `${ties.nodes[s]}-${ties.nodes[ties.target[k] as number]}`),
    ).toEqual(['ada-bob']);
  });

  it('includes it with includeBots', () => {
    const ties = interactionTies(community, { halfLife: 0, includeBots: true });
    expect(ties.nodes).toEqual(['ada', 'bob', 'ci']);
    expect(ties.botsLeftOut).toBe(0);
  });
});
