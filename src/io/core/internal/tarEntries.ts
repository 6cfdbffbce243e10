/*
 * A small streaming reader of tar archives (POSIX ustar, with the GNU long-name
 * and pax path extensions), for exports that come as a .tar.gz (Zulip's
 * organisation export). Neither fflate nor any other dependency reads tar, and
 * the format is simple: 512-byte headers, each followed by the file's bytes
 * padded to 512, and two zero blocks at the end. Gunzipping is the caller's
 * (byteChunks does it). Memory holds one wanted file at a time.
 */

const BLOCK = 512;

/** Thrown for bytes that are not a tar archive, or one that is truncated or corrupt; the caller says which file. */
export class TarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarFormatError';
  }
}

/** One regular file of a tar archive: its path, and its bytes when `wanted` said so. */
export interface TarEntry {
  path: string;
  bytes: Uint8Array | undefined;
}

/** Reads exact byte counts from a stream of chunks. */
class ByteReader {
  private chunk: Uint8Array = new Uint8Array(0);
  private at = 0;
  constructor(private readonly it: AsyncIterator<Uint8Array>) {}

  /** Whether bytes remain (pulls the next chunk when the current one is used up). */
  private async fill(): Promise<boolean> {
    while (this.at >= this.chunk.length) {
      const next = await this.it.next();
      if (next.done) return false;
      this.chunk = next.value;
      this.at = 0;
    }
    return true;
  }

  /** The next `n` bytes, or fewer when the stream ends first. */
  async read(n: number): Promise<Uint8Array> {
    if (!(await this.fill())) return new Uint8Array(0);
    if (this.chunk.length - this.at >= n) {
      this.at += n;
      return this.chunk.subarray(this.at - n, this.at);
    }
    const out = new Uint8Array(n);
    let got = 0;
    while (got < n && (await this.fill())) {
      const k = Math.min(n - got, this.chunk.length - this.at);
      out.set(this.chunk.subarray(this.at, this.at + k), got);
      this.at += k;
      got += k;
    }
    return got === n ? out : out.subarray(0, got);
  }

  /** Skips `n` bytes; false when the stream ends first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      if (!(await this.fill())) return false;
      const k = Math.min(left, this.chunk.length - this.at);
      this.at += k;
      left -= k;
    }
    return true;
  }
}

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8');

/** A NUL-terminated text field of a header. */
const text = (h: Uint8Array, from: number, len: number): string => {
  const f = h.subarray(from, from + len);
  const end = f.indexOf(0);
  return utf8.decode(end < 0 ? f : f.subarray(0, end));
};

/** A numeric field: octal digits (spaces and NULs around them), or GNU base-256 when the high bit is set. */
function number(h: Uint8Array, from: number, len: number): number {
  if (((h[from] as number) & 0x80) !== 0) {
    let v = (h[from] as number) & 0x7f;
    for (let i = from + 1; i < from + len; i++) v = v * 256 + (h[i] as number);
    return v;
  }
  const s = latin1
    .decode(h.subarray(from, from + len))
    .replace(/[\0 ]+$/, '')
    .trim();
  return /^[0-7]+$/.test(s) ? Number.parseInt(s, 8) : Number.NaN;
}

/** Whether the header's checksum (the byte sum with the checksum field read as spaces) matches. */
function checksumOk(h: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] as number);
  return number(h, 148, 8) === sum;
}

/** The `path` record of a pax extended header: records "<length in bytes> <key>=<value>\n". */
function paxPath(data: Uint8Array): string | undefined {
  let i = 0;
  let path: string | undefined;
  while (i < data.length) {
    const space = data.indexOf(0x20, i);
    if (space < 0) break;
    const len = Number.parseInt(latin1.decode(data.subarray(i, space)), 10);
    if (!(len > space - i) || i + len > data.length) break;
    const record = utf8.decode(data.subarray(space + 1, i + len - 1));
    if (record.startsWith('path=')) path = record.slice(5);
    i += len;
  }
  return path;
}

/**
 * The regular files of a tar archive, in archive order: directories, links
 * and devices are passed over; GNU long names (`L`) and pax `path` records
 * (`x`) name the entry after them. `wanted(path)` says which files' bytes to
 * keep (at most `maxBytes` each); the others are skipped without being held.
 *
 * @param chunks - the archive's bytes (already gunzipped)
 * @param wanted - which paths to read
 * @param maxBytes - the largest file read
 * @returns the files, one at a time
 * @throws {@link TarFormatError} for bytes that are not tar, a bad header checksum, or an archive that ends inside a header or a file
 */
export async function* tarEntries(
  chunks: AsyncIterable<Uint8Array>,
  wanted: (path: string) => boolean,
  maxBytes: number,
): AsyncGenerator<TarEntry> {
  const r = new ByteReader(chunks[Symbol.asyncIterator]());
  let nextPath: string | undefined;
  for (let index = 0; ; index++) {
    const h = await r.read(BLOCK);
    // Archives should end with two zero blocks; many writers stop at one, or at the last file.
    if (h.length === 0) return;
    if (h.length < BLOCK)
      throw new TarFormatError(
        index === 0
          ? 'not a tar archive (shorter than one 512-byte header)'
          : `the tar archive ends inside a header (entry ${index + 1}; truncated)`,
      );
    if (h.every((b) => b === 0)) return;
    if (!checksumOk(h))
      throw new TarFormatError(
        index === 0
          ? 'not a tar archive (its first 512 bytes are not a tar header)'
          : `corrupt tar archive: bad header checksum at entry ${index + 1}`,
      );
    const size = number(h, 124, 12);
    if (!Number.isFinite(size))
      throw new TarFormatError(`corrupt tar archive: bad size at entry ${index + 1}`);
    const type = String.fromCharCode(h[156] as number);
    const ustar = latin1.decode(h.subarray(257, 262)) === 'ustar';
    const prefix = ustar ? text(h, 345, 155) : '';
    const path = nextPath ?? (prefix === '' ? text(h, 0, 100) : `${prefix}/${text(h, 0, 100)}`);
    const padded = Math.ceil(size / BLOCK) * BLOCK;
    const regular = type === '0' || type === '\0' || type === '7';
    const meta = type === 'L' || type === 'x';
    const keep = regular && wanted(path);
    if (meta && size > 1 << 20)
      throw new TarFormatError(`corrupt tar archive: a ${size}-byte name record at entry ${index + 1}`);
    if (keep && size > maxBytes)
      throw new TarFormatError(`${path} is larger than ${Math.round(maxBytes / 2 ** 20)} MB`);
    if (meta || keep) {
      const data = await r.read(size);
      if (data.length < size || !(await r.skip(padded - size)))
        throw new TarFormatError(`the tar archive ends inside ${path} (truncated)`);
      if (type === 'L') nextPath = text(data, 0, data.length);
      else if (type === 'x') nextPath = paxPath(data) ?? nextPath;
      else {
        nextPath = undefined;
        yield { path, bytes: data.slice() };
      }
      continue;
    }
    if (!(await r.skip(padded))) throw new TarFormatError(`the tar archive ends inside ${path} (truncated)`);
    nextPath = undefined;
    if (regular) yield { path, bytes: undefined };
  }
}
