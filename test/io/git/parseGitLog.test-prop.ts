import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GitCommit } from '../../../src/io/git/gitCommit.js';
import { gitExtract } from '../../../src/io/git/gitExtract.js';
import { parseGitLog } from '../../../src/io/git/parseGitLog.js';

const bytes = readFileSync(join(__dirname, '..', '..', 'fixtures', 'git', 'quirks.log'));

async function all(input: Parameters<typeof parseGitLog>[0]): Promise<GitCommit[]> {
  const out: GitCommit[] = [];
  for await (const c of parseGitLog(input)) out.push(c);
  return out;
}

/** The bytes cut at the given offsets. */
function cut(data: Uint8Array, offsets: number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (data.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(data.subarray(from, p));
    from = p;
  }
  chunks.push(data.subarray(from));
  return chunks;
}

describe('parseGitLog (properties)', () => {
  it('reads a log cut into chunks anywhere (even inside a UTF-8 character or a CRLF) as the whole text', async () => {
    const whole = await all(bytes.toString('utf8'));
    const crlf = new TextEncoder().encode(bytes.toString('utf8').replace(/\n/g, '\r\n'));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 30 }), fc.boolean(), async (offsets, useCrlf) => {
        expect(await all(cut(useCrlf ? crlf : bytes, offsets))).toEqual(whole);
      }),
      { numRuns: 60 },
    );
  });

  it('gitExtract gives the same extract for any chunking', async () => {
    const whole = JSON.stringify(await gitExtract(bytes.toString('utf8'), { merges: true, weight: 'lines' }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 20 }), async (offsets) => {
        expect(JSON.stringify(await gitExtract(cut(bytes, offsets), { merges: true, weight: 'lines' }))).toBe(
          whole,
        );
      }),
      { numRuns: 30 },
    );
  });
});
