const ESCAPES: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes as UTF-8 when they are UTF-8, else as Latin-1 (one character per byte), so no path is lost to U+FFFD. */
function bytesToText(bytes: number[]): string {
  try {
    return utf8.decode(new Uint8Array(bytes));
  } catch {
    return String.fromCharCode(...bytes);
  }
}

/**
 * A path as git wrote it in `--raw` or `--numstat` output, unquoted: git
 * puts paths with unusual bytes in double quotes with C escapes and octal
 * bytes (`"caf\303\251.md"`, core.quotePath). The bytes are read as UTF-8,
 * or as Latin-1 when they are not UTF-8. Unquoted paths are returned as they are.
 */
export function unquoteGitPath(path: string): string {
  if (path.length < 2 || path.charCodeAt(0) !== 34 || path.charCodeAt(path.length - 1) !== 34) return path;
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 1; i < path.length - 1; i++) {
    const ch = path[i] as string;
    if (ch !== '\\') {
      const code = ch.charCodeAt(0);
      if (code < 128) bytes.push(code);
      else for (const b of encoder.encode(ch)) bytes.push(b);
      continue;
    }
    const next = path[i + 1] ?? '';
    const oct = /^[0-3][0-7]{2}$/.test(path.slice(i + 1, i + 4));
    if (oct) {
      bytes.push(Number.parseInt(path.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (ESCAPES[next] !== undefined) {
      bytes.push(ESCAPES[next] as number);
      i += 1;
    } else bytes.push(92);
  }
  return bytesToText(bytes);
}

/**
 * The old and new paths of a `--numstat` rename (`doc/{a.md => b.md}`,
 * `{old => new}/x`, `a => b`), or only `path` when it is not a rename. Empty
 * sides (`{ => sub}/x`) give `x` and `sub/x`, as git means them.
 */
export function numstatPaths(path: string): { path: string; oldPath?: string } {
  const arrow = path.indexOf(' => ');
  if (arrow < 0) return { path };
  const open = path.lastIndexOf('{', arrow);
  const close = path.indexOf('}', arrow);
  if (open < 0 || close < 0) return { oldPath: path.slice(0, arrow), path: path.slice(arrow + 4) };
  const prefix = path.slice(0, open);
  const suffix = path.slice(close + 1);
  const join = (middle: string): string =>
    middle === '' ? (prefix + suffix.replace(/^\//, '')).replace(/\/$/, '') : prefix + middle + suffix;
  return { oldPath: join(path.slice(open + 1, arrow)), path: join(path.slice(arrow + 4, close)) };
}
