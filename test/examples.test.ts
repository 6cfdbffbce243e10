import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const dir = join(__dirname, '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('examples', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });
  for (const file of examples) {
    it(`examples/${file} runs and prints something`, async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      await import(join(dir, file));
      expect(log).toHaveBeenCalled();
    });
  }
});
