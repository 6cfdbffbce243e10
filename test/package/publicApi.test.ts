import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicApi, publicApiReportPath, renderPublicApi } from '../../scripts/publicApi.js';

describe('etc/public-api.md', () => {
  it('lists exactly what the entry points export (run `npm run api` and commit the result when it differs)', () => {
    const generated = renderPublicApi(publicApi());
    const committed = readFileSync(publicApiReportPath, 'utf8');
    if (committed !== generated) {
      const want = generated.split('\n');
      const have = new Set(committed.split('\n'));
      const had = new Set(want);
      const added = want.filter((l) => !have.has(l)).slice(0, 20);
      const removed = committed
        .split('\n')
        .filter((l) => !had.has(l))
        .slice(0, 20);
      expect.fail(
        [
          'The public API changed: etc/public-api.md is out of date. Run `npm run api`, review the diff and commit it.',
          ...added.map((l) => `+ ${l}`),
          ...removed.map((l) => `- ${l}`),
        ].join('\n'),
      );
    }
    expect(committed).toBe(generated);
  });
});
