/** The header fields of a message the adapter reads, and where its body starts. */
export interface HeaderFields {
  /** Field values by lower-case name (the first occurrence), unfolded, white space at both ends trimmed. */
  fields: Map<string, string>;
  /** Offset of the body (after the blank line), or the message's length when it has none. */
  bodyStart: number;
}

/** The fields the adapter reads; others are not decoded. */
const WANTED = new Set([
  'from',
  'sender',
  'date',
  'subject',
  'message-id',
  'in-reply-to',
  'references',
  'list-id',
  'content-type',
  'content-transfer-encoding',
]);

const latin1 = new TextDecoder('latin1');
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const windows1252 = new TextDecoder('windows-1252');

/** `s` without spaces and tabs at both ends (the only padding RFC 5322 has in a field body). */
function trimWsp(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 32 || s.charCodeAt(a) === 9)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 32 || s.charCodeAt(b - 1) === 9)) b--;
  return s.slice(a, b);
}

/**
 * One raw header line as text: ASCII as it is; 8-bit bytes as UTF-8 when they
 * are UTF-8 (RFC 6532), else as Windows-1252 — the legacy single-byte reading
 * postal-mime gives raw header lines too.
 */
function lineText(bytes: Uint8Array): string {
  for (let i = 0; i < bytes.length; i++) {
    if ((bytes[i] as number) >= 0x80) {
      try {
        return utf8.decode(bytes);
      } catch {
        return windows1252.decode(bytes);
      }
    }
  }
  return latin1.decode(bytes);
}

/**
 * The header block of a raw message, split into fields: lines up to the
 * first empty line; a line starting with a space or tab continues the field
 * above it (unfolding drops the line break, RFC 5322 §2.2.3); a field name is
 * what comes before the first colon. Only the fields in {@link WANTED} are
 * kept, the first of each name (as postal-mime reads them).
 *
 * @param bytes - the raw message
 * @returns the fields and the offset of the body
 */
export function headerFields(bytes: Uint8Array): HeaderFields {
  const fields = new Map<string, string>();
  let name = '';
  let value = '';
  let p = 0;
  const n = bytes.length;
  while (p < n) {
    let nl = bytes.indexOf(0x0a, p);
    if (nl < 0) nl = n;
    const end = nl > p && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
    if (end === p) {
      if (name !== '' && !fields.has(name)) fields.set(name, trimWsp(value));
      return { fields, bodyStart: Math.min(nl + 1, n) };
    }
    const first = bytes[p];
    if (first === 0x20 || first === 0x09) {
      if (name !== '') value += lineText(bytes.subarray(p, end));
    } else {
      if (name !== '' && !fields.has(name)) fields.set(name, trimWsp(value));
      name = '';
      let colon = p;
      while (colon < end && bytes[colon] !== 0x3a) colon++;
      if (colon > p && colon < end) {
        const key = wantedName(bytes, p, colon);
        if (key !== undefined) {
          name = key;
          value = lineText(bytes.subarray(colon + 1, end));
        }
      }
    }
    p = nl + 1;
  }
  if (name !== '' && !fields.has(name)) fields.set(name, trimWsp(value));
  return { fields, bodyStart: n };
}

/** The wanted names by length. */
const WANTED_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const out: string[][] = [];
  for (const name of WANTED) (out[name.length] ??= []).push(name);
  return out;
})();

/** The wanted field name (lower case) that `bytes[from, to)` spells in any case, or undefined (no string is made for other names). */
function wantedName(bytes: Uint8Array, from: number, to: number): string | undefined {
  const names = WANTED_BY_LENGTH[to - from];
  if (names === undefined) return undefined;
  for (const name of names) {
    let i = 0;
    for (; i < name.length; i++) {
      const b = bytes[from + i] as number;
      const c = name.charCodeAt(i);
      if (b !== c && !(c >= 0x61 && c <= 0x7a && b === c - 0x20)) break;
    }
    if (i === name.length) return name;
  }
  return undefined;
}
