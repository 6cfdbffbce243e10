import { describe, expect, it } from 'vitest';
import * as model from '../../src/model/index.js';
import { createRng } from '../../src/model/rng.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import * as fuzz from './internal/hostileValues.js';
import { mutateText } from './internal/mutations.js';

/**
 * The model on hostile input, with a fixed seed: a valid community file
 * mutated (truncated, garbled, ids replaced by `__proto__`/`valueOf`, dates
 * moved to the ends of time, numbers made huge, JSON values swapped for
 * values of another shape) goes through safeParseCommunity, and what parses
 * survives serializeCommunity → parseCommunity unchanged and dataCoverage;
 * every public model function called with hostile values throws nothing but
 * a CommunityKitError.
 */

const CASES = fuzz.fuzzCases(150);

const community = sampleCommunity({
  seed: 4,
  members: 12,
  months: 2,
  asOf: new Date('2025-06-01T00:00:00Z'),
});
const text = JSON.stringify(model.serializeCommunity(community));

/** What escaped a call: undefined when it returned or threw a CommunityKitError. */
function escaped(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    return fuzz.escapedError(error);
  }
}

/** Parses the text as JSON (the test's own parse: a JSON error is the mutation's, not the model's). */
function json(t: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(t) };
  } catch {
    return { ok: false };
  }
}

describe('the model on mutated community files (fuzz, fixed seed)', () => {
  it('the starting file parses, round-trips and has a coverage', () => {
    const parsed = model.parseCommunity(JSON.parse(text));
    expect(model.serializeCommunity(parsed)).toEqual(JSON.parse(text)); // the same values (keys may come in another order)
    expect(model.dataCoverage(parsed).signals.activity.count).toBe(community.activities.length);
  });

  it('safeParseCommunity never throws; whatever parses round-trips through serializeCommunity and has a dataCoverage', () => {
    const rng = createRng(fuzz.FUZZ_SEED);
    const failures: string[] = [];
    let parsedCount = 0;
    for (let k = 0; k < CASES && failures.length === 0; k++) {
      const m = mutateText(text, rng);
      const input = json(m.text);
      if (!input.ok) continue;
      let result: ReturnType<typeof model.safeParseCommunity> | undefined;
      const e = escaped(() => {
        result = model.safeParseCommunity(input.value);
      });
      if (e !== undefined) {
        failures.push(`${m.how}: safeParseCommunity threw ${e}`);
        continue;
      }
      if (result === undefined || !result.success) continue;
      parsedCount++;
      const parsed = result.data;
      const round = escaped(() => {
        const once = JSON.stringify(model.serializeCommunity(parsed));
        const twice = JSON.stringify(model.serializeCommunity(model.parseCommunity(JSON.parse(once))));
        if (once !== twice) throw new Error('the round trip changed the community');
      });
      if (round !== undefined) failures.push(`${m.how}: round trip: ${round}`);
      const coverage = escaped(() => model.dataCoverage(parsed));
      if (coverage !== undefined) failures.push(`${m.how}: dataCoverage: ${coverage}`);
    }
    expect(failures).toEqual([]);
    // Many mutations leave a valid community (a date moved, an id renamed): the round trip is exercised.
    expect(parsedCount).toBeGreaterThan(CASES / 10);
  });
});

const pool: unknown[] = [
  ...fuzz.HOSTILE_SCALARS,
  ...fuzz.HOSTILE_OBJECTS,
  '0000-02-29',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  new Date('0099-06-01T00:00:00Z'),
  { name: 'x', members: [{ id: 'valueOf' }, { id: 'valueOf' }] },
  { name: 'x', members: [{ id: 'a', joinedAt: 'not a date' }, { id: 'a' }] },
  { name: 'x', members: 'nope' },
  JSON.parse(text),
  community,
  { signals: {} },
  'quarter',
  'fortnight',
];

/**
 * Model functions that let a raw TypeError, RangeError or SyntaxError escape
 * on a hostile argument: none (the 20 this test first found now check their
 * arguments). A name appearing here is a regression.
 */
const KNOWN_MODEL_ESCAPES: string[] = [];

describe('model functions on hostile arguments (fuzz, fixed seed)', () => {
  it('no public model function lets anything but a CommunityKitError escape, except the known ones listed for the model', () => {
    const functions = fuzz
      .publicFunctions({ model })
      .map(([name, fn]): [string, fuzz.Fn] => [name.slice(6), fn]);
    expect(functions.length).toBeGreaterThan(20);
    const rng = createRng(fuzz.FUZZ_SEED);
    const pick = (): unknown => pool[Math.floor(rng() * pool.length)];
    const failures: Record<string, string> = {};
    for (const [name, fn] of functions) {
      for (const v of pool) {
        const e = escaped(() => fn(v));
        if (e !== undefined) {
          failures[name] = `${e} ← pool[${pool.indexOf(v)}]`;
          break;
        }
      }
      for (let k = 0; k < 30 && failures[name] === undefined; k++) {
        const args = [pick(), pick(), pick()];
        const e = escaped(() => fn(...args));
        if (e !== undefined)
          failures[name] = `${e} ← ${args.map((a) => `pool[${pool.indexOf(a)}]`).join(', ')}`;
      }
    }
    expect(Object.keys(failures).sort()).toEqual(KNOWN_MODEL_ESCAPES);
    // parseCommunity and safeParseCommunity, the model's boundary, are not among them.
    expect(failures.parseCommunity).toBeUndefined();
    expect(failures.safeParseCommunity).toBeUndefined();
  });
});
