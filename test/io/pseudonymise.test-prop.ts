import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { pseudonymise } from '../../src/io/pseudonymise.js';

// Names, e-mails and usernames with letters beyond a–f and a marker, so a hex digest can never contain them by chance.
const word = fc.stringMatching(/^[g-z]{3,8}$/);
const person = fc.record({ first: word, last: word, domain: word, login: word });

describe('pseudonymise properties', () => {
  it('is deterministic for a key, and no input name, e-mail or username appears in its output', () => {
    fc.assert(
      fc.property(
        fc.array(person, { minLength: 1, maxLength: 6 }),
        fc.string({ minLength: 16, maxLength: 40 }),
        (people, key) => {
          const identities = people.map((p, i) => ({
            id: `src:${i}`,
            source: 'src',
            name: `Qz${p.first} ${p.last}`,
            email: `qz${p.first}.${p.last}@${p.domain}.qzorg`,
            username: `qz${p.login}`,
          }));
          const { community } = assembleCommunity([
            {
              format: 'community-kit/source-extract@1',
              source: 'src',
              identities,
              activities: identities.map((x, i) => ({
                id: `src:a${i}`,
                memberId: x.id,
                at: 1_700_000_000_000 + i,
                kind: 'post',
                text: x.name,
              })),
            },
          ]);
          const a = JSON.stringify(pseudonymise(community, { key }));
          expect(JSON.stringify(pseudonymise(community, { key }))).toBe(a);
          expect(a.toLowerCase()).not.toContain('qz');
        },
      ),
      { numRuns: 50 },
    );
  });
});
