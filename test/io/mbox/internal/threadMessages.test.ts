import { describe, expect, it } from 'vitest';
import { type ThreadInput, threadMessages } from '../../../../src/io/mbox/internal/threadMessages.js';

const T0 = Date.UTC(2024, 2, 4, 10);
const HOUR = 3_600_000;

/** A message `id` sent `h` hours after T0, with references and a subject. */
const m = (id: string, h: number, references: string[] = [], subject = 'Topic'): ThreadInput => ({
  id,
  references,
  subject,
  at: T0 + h * HOUR,
});

/** The places as [id, parent id or '-', thread, kind] rows, for readable expectations. */
function rows(messages: ThreadInput[], bySubject = true): [string, string, string, string][] {
  const places = threadMessages(messages, bySubject);
  return messages.map((msg, i) => {
    const p = places[i] as (typeof places)[number];
    return [
      msg.id,
      p.parent < 0 ? '-' : (messages[p.parent] as ThreadInput).id,
      p.thread,
      p.reply ? 'reply' : 'post',
    ];
  });
}

describe('threadMessages (JWZ)', () => {
  it('links a chain by References and In-Reply-To', () => {
    expect(
      rows([
        m('a', 0),
        m('b', 1, ['a'], 'Re: Topic'),
        m('c', 2, ['a', 'b'], 'Re: Topic'),
        m('d', 3, ['a'], 'Re: Topic'),
      ]),
    ).toEqual([
      ['a', '-', 'a', 'post'],
      ['b', 'a', 'a', 'reply'],
      ['c', 'b', 'a', 'reply'],
      ['d', 'a', 'a', 'reply'],
    ]);
  });

  it('a missing parent in the middle: the reply moves up to the nearest message above it', () => {
    // x is referenced but not in the archive: c's parent is a.
    expect(rows([m('a', 0), m('c', 2, ['a', 'x'], 'Re: Topic')])).toEqual([
      ['a', '-', 'a', 'post'],
      ['c', 'a', 'a', 'reply'],
    ]);
  });

  it('a missing thread root with one reply below: the reply heads the thread, as a reply with no parent', () => {
    expect(rows([m('b', 1, ['gone'], 'Re: Old topic')], false)).toEqual([['b', '-', 'b', 'reply']]);
  });

  it('a missing thread root with several replies: the thread is named after the missing message', () => {
    expect(
      rows([
        m('b', 1, ['gone'], 'Re: Old'),
        m('c', 2, ['gone'], 'Re: Old'),
        m('d', 3, ['gone', 'c'], 'Re: Old'),
      ]),
    ).toEqual([
      ['b', '-', 'gone', 'reply'],
      ['c', '-', 'gone', 'reply'],
      ['d', 'c', 'gone', 'reply'],
    ]);
  });

  it('broken References (a wrong entry before the parent) end at the right parent and never move a thread starter', () => {
    // b's References list an unrelated message z before a: JWZ would make a a reply to z;
    // here a's own headers (no references) keep it a thread starter.
    expect(rows([m('a', 0), m('z', 0.5, [], 'Other'), m('b', 1, ['z', 'a'], 'Re: Topic')])).toEqual([
      ['a', '-', 'a', 'post'],
      ['z', '-', 'z', 'post'],
      ['b', 'a', 'a', 'reply'],
    ]);
  });

  it('truncated References (the middle left out) with In-Reply-To last end at the direct parent', () => {
    expect(
      rows([
        m('a', 0),
        m('b', 1, ['a'], 'Re: Topic'),
        m('c', 2, ['a', 'b'], 'Re: Topic'),
        m('d', 3, ['a', 'c'], 'Re: Topic'),
      ]),
    ).toEqual([
      ['a', '-', 'a', 'post'],
      ['b', 'a', 'a', 'reply'],
      ['c', 'b', 'a', 'reply'],
      ['d', 'c', 'a', 'reply'],
    ]);
  });

  it('a message’s own references replace a parent presumed from someone else’s References', () => {
    // c (dated first: a skewed clock) presumes b's parent is x, from c's References; b itself says a.
    expect(rows([m('a', 0), m('c', 0.5, ['x', 'b'], 'Re: Topic'), m('b', 1, ['a'], 'Re: Topic')])).toEqual([
      ['a', '-', 'a', 'post'],
      ['c', 'b', 'a', 'reply'],
      ['b', 'a', 'a', 'reply'],
    ]);
  });

  it('loops in references do not hang and make no cycle', () => {
    const msgs = [m('a', 0, ['b'], 'Re: Loop'), m('b', 1, ['a'], 'Re: Loop'), m('c', 2, ['c', 'c'], 'Self')];
    const out = rows(msgs);
    // a (earliest) takes b as parent first; b's link to a would close a loop and is refused.
    expect(out).toEqual([
      ['a', 'b', 'b', 'reply'],
      ['b', '-', 'b', 'reply'],
      ['c', '-', 'c', 'post'],
    ]);
  });

  it('a 30,000-message linear thread with full References threads every message under the first', () => {
    const n = 30_000;
    const msgs = Array.from({ length: n }, (_, i) =>
      m(
        `c${i}`,
        i / 60,
        i === 0 ? [] : [`c0`, ...(i > 1 ? [`c${i - 2}`] : []), `c${i - 1}`],
        i === 0 ? 'Long' : 'Re: Long',
      ),
    );
    const places = threadMessages(msgs, true);
    expect(places.every((p) => p.thread === 'c0')).toBe(true);
    expect(places.map((p) => p.parent)).toEqual([-1, ...Array.from({ length: n - 1 }, (_, i) => i)]);
  });

  it('a long loop through many references terminates', () => {
    const n = 200;
    const msgs = Array.from({ length: n }, (_, i) =>
      m(`m${i}`, i, [`m${(i + 1) % n}`, `m${(i + 2) % n}`], 'Re: Ring'),
    );
    const places = threadMessages(msgs, true);
    expect(places).toHaveLength(n);
    expect(new Set(places.map((p) => p.thread)).size).toBe(1);
  });

  describe('subject fallback', () => {
    it('a Re: message without references joins the latest earlier thread with that base subject', () => {
      const msgs = [
        m('old', 0, [], 'Weekly call'),
        m('new', 100, [], '[dev] Weekly call'),
        m('r', 101, [], 'Re: [dev] Weekly call'),
        m('early', -1, [], 'RE: weekly  CALL'),
      ];
      expect(rows(msgs)).toEqual([
        ['old', '-', 'old', 'post'],
        ['new', '-', 'new', 'post'],
        ['r', 'new', 'new', 'reply'],
        // sent before any thread with that subject: stays alone, a reply to something not here
        ['early', '-', 'early', 'reply'],
      ]);
      expect(threadMessages(msgs, true)[2]?.bySubject).toBe(true);
    });

    it('is off when asked, and never merges two posts that merely share a subject', () => {
      const msgs = [m('p1', 0, [], 'Question'), m('p2', 5, [], 'Question'), m('r', 6, [], 'Aw: Question')];
      expect(rows(msgs, false).map((r) => r[1])).toEqual(['-', '-', '-']);
      expect(rows(msgs, true)).toEqual([
        ['p1', '-', 'p1', 'post'],
        ['p2', '-', 'p2', 'post'],
        ['r', 'p2', 'p2', 'reply'],
      ]);
    });

    it('a fallback reply carries the messages below it into the thread', () => {
      const msgs = [m('p', 0, [], 'Plan'), m('r', 1, [], 'Re: Plan'), m('rr', 2, ['r'], 'Re: Plan')];
      expect(rows(msgs)).toEqual([
        ['p', '-', 'p', 'post'],
        ['r', 'p', 'p', 'reply'],
        ['rr', 'r', 'p', 'reply'],
      ]);
    });

    it('does not touch replies whose references found their parent, nor Fwd: messages', () => {
      const msgs = [
        m('p', 0, [], 'Plan'),
        m('q', 1, [], 'Other'),
        m('r', 2, ['q'], 'Re: Plan'),
        m('f', 3, [], 'Fwd: Plan'),
      ];
      expect(rows(msgs).map((r) => r[1])).toEqual(['-', '-', 'q', '-']);
    });
  });
});
