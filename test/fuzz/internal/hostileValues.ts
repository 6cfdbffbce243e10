/**
 * What the fuzz tests share: the values a careless or hostile JavaScript
 * caller passes where a typed argument belongs, the list of a module's
 * public functions, and the check that only a CommunityKitError escapes.
 */
import { isCommunityKitError } from '../../../src/model/errors.js';

/** Scalars of every kind, the extremes, and strings named after Object.prototype. */
export const HOSTILE_SCALARS: readonly unknown[] = [
  undefined,
  null,
  0,
  -1,
  1e308,
  Number.NaN,
  Number.NEGATIVE_INFINITY,
  10n,
  '',
  'garbage',
  '__proto__',
  'valueOf',
  'toString',
  true,
];

/** Objects of the wrong shape: empty and nested arrays, a prototype-polluting key, no prototype, a function, a symbol, an invalid Date. */
export const HOSTILE_OBJECTS: readonly unknown[] = [
  [],
  [null],
  [1, 'x', {}],
  {},
  JSON.parse('{"__proto__": {"polluted": true}}'),
  Object.create(null),
  () => 1,
  Symbol('x'),
  new Date(Number.NaN),
];

/** A function of a module. */
export type Fn = (...args: unknown[]) => unknown;

/** Every exported function of the modules that is not a class or a zod schema, as `module.name`, sorted. */
export function publicFunctions(modules: Record<string, Record<string, unknown>>): [string, Fn][] {
  return Object.entries(modules)
    .flatMap(([module, exports]) =>
      Object.entries(exports)
        .filter(
          ([, v]) =>
            typeof v === 'function' &&
            !/^class\b/.test(Function.prototype.toString.call(v)) &&
            !('safeParse' in (v as object)),
        )
        .map(([name, v]) => [`${module}.${name}`, v as Fn] as [string, Fn]),
    )
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

/** How an error that escaped reads in a failure: undefined for a CommunityKitError (the allowed kind). */
export function escapedError(error: unknown): string | undefined {
  if (isCommunityKitError(error)) return undefined;
  const e = error as Error;
  return `${e?.name}: ${String(e?.message).slice(0, 200)}`;
}

/** The fuzz tests' seed: fixed in CI; `FUZZ_SEED=n` explores further by hand. */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261206);

/** How many cases a fuzz loop runs: `fallback` in CI (a budget of seconds); `FUZZ_CASES=n` explores further by hand. */
export const fuzzCases = (fallback: number): number => Number(process.env.FUZZ_CASES ?? fallback);
