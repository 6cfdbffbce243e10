import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ghArchiveExtract } from '../../../src/io/github/ghArchiveExtract.js';
import { githubExtract } from '../../../src/io/github/githubExtract.js';

const dir = join(__dirname, '..', '..', 'fixtures', 'github');
const hour = readFileSync(join(dir, 'gharchive-2025-11-01-10.json'));
const issues = readFileSync(join(dir, 'issues.json'));

/** `bytes` cut at the given offsets (sorted, deduplicated), as a stream of chunks. */
function chunked(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const c of at) {
    out.push(bytes.subarray(from, c));
    from = c;
  }
  out.push(bytes.subarray(from));
  return out;
}

describe('GitHub adapters read any chunking of a file as the whole file (property)', () => {
  it('ghArchiveExtract: any chunking of an hour file gives the same extract', async () => {
    const whole = JSON.stringify(await ghArchiveExtract([{ name: 'h.json', input: hour }]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const x = await ghArchiveExtract([{ name: 'h.json', input: chunked(hour, cuts) }]);
        expect(JSON.stringify(x)).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('githubExtract: any chunking of a paginated export gives the same extract', async () => {
    const whole = JSON.stringify(await githubExtract([{ name: 'issues.json', input: issues }]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), async (cuts) => {
        const x = await githubExtract([{ name: 'issues.json', input: chunked(issues, cuts) }]);
        expect(JSON.stringify(x)).toBe(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('ghArchiveExtract: the order of the lines does not change the activities', async () => {
    const lines = hour.toString('utf8').trimEnd().split('\n');
    const shape = (x: Awaited<ReturnType<typeof ghArchiveExtract>>) =>
      x.activities.map((a) => [a.id, a.kind, a.at.toISOString(), a.memberId, a.thread, a.replyTo, a.weight]);
    const whole = shape(await ghArchiveExtract([{ name: 'h.json', input: hour }]));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(lines, { minLength: lines.length }), async (shuffled) => {
        // The first line must be an event for the file to be recognised.
        const text = [lines[0], ...shuffled.filter((l) => l !== lines[0])].join('\n');
        expect(shape(await ghArchiveExtract([{ name: 'h.json', input: text }]))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });
});
