/**
 * The assertions the doc-examples runner writes for `// →` and `// ≈` results
 * (see docExamples.ts for the conventions). Imported by the generated files.
 */
import { expect } from 'vitest';

/** Stands for the elements or properties an example leaves out (`…` inside `{}` or `[]`). */
export const __more: unique symbol = Symbol('…');

interface Asymmetric {
  asymmetricMatch(other: unknown): boolean;
  toString(): string;
  toAsymmetricMatcher(): string;
}

/** A number written with d decimals in a `// ≈` result: equal once rounded to d decimals. */
export function __near(value: number, decimals: number): Asymmetric {
  const tolerance = 0.5 * 10 ** -decimals + Number.EPSILON * Math.abs(value) * 4;
  const text = `≈ ${value.toFixed(decimals)}`;
  return {
    asymmetricMatch: (other) => typeof other === 'number' && Math.abs(other - value) <= tolerance,
    toString: () => text,
    toAsymmetricMatcher: () => text,
  };
}

function startsWith(prefix: unknown[]): Asymmetric {
  return {
    asymmetricMatch: (other) =>
      Array.isArray(other) &&
      other.length >= prefix.length &&
      prefix.every((p, i) => {
        try {
          expect(other[i]).toEqual(p);
          return true;
        } catch {
          return false;
        }
      }),
    toString: () => `an array starting with ${prefix.length} given elements`,
    toAsymmetricMatcher: () => `[${prefix.map(String).join(', ')}, …]`,
  };
}

/** The written result as a vitest expectation: `…` in an object = other properties allowed, at the end of an array = more elements. */
function toExpected(value: unknown): unknown {
  if (Array.isArray(value)) {
    const more = value.length > 0 && value[value.length - 1] === __more;
    if (value.slice(0, -1).includes(__more)) throw new Error('`…` may only end an array in a `// →` result');
    const items = (more ? value.slice(0, -1) : value).map(toExpected);
    return more ? startsWith(items) : items;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string | symbol, unknown>;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(record)) copy[key] = toExpected(record[key]);
    return __more in record ? expect.objectContaining(copy) : copy;
  }
  return value;
}

/** A value written the way `// →` results are (single quotes, `Date …`), for failure messages. */
export function writtenAs(value: unknown, depth = 0): string {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date ${value.toISOString()}`;
  if (typeof value === 'string')
    return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  if (value === null || typeof value !== 'object') return String(value);
  if (depth > 6) return '…';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 12).map((v) => writtenAs(v, depth + 1));
    return `[${[...shown, ...(value.length > 12 ? ['…'] : [])].join(', ')}]`;
  }
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Set) return `Set(${value.size})`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : `'${k}'`}: ${writtenAs(v, depth + 1)}`,
  );
  return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
}

/** `expr; // → value`: the example's result deep-equals the written value. */
export function __check(actual: unknown, expected: unknown, where: string): void {
  expect(
    actual,
    `${where}: the result written after // → is not what the code returns, which is // → ${writtenAs(actual)}`,
  ).toEqual(toExpected(expected));
}
