import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headerFields } from '../../../../src/io/mbox/internal/headerFields.js';

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
const text = (b: Uint8Array): string => {
  if (b.every((x) => x < 0x80)) return latin1.decode(b);
  try {
    return utf8.decode(b);
  } catch {
    return windows1252.decode(b);
  }
};

/** headerFields as it was written first: each line decoded, each name decoded and lower-cased. */
function reference(bytes: Uint8Array): { fields: Map<string, string>; bodyStart: number } {
  const fields = new Map<string, string>();
  let name = '';
  let value: string[] = [];
  const keep = (): void => {
    if (name !== '' && !fields.has(name)) fields.set(name, value.join('').replace(/^[ \t]+|[ \t]+$/g, ''));
    name = '';
    value = [];
  };
  let p = 0;
  while (p < bytes.length) {
    let nl = bytes.indexOf(0x0a, p);
    if (nl < 0) nl = bytes.length;
    const end = nl > p && bytes[nl - 1] === 0x0d ? nl - 1 : nl;
    if (end === p) {
      keep();
      return { fields, bodyStart: Math.min(nl + 1, bytes.length) };
    }
    if (bytes[p] === 0x20 || bytes[p] === 0x09) {
      if (name !== '') value.push(text(bytes.subarray(p, end)));
    } else {
      keep();
      const colon = bytes.indexOf(0x3a, p);
      if (colon > p && colon < end) {
        const key = latin1.decode(bytes.subarray(p, colon)).toLowerCase();
        if (WANTED.has(key)) {
          name = key;
          value = [text(bytes.subarray(colon + 1, end))];
        }
      }
    }
    p = nl + 1;
  }
  keep();
  return { fields, bodyStart: bytes.length };
}

describe('headerFields', () => {
  it('reads the same fields as decoding every name and line would, for any header block', () => {
    const enc = new TextEncoder();
    const name = fc.constantFrom(
      'From',
      'FROM',
      'from',
      'Subject',
      'Message-ID',
      'message-id',
      'MESSAGE\rID',
      'Content-Type',
      'Content-Transfer-Encoding',
      'Received',
      'Return-Path',
      'X-Mailer',
      'In-Reply-To',
      'References',
      'List-Id',
      'Date',
      'Sender',
      'Dat\u00e9',
    );
    const piece = fc.constantFrom('a', ' ', '\t', '<x@y>', 'é', '\u00e9', 'caf', '=?utf-8?q?x?=', ':', '😀');
    const value = fc.array(piece, { maxLength: 12 }).map((p) => p.join(''));
    const line = fc.oneof(
      fc.tuple(name, value).map(([n, v]) => ({ bytes: enc.encode(`${n}:${v}`) })),
      value.map((v) => ({ bytes: enc.encode(` ${v}`) })),
      value.map((v) => ({ bytes: Uint8Array.from([...latin1Bytes(v), 0xe9]) })),
      fc.constant({ bytes: enc.encode('Subject: x'.repeat(40)) }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { maxLength: 12 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        (lines, eol, body) => {
          const parts: number[] = [];
          for (const l of lines) parts.push(...l.bytes, ...enc.encode(eol));
          if (body) parts.push(...enc.encode(`${eol}body`));
          const bytes = Uint8Array.from(parts);
          const ours = headerFields(bytes);
          const ref = reference(bytes);
          expect([...ours.fields].sort()).toEqual([...ref.fields].sort());
          expect(ours.bodyStart).toBe(ref.bodyStart);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

function latin1Bytes(s: string): number[] {
  return [...s].map((c) => c.charCodeAt(0) & 0xff);
}
