import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ThreadInput, threadMessages } from '../../../../src/io/mbox/internal/threadMessages.js';

const SUBJECTS = ['Plan', 'Re: Plan', 'RE: [dev] plan', 'Question', 'Aw: Question', 'Fwd: Plan', ''];

/** Random archives: ids m0…m(n-1), references to any of them or to missing ids (loops and self-references included). */
const archive = fc
  .integer({ min: 1, max: 25 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(
        fc.record({
          refs: fc.array(
            fc.oneof(
              fc.integer({ min: 0, max: n - 1 }).map((i) => `m${i}`),
              fc.constantFrom('gone1', 'gone2'),
            ),
            {
              maxLength: 4,
            },
          ),
          subject: fc.constantFrom(...SUBJECTS),
          at: fc.integer({ min: 0, max: 10 }),
        }),
        { minLength: n, maxLength: n },
      ),
    ),
  )
  .map(([, rows]) =>
    rows.map(
      (r, i): ThreadInput => ({ id: `m${i}`, references: r.refs, subject: r.subject, at: r.at * 1000 }),
    ),
  );

/** Each message's place keyed by id: parent id, thread, reply. */
function placesById(messages: readonly ThreadInput[], bySubject: boolean): Record<string, string> {
  const places = threadMessages(messages, bySubject);
  const out: Record<string, string> = {};
  messages.forEach((msg, i) => {
    const p = places[i] as (typeof places)[number];
    out[msg.id] =
      `${p.parent < 0 ? '-' : (messages[p.parent] as ThreadInput).id} ${p.thread} ${p.reply} ${p.bySubject}`;
  });
  return out;
}

describe('threadMessages (property)', () => {
  it('does not depend on the order of the messages', () => {
    fc.assert(
      fc.property(
        archive.chain((messages) =>
          fc.tuple(
            fc.constant(messages),
            fc.shuffledSubarray(messages, { minLength: messages.length, maxLength: messages.length }),
          ),
        ),
        fc.boolean(),
        ([messages, shuffled], bySubject) => {
          expect(placesById(shuffled, bySubject)).toEqual(placesById(messages, bySubject));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('makes no cycle, and a reply is in its parent’s thread and is marked a reply', () => {
    fc.assert(
      fc.property(archive, fc.boolean(), (messages, bySubject) => {
        const places = threadMessages(messages, bySubject);
        places.forEach((p, i) => {
          let steps = 0;
          for (let x = i; x >= 0; x = (places[x] as (typeof places)[number]).parent) {
            steps++;
            expect(steps).toBeLessThanOrEqual(messages.length);
          }
          if (p.parent >= 0) {
            expect(p.thread).toBe(places[p.parent]?.thread);
            expect(p.reply).toBe(true);
          } else if (!p.reply) expect(p.thread).toBe(messages[i]?.id);
        });
      }),
      { numRuns: 300 },
    );
  });
});
