/** An in-memory CliIo for CLI tests: files as text or bytes keyed by path; directories are path prefixes. */
import type { CliIo } from '../../src/cli/cliIo.js';

export function fakeIo(files: Record<string, string | Uint8Array> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const missing = (path: string) => new Error(`ENOENT: no such file or directory, open '${path}'`);
  const bytes = (path: string): Uint8Array => {
    const f = files[path];
    if (f === undefined) throw missing(path);
    return typeof f === 'string' ? new TextEncoder().encode(f) : f;
  };
  const under = (dir: string) =>
    Object.keys(files)
      .filter((p) => p.startsWith(`${dir.replace(/\/$/, '')}/`))
      .sort();
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    stderrIsTty: false,
    readFile: (path) => {
      const f = files[path];
      if (f === undefined) throw missing(path);
      return typeof f === 'string' ? f : new TextDecoder().decode(f);
    },
    writeFile: async (path, content) => {
      written[path] = content;
    },
    readStream: (path) => {
      const b = bytes(path);
      return (async function* () {
        // Small chunks, so importers are tested across chunk boundaries.
        for (let i = 0; i < b.length; i += 7) yield b.subarray(i, i + 7);
      })();
    },
    isDirectory: (path) => {
      if (files[path] !== undefined) return false;
      if (under(path).length > 0) return true;
      throw missing(path);
    },
    listFiles: (dir) => under(dir),
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
