import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMbox } from '../../../src/io/mbox/readMbox.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'mbox');
const FIXTURES = [
  'basic.mbox',
  'basic-crlf.mbox',
  '2024-January.txt',
  'hyperkitty-thread.mbox',
  'charsets.mbox',
  'broken.mbox',
];
const files = FIXTURES.map((f) => new Uint8Array(readFileSync(join(dir, f))));

/** `bytes` cut at the given fractions into chunks (some empty). */
function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = at.map((f) => Math.floor(f * bytes.length)).sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(bytes.subarray(from, p));
    from = p;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
}

describe('readMbox (property)', () => {
  it('any chunking of the bytes (plain or gzip) gives the same extract as the whole file', async () => {
    const whole = await Promise.all(files.map((b) => readMbox(b).then((e) => JSON.stringify(e))));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: files.length - 1 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 40 }),
        fc.boolean(),
        async (f, at, gzip) => {
          const bytes = gzip ? new Uint8Array(gzipSync(files[f] as Uint8Array)) : (files[f] as Uint8Array);
          const extract = await readMbox(
            (async function* () {
              yield* cut(bytes, at);
            })(),
          );
          expect(JSON.stringify(extract)).toBe(whole[f]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('the order of the messages in the file does not change the threads', async () => {
    const text = readFileSync(join(dir, 'basic.mbox'), 'latin1');
    const messages = text.split(/\n(?=From \S+@example\.org )/).map((m) => (m.endsWith('\n') ? m : `${m}\n`));
    const shape = (e: Awaited<ReturnType<typeof readMbox>>) =>
      e.activities.map((a) => [a.id, a.kind, a.thread, a.replyTo ?? '-', a.text]);
    const expected = shape(await readMbox(text));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(messages, { minLength: messages.length, maxLength: messages.length }),
        async (order) => {
          expect(shape(await readMbox(order.join('\n')))).toEqual(expected);
        },
      ),
      { numRuns: 24 },
    );
  });
});
