/** Runs every bench/*.bench.ts (or those whose name contains an argument). */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Bench, createBench } from './harness.js';

const dir = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

process.stdout.write(`community-kit benchmarks — node ${process.version}, ${new Date().toISOString()}\n`);
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n## ${name}\n`);
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    default: (b: Bench) => Promise<void> | void;
  };
  await mod.default(createBench(name));
}
