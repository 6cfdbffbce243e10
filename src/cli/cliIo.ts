import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Where the CLI reads and writes; injectable for tests. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stderr is a terminal (progress is shown only then). */
  stderrIsTty: boolean;
  readFile: (path: string) => string;
  writeFile: (path: string, content: string) => Promise<void>;
  /** The bytes of a file as a stream of chunks (large exports are never read whole). */
  readStream: (path: string) => AsyncIterable<Uint8Array>;
  /** Whether `path` is a directory (throws when it does not exist). */
  isDirectory: (path: string) => boolean;
  /** The files under a directory, recursively, as paths joined to `dir`, sorted. */
  listFiles: (dir: string) => string[];
}

function listFilesSync(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFilesSync(path));
    else if (entry.isFile()) out.push(path);
  }
  return out.sort();
}

/** The real file system and process streams. */
export const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  stderrIsTty: process.stderr.isTTY === true,
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: async (path, content) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  },
  readStream: (path) => createReadStream(path),
  isDirectory: (path) => statSync(path).isDirectory(),
  listFiles: listFilesSync,
};
