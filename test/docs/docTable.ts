import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The cells of the table rows (those whose first cell is `code`) between
 * `<!-- name:start -->` and `<!-- name:end -->` in docs/<file>, trimmed: for
 * tests that check a doc's table against the code's table it documents.
 */
export function docTableRows(file: string, name: string): string[][] {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', file), 'utf8');
  const block = doc.slice(doc.indexOf(`<!-- ${name}:start -->`), doc.indexOf(`<!-- ${name}:end -->`));
  return block
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );
}
