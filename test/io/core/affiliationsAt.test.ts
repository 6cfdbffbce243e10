import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elephantFactor } from '../../../src/health/elephantFactor.js';
import { affiliationsAt } from '../../../src/io/core/affiliationsAt.js';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'io-core', name), 'utf8'));

describe('affiliationsAt', () => {
  const { community } = assembleCommunity([fixture('git-extract.json')], {
    affiliations: [{ domain: 'acme.com', organisation: 'Acme' }],
    enrollments: [
      { email: 'bob@acme.com', organisation: 'Acme', until: '2024-02-01' },
      { email: 'bob@acme.com', organisation: 'Beta Labs' },
    ],
  });

  it('takes each member’s organisation at the date from the enrollment periods', () => {
    const bob = (c: typeof community) => c.members.find((m) => m.name === 'Bob Builder')?.affiliation;
    expect(bob(community)).toBe('Beta Labs');
    expect(bob(affiliationsAt(community, '2024-01-31T23:59:59Z'))).toBe('Acme');
    expect(bob(affiliationsAt(community, '2024-02-01'))).toBe('Beta Labs');
    expect(
      affiliationsAt(community, '2024-01-01').members.find((m) => m.name === 'Ada Lovelace')?.affiliation,
    ).toBe('Acme');
  });

  it('makes the elephant factor of a past period count the organisation of that time', () => {
    // Bob's only commit (2024-02-11) is after his move; January holds Ada's commit only.
    const feb = elephantFactor(affiliationsAt(community, '2024-03-01'), {
      from: '2024-02-01',
      asOf: '2024-03-01',
    });
    expect(feb.members.map((m) => m.id).sort()).toEqual(['Acme', 'Beta Labs']);
    const moved = parseCommunity({
      name: 'x',
      members: [
        {
          id: 'bob',
          affiliation: 'Beta',
          metadata: {
            affiliations: [
              { organisation: 'Acme', until: '2024-02-01T00:00:00.000Z' },
              { organisation: 'Beta' },
            ],
          },
        },
      ],
      activities: [{ id: 'a', memberId: 'bob', at: '2024-01-10', kind: 'commit' }],
    });
    expect(elephantFactor(moved).members[0]?.id).toBe('Beta');
    // `until` is exclusive: take the affiliations at the last instant inside the period.
    expect(
      elephantFactor(affiliationsAt(moved, Date.parse('2024-02-01') - 1), { asOf: '2024-02-01' }).members[0]
        ?.id,
    ).toBe('Acme');
  });

  it('leaves members without periods alone, does not change its input, and refuses a bad date', () => {
    const before = JSON.stringify(community);
    const at = affiliationsAt(community, '2020-01-01');
    expect(at.members.find((m) => m.name === 'Neil Botelho')).toBe(
      community.members.find((m) => m.name === 'Neil Botelho'),
    );
    expect(at.members.find((m) => m.name === 'Bob Builder')?.affiliation).toBe('Acme');
    expect(JSON.stringify(community)).toBe(before);
    expect(() => affiliationsAt(community, 'someday')).toThrow(/affiliationsAt/);
  });
});
