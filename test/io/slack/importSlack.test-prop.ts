import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importSlack } from '../../../src/io/slack/importSlack.js';
import { chunked, folderFiles, zipFiles } from '../chat/exportFolder.js';

const fixture = join(__dirname, '..', '..', 'fixtures', 'slack', 'export');

describe('importSlack properties', () => {
  it('gives the same extract whatever the order of the files', async () => {
    const files = folderFiles(fixture);
    const expected = JSON.stringify(await importSlack(files));
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(files, { minLength: files.length }), async (shuffled) => {
        expect(JSON.stringify(await importSlack(shuffled))).toBe(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the same extract from a ZIP whatever the order of its entries and the chunk size', async () => {
    const files = folderFiles(fixture);
    const expected = JSON.stringify(await importSlack(files));
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(files, { minLength: files.length }),
        fc.integer({ min: 1, max: 5000 }),
        async (shuffled, size) => {
          expect(JSON.stringify(await importSlack(chunked(zipFiles(shuffled), size)))).toBe(expected);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('is deterministic: two runs give the same bytes', async () => {
    const files = folderFiles(fixture);
    expect(JSON.stringify(await importSlack(files))).toBe(JSON.stringify(await importSlack(files)));
  });
});
