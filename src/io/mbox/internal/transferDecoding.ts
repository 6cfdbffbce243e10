/*
 * The two content transfer encodings of text parts (RFC 2045 §6.7, §6.8),
 * decoded to bytes as postal-mime decodes them, so that the common shapes of
 * a message body skip the full MIME parser (see parseMessage's fast path).
 */

const B64 = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++)
  B64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

const isSpace = (b: number): boolean => b === 0x20 || b === 0x09 || b === 0x0d || b === 0x0a;

/**
 * The bytes of a base64 body, or undefined when it is not plain well-formed
 * base64 (only line breaks and spaces between the characters, padding only
 * at the very end): the caller then leaves the body to the MIME parser, which
 * has its own rules for malformed input.
 */
export function decodeBase64Body(body: Uint8Array): Uint8Array | undefined {
  const out = new Uint8Array(Math.floor((body.length * 3) / 4) + 3);
  let n = 0;
  let acc = 0;
  let bits = 0;
  let chars = 0;
  let pad = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i] as number;
    if (isSpace(b)) continue;
    if (b === 0x3d) {
      pad++;
      chars++;
      continue;
    }
    const v = B64[b] as number;
    if (v < 0 || pad > 0) return undefined;
    chars++;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  if (chars % 4 !== 0 || pad > 2) return undefined;
  return out.subarray(0, n);
}

const hex = (b: number): number =>
  b >= 0x30 && b <= 0x39
    ? b - 0x30
    : b >= 0x41 && b <= 0x46
      ? b - 0x37
      : b >= 0x61 && b <= 0x66
        ? b - 0x57
        : -1;

/**
 * The bytes of a quoted-printable body: `=XX` escapes decoded (an `=` not
 * followed by two hex digits kept as it is), white space at the end of a line
 * deleted (added in transit), a line ending in `=` joined to the next (a soft
 * line break), other line breaks kept as they came (CRLF or LF).
 */
export function decodeQuotedPrintableBody(body: Uint8Array): Uint8Array {
  const out = new Uint8Array(body.length);
  let n = 0;
  let p = 0;
  while (p < body.length) {
    let nl = body.indexOf(0x0a, p);
    const last = nl < 0;
    if (last) nl = body.length;
    const breakStart = !last && nl > p && body[nl - 1] === 0x0d ? nl - 1 : nl;
    let len = breakStart;
    while (len > p && (body[len - 1] === 0x20 || body[len - 1] === 0x09)) len--;
    const soft = len > p && body[len - 1] === 0x3d;
    if (soft) len--;
    for (let i = p; i < len; i++) {
      const b = body[i] as number;
      if (b === 0x3d && i + 2 < len) {
        const high = hex(body[i + 1] as number);
        const low = hex(body[i + 2] as number);
        if (high >= 0 && low >= 0) {
          out[n++] = (high << 4) | low;
          i += 2;
          continue;
        }
      }
      out[n++] = b;
    }
    if (!soft && !last) for (let i = breakStart; i <= nl; i++) out[n++] = body[i] as number;
    p = nl + 1;
  }
  return out.subarray(0, n);
}
