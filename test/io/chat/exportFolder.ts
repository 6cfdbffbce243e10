/** Test helpers: a fixture folder as export files, and as a ZIP built with fflate. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import type { ExportFile } from '../../../src/io/chat/exportInput.js';

/** Every file under `dir`, sorted by path, as `{ path, bytes }` with paths relative to `dir` (optionally under `prefix`). */
export function folderFiles(dir: string, prefix = ''): ExportFile[] {
  const out: ExportFile[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else
        out.push({
          path: prefix + relative(dir, p).split('\\').join('/'),
          bytes: new Uint8Array(readFileSync(p)),
        });
    }
  };
  walk(dir);
  return out;
}

/** The files as a ZIP archive (deflated, as Slack writes it). */
export function zipFiles(files: readonly ExportFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files)
    entries[f.path] = f.bytes instanceof Uint8Array ? f.bytes : new TextEncoder().encode(f.text ?? '');
  return zipSync(entries, { level: 6 });
}

/** `bytes` as an async stream of chunks of `size` bytes. */
export async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** A text file entry. */
export const textFile = (path: string, text: string): ExportFile => ({ path, text });
