/**
 * Mutations of a valid input text for the fuzz tests: each keeps most of the
 * file and breaks one thing the way real files break (or hostile ones do).
 */

/** The name of a mutation (said in a failure). */
export type Mutation = string;

const HOSTILE_IDS = ['__proto__', 'valueOf', 'constructor', 'toString', 'hasOwnProperty', 'prototype'];
const FAR_DATES = [
  '0000-01-01T00:00:00Z',
  '0000-02-29',
  '9999-12-31T23:59:59Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01',
  '1969-12-31T23:59:59.999Z',
  '2024-02-30',
  '2024-13-01',
];
const HUGE_NUMBERS = [
  '1e308',
  '-1e308',
  '9007199254740993',
  '1e21',
  '-1',
  '0',
  '1.5',
  '99999999999999999999',
];
const SHAPES = ['null', '[]', '{}', '"x"', '0', 'true', '[[[]]]', '{"__proto__":{"polluted":1}}', '-1e308'];

const pick = <T>(list: readonly T[], rng: () => number): T => list[Math.floor(rng() * list.length)] as T;

/** Replaces the `n`-th match of `re` (global) in `text` by `replacement`; the text unchanged when there is none. */
function replaceOne(text: string, re: RegExp, rng: () => number, replacement: (m: string) => string): string {
  const matches = [...text.matchAll(re)];
  if (matches.length === 0) return text;
  const m = pick(matches, rng);
  const at = m.index ?? 0;
  return text.slice(0, at) + replacement(m[0]) + text.slice(at + m[0].length);
}

/** A JSON value of the text with one node replaced by a value of another shape (undefined when not JSON). */
function reshapedJson(text: string, rng: () => number): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const nodes: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v))
      v.forEach((x, i) => {
        nodes.push({ parent: v, key: i });
        walk(x);
      });
    else if (typeof v === 'object' && v !== null)
      for (const [k, x] of Object.entries(v)) {
        nodes.push({ parent: v as Record<string, unknown>, key: k });
        walk(x);
      }
  };
  walk(value);
  if (nodes.length === 0) return pick(SHAPES, rng);
  const n = pick(nodes, rng);
  (n.parent as Record<string | number, unknown>)[n.key] = JSON.parse(pick(SHAPES, rng));
  return JSON.stringify(value);
}

/** One mutation of `text`, chosen with `rng`, and its name. */
export function mutateText(text: string, rng: () => number): { text: string; how: Mutation } {
  const r = rng();
  if (r < 0.2) {
    const at = Math.floor(rng() * text.length);
    return { text: text.slice(0, at), how: `truncated at ${at} of ${text.length}` };
  }
  if (r < 0.3) {
    const at = Math.floor(rng() * text.length);
    const len = 1 + Math.floor(rng() * 40);
    const junk = Array.from({ length: len }, () => String.fromCharCode(Math.floor(rng() * 0x3000))).join('');
    return {
      text: text.slice(0, at) + junk + text.slice(at + len),
      how: `garbled ${len} characters at ${at}`,
    };
  }
  if (r < 0.5) {
    const id = pick(HOSTILE_IDS, rng);
    const out = replaceOne(text, /"[A-Za-z0-9_.@:+-]{1,40}"|[A-Za-z0-9_.@+-]{2,40}/g, rng, (m) =>
      m.startsWith('"') ? `"${id}"` : id,
    );
    return { text: out, how: `a word became ${id}` };
  }
  if (r < 0.65) {
    const date = pick(FAR_DATES, rng);
    const out = replaceOne(
      text,
      /\d{4}-\d{2}-\d{2}(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/g,
      rng,
      () => date,
    );
    return { text: out, how: `a date became ${date}` };
  }
  if (r < 0.8) {
    const n = pick(HUGE_NUMBERS, rng);
    const out = replaceOne(text, /-?\d+(?:\.\d+)?/g, rng, () => n);
    return { text: out, how: `a number became ${n}` };
  }
  const reshaped = reshapedJson(text, rng);
  if (reshaped !== undefined) return { text: reshaped, how: 'a JSON value of another shape' };
  const lines = text.split('\n');
  const k = Math.floor(rng() * lines.length);
  lines.splice(k, 0, lines[Math.floor(rng() * lines.length)] ?? '');
  return { text: lines.join('\n'), how: `line ${k} duplicated from elsewhere` };
}
