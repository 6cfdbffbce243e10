import { MultiUndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import * as health from '../../src/health/index.js';
import * as matching from '../../src/matching/index.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { createRng } from '../../src/model/rng.js';
import { serializeCommunity } from '../../src/model/serializeCommunity.js';
import * as report from '../../src/report/index.js';
import * as roles from '../../src/roles/index.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import * as skills from '../../src/skills/index.js';
import * as stakeholders from '../../src/stakeholders/index.js';
import * as fuzz from './internal/hostileValues.js';

/**
 * Calls every public function of roles, skills, stakeholders, matching,
 * health and report with arguments drawn (with a fixed seed) from a pool of
 * bad and hostile values — raw JSON instead of a parsed community, ids named
 * after Object.prototype properties, misspelled options, huge numbers,
 * NaN, multigraphs — and checks that nothing but a CommunityKitError
 * escapes. Objects with an `add` method (accumulators) get bad rows too.
 */

const CALLS_PER_FUNCTION = 25;

const parsed = sampleCommunity({ seed: 3, members: 12, months: 2, asOf: new Date('2025-06-01T00:00:00Z') });
const raw = JSON.parse(JSON.stringify(serializeCommunity(parsed))) as unknown;
const tiny = parseCommunity({
  name: 'tiny',
  members: [{ id: 'alice', joinedAt: '2024-01-01' }, { id: 'bob' }],
  activities: [
    { id: 'a1', memberId: 'alice', at: '2024-02-01', kind: 'post', thread: 't' },
    { id: 'a2', memberId: 'bob', at: '2024-02-02', kind: 'reply', thread: 't', replyTo: 'a1' },
  ],
});
/** A parsed community edited afterwards to hold ids a parse would refuse. */
const prototypeIds = {
  ...tiny,
  members: [...tiny.members, { ...(tiny.members[1] as object), id: 'valueOf' }],
  activities: [
    ...tiny.activities,
    { ...(tiny.activities[1] as object), id: 'a3', memberId: 'hasOwnProperty' },
  ],
};
const graph = stakeholders.interactionGraph(parsed);
const ties = stakeholders.interactionTies(parsed);
const protoTies = { nodes: ['a', '__proto__', 'valueOf'], source: [0, 1], target: [1, 2], weight: [1, 1] };
const multigraph = new MultiUndirectedGraph();
multigraph.mergeEdge('alice', 'bob', { weight: 1 });
multigraph.addEdge('alice', 'bob', { weight: 2 });
const log = health.activityLog(parsed);
const asOf = new Date('2025-06-01T00:00:00Z');

const pool: unknown[] = [
  ...fuzz.HOSTILE_SCALARS,
  ...fuzz.HOSTILE_OBJECTS,
  [[1, 2], [3]],
  [[Number.NaN]],
  asOf,
  raw,
  { ...(raw as object), members: 'nope' },
  parsed,
  tiny,
  prototypeIds,
  graph,
  multigraph,
  ties,
  protoTies,
  log,
  parsed.activities,
  (raw as { activities: unknown[] }).activities,
  { asOf },
  { asOf: 'garbage' },
  { at: asOf },
  { asOf, tpo: 3 },
  { days: 1e9, asOf },
  { windowDays: 1e9, at: asOf },
  { from: '0000-01-01', asOf: '9999-12-31', unit: 'year' },
  { by: 'toString' },
  { top: -1 },
  { top: 1e308 },
  { seed: 'abc' },
  { weights: { skills: 1e308, interests: 1e308 }, asOf },
  { unit: 'fortnight' },
  { sections: ['summary', 'nope'] },
  { id: 'valueOf', memberId: 'toString', at: asOf, kind: 'post' },
  { nodes: 5 },
  { title: 'x', sections: 'nope' },
  { title: 'x', sections: [{ id: 'x' }] },
];

const functions = fuzz.publicFunctions({ roles, skills, stakeholders, matching, health, report });

/** What escaped from a call, or undefined when it returned or threw a CommunityKitError. */
function escaped(call: () => unknown): string | undefined {
  try {
    const result = call() as { add?: unknown } | undefined;
    return undefined === result ? undefined : escapedFromMethods(result);
  } catch (error) {
    return fuzz.escapedError(error);
  }
}

/** Bad rows into accumulators: each `add`, then `result`. */
function escapedFromMethods(result: unknown): string | undefined {
  if (typeof result !== 'object' || result === null) return undefined;
  const r = result as { add?: unknown; result?: unknown };
  if (typeof r.add !== 'function' || typeof r.result !== 'function') return undefined;
  for (const row of [null, undefined, 5, 'x', {}, { t: Number.NaN }, [1], log]) {
    const e = escaped(() => (r.add as fuzz.Fn).call(r, row));
    if (e !== undefined) return `add(${typeof row}): ${e}`;
  }
  return escaped(() => (r.result as fuzz.Fn).call(r));
}

describe('public functions on hostile input (fuzz, fixed seed)', () => {
  it('finds every public function to call', () => {
    expect(functions.length).toBeGreaterThan(80);
  });

  it('no public function of roles, skills, stakeholders, matching, health or report lets anything but a CommunityKitError escape', () => {
    const rng = createRng(fuzz.FUZZ_SEED);
    const pick = (): unknown => pool[Math.floor(rng() * pool.length)];
    const failures = new Map<string, string>();
    for (const [name, fn] of functions) {
      for (let k = 0; k < CALLS_PER_FUNCTION && !failures.has(name); k++) {
        const arity = Math.floor(rng() * 4);
        const args = Array.from({ length: arity }, pick);
        const e = escaped(() => fn(...args));
        if (e !== undefined) failures.set(name, `${e} ← args ${args.map(describeValue).join(', ')}`);
      }
    }
    expect(Object.fromEntries(failures)).toEqual({});
  });

  it('no public function lets anything but a CommunityKitError escape when one argument is hostile and the first is good', () => {
    const failures = new Map<string, string>();
    for (const [name, fn] of functions)
      for (const first of [undefined, tiny]) {
        for (const v of pool) {
          if (failures.has(name)) break;
          const args = first === undefined ? [v] : [first, v];
          const e = escaped(() => fn(...args));
          if (e !== undefined) failures.set(name, `${e} ← args ${args.map(describeValue).join(', ')}`);
        }
      }
    expect(Object.fromEntries(failures)).toEqual({});
  });
});

function describeValue(v: unknown): string {
  const i = pool.indexOf(v);
  return i >= 0 ? `pool[${i}]` : typeof v;
}
