import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime, { addressParser } from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { firstMailbox, parseMessage } from '../../../../src/io/mbox/internal/parseMessage.js';
import { plainText } from '../../../../src/io/mbox/internal/plainText.js';
import { splitMbox } from '../../../../src/io/mbox/internal/splitMbox.js';

const fixtures = join(__dirname, '..', '..', '..', 'fixtures', 'mbox');
const shared = join(__dirname, '..', '..', '..', '..', '..', 'shared', 'data', 'sources', 'mbox');

async function messagesOf(path: string): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const batch of splitMbox(readFileSync(path), 't', path))
    for (const m of batch) out.push(m.bytes);
  return out;
}

/** What postal-mime alone reads of a message: the reference the fast paths must agree with. */
async function byPostalMime(bytes: Uint8Array) {
  const email = await PostalMime.parse(bytes);
  const subject = (email.subject ?? '').replace(/\s+/g, ' ').trim();
  return { subject, at: email.date, text: plainText(subject, email.text ?? '') };
}

const messages = new Uint8Array(
  new TextEncoder().encode(
    [
      'From: "Ada Lovelace" <ada@example.org>\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: plain\n\nHello\n',
      'From: Bob <bob@example.org>\nDate: Mon, 4 Mar 2024 10:00:00 +0100\nSubject: Re: =?utf-8?q?caf=C3=A9?=\nContent-Type: text/plain; charset="utf-8"\n\nCafé\n',
      'From: c@example.org (Carol)\nDate: 4 Mar 2024 10:00 GMT\nSubject: folded\n  subject line\nContent-Type: text/plain; format=flowed\n\nsoft \nbreak\n',
      'From: d@example.org\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: qp\nContent-Transfer-Encoding: quoted-printable\n\ncaf=C3=A9 =\nok\n',
      'From: e@example.org\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: latin\nContent-Type: text/plain; charset=iso-8859-1\n\n',
    ].join('\u0000'),
  ),
);

/** Our subject, date and text of each message equal postal-mime's. */
async function expectSameAsPostalMime(all: readonly Uint8Array[]): Promise<void> {
  for (const bytes of all) {
    const ours = await parseMessage(bytes, true);
    if (!ours.ok) throw new Error(ours.reason);
    const ref = await byPostalMime(bytes);
    expect([ours.message.subject, ours.message.at.toISOString(), ours.message.text]).toEqual([
      ref.subject,
      ref.at,
      ref.text,
    ]);
  }
}

describe('parseMessage', () => {
  it('agrees with postal-mime on subject, date and text for every fixture message', async () => {
    const paths = readdirSync(fixtures).map((f) => join(fixtures, f));
    const all: Uint8Array[] = [];
    for (const p of paths) if (!p.endsWith('broken.mbox')) all.push(...(await messagesOf(p)));
    let from = 0;
    for (let i = 0; i <= messages.length; i++)
      if (i === messages.length || messages[i] === 0) {
        all.push(messages.subarray(from, i));
        from = i + 1;
      }
    all.push(
      new Uint8Array([
        ...new TextEncoder().encode(
          'From: e@example.org\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: 8-bit\nContent-Type: text/plain; charset=iso-8859-1\n\nd',
        ),
        0xe9,
        0x6a,
        0xe0,
      ]),
    );
    expect(all.length).toBeGreaterThan(15);
    await expectSameAsPostalMime(all);
  });

  it.skipIf(!existsSync(shared))(
    'agrees with postal-mime on subject, date and text for the real messages in ../shared/data/sources/mbox (needs ../shared)',
    async () => {
      const all: Uint8Array[] = [];
      for (const f of readdirSync(shared)) all.push(...(await messagesOf(join(shared, f))));
      expect(all.length).toBeGreaterThan(0);
      await expectSameAsPostalMime(all);
    },
  );

  it('reads base64, quoted-printable and multipart/alternative bodies without postal-mime, with the same text', async () => {
    const enc = new TextEncoder();
    const line = fc.string({
      unit: fc.constantFrom('a', 'é', ' ', '=', '\t', '>', '€', 'Z', '-', '😀'),
      maxLength: 30,
    });
    const text = fc.array(line, { minLength: 1, maxLength: 6 });
    /** A quoted-printable encoding with escapes, soft breaks and trailing blanks (as transit adds). */
    const qp = (lines: string[], eol: string): string =>
      lines
        .map((l) => {
          const tokens = [...enc.encode(l)].map((b) =>
            b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b),
          );
          const rows: string[] = [];
          for (let k = 0; k < tokens.length; k += 8) rows.push(tokens.slice(k, k + 8).join(''));
          return rows.join(`=${eol}`);
        })
        .join(` ${eol}`);
    const b64 = (lines: string[], eol: string): string =>
      (
        Buffer.from(lines.join('\n'), 'utf8')
          .toString('base64')
          .match(/.{1,16}/g) ?? []
      ).join(eol);
    const head = (extra: string, eol: string) =>
      ['From: Ada <ada@example.org>', 'Date: Mon, 4 Mar 2024 10:00:00 +0000', 'Subject: s', extra]
        .filter(Boolean)
        .join(eol);
    const message = fc
      .tuple(
        text,
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('b64', 'qp', 'alt-qp', 'alt-b64', 'alt-plain'),
      )
      .map(([lines, eol, shape]) => {
        const part = (cte: string, body: string) =>
          `Content-Type: text/plain; charset=utf-8${eol}Content-Transfer-Encoding: ${cte}${eol}${eol}${body}`;
        if (shape === 'b64')
          return `${head(`Content-Type: text/plain; charset="utf-8"${eol}Content-Transfer-Encoding: base64`, eol)}${eol}${eol}${b64(lines, eol)}${eol}`;
        if (shape === 'qp')
          return `${head(`Content-Type: text/plain; charset=utf-8${eol}Content-Transfer-Encoding: quoted-printable`, eol)}${eol}${eol}${qp(lines, eol)}${eol}`;
        const plain =
          shape === 'alt-qp'
            ? part('quoted-printable', qp(lines, eol))
            : shape === 'alt-b64'
              ? part('base64', b64(lines, eol))
              : part('8bit', lines.join(eol));
        return [
          head('MIME-Version: 1.0', eol),
          'Content-Type: multipart/alternative; boundary="=_b1"',
          '',
          'This is a multi-part message in MIME format.',
          '--=_b1',
          plain,
          '--=_b1',
          'Content-Type: text/html; charset=utf-8',
          '',
          '<p>html</p>',
          '--=_b1--',
          'epilogue',
        ].join(eol);
      });
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const bytes = enc.encode(m);
        expect(parseMessage(bytes, true)).not.toBeInstanceOf(Promise);
        await expectSameAsPostalMime([bytes]);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes 8-bit bodies under every charset label of the fast path (or none) as postal-mime does, malformed UTF-8 included', async () => {
    const bytes = fc.array(
      fc.constantFrom(
        [0x61],
        [0x20],
        [0x0a],
        [0x3e],
        [0xe9],
        [0xc3, 0xa9],
        [0xe2, 0x82, 0xac],
        [0xf0, 0x9f, 0x98, 0x80],
        [0xef, 0xbb, 0xbf],
        [0xc3],
        [0x80],
        [0xed, 0xa0, 0x80],
        [0x9d],
      ),
      { maxLength: 30 },
    );
    const contentType = fc.constantFrom(
      undefined,
      'text/plain',
      'text/plain; charset=utf-8',
      'text/plain; charset="UTF-8"',
      'text/plain; charset=utf8',
      'text/plain; charset=us-ascii',
      'text/plain; charset=ascii',
      'text/plain; charset=iso-8859-1',
      'text/plain; charset=latin1',
      'text/plain; charset=latin-1',
      'text/plain; charset=ISO-8859-1; format=fixed',
      'text/plain; charset=windows-1252',
    );
    const cte = fc.constantFrom(undefined, '8bit', 'base64', 'quoted-printable');
    await fc.assert(
      fc.asyncProperty(
        bytes,
        contentType,
        cte,
        fc.constantFrom('\n', '\r\n'),
        async (chunks, ct, enc, eol) => {
          const body = Uint8Array.from(chunks.flat());
          const encoded =
            enc === 'base64'
              ? Buffer.from(Buffer.from(body).toString('base64'))
              : enc === 'quoted-printable'
                ? Buffer.from(
                    [...body]
                      .map((b) =>
                        b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b),
                      )
                      .join(''),
                    'latin1',
                  )
                : Buffer.from(body);
          const head = [
            'From: Ada <ada@example.org>',
            'Date: Mon, 4 Mar 2024 10:00:00 +0000',
            'Subject: s',
            ...(ct === undefined ? [] : [`Content-Type: ${ct}`]),
            ...(enc === undefined ? [] : [`Content-Transfer-Encoding: ${enc}`]),
          ].join(eol);
          const message = Buffer.concat([Buffer.from(`${head}${eol}${eol}`, 'latin1'), encoded]);
          const bytesOf = new Uint8Array(message);
          expect(parseMessage(bytesOf, true)).not.toBeInstanceOf(Promise);
          await expectSameAsPostalMime([bytesOf]);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads a stray "=" in quoted-printable as postal-mime does (kept), and lowercase escapes', async () => {
    const bytes = new TextEncoder().encode(
      'From: a@example.org\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: s\nContent-Transfer-Encoding: quoted-printable\n\n1 = 2, x=zz, caf=c3=a9 =\t\nend=3D\n',
    );
    const ours = parseMessage(bytes, true);
    expect(ours).not.toBeInstanceOf(Promise);
    expect((ours as { message: { text: string } }).message.text).toBe('s\n\n1 = 2, x=zz, café end=');
    await expectSameAsPostalMime([bytes]);
  });

  it('leaves malformed base64, a second plain part and attachments to postal-mime', async () => {
    const head = 'From: a@example.org\nDate: Mon, 4 Mar 2024 10:00:00 +0000\nSubject: s\n';
    const alt = (parts: string) =>
      `${head}Content-Type: multipart/alternative; boundary=b\n\n--b\n${parts}\n--b--\n`;
    for (const m of [
      `${head}Content-Transfer-Encoding: base64\n\nQUJD=REVG\n`,
      alt('Content-Type: text/plain\n\none\n--b\nContent-Type: text/plain\n\ntwo'),
      alt('Content-Type: text/plain\nContent-Disposition: attachment; filename=a.txt\n\none'),
      alt('Content-Type: multipart/mixed; boundary=c\n\n--c\n\nx\n--c--'),
      `${head}Content-Type: multipart/alternative; boundary=b\n\n--b\n\nunclosed\n`,
    ]) {
      const bytes = new TextEncoder().encode(m);
      expect(parseMessage(bytes, true)).toBeInstanceOf(Promise);
      await expectSameAsPostalMime([bytes]);
    }
  });

  it('reads the plain address shapes as addressParser does', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9.'_-]{1,8}$/);
    const address = fc.tuple(word, word).map(([a, b]) => `${a}@${b}.org`);
    const name = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const shape = fc.oneof(
      fc.tuple(name, address).map(([n, a]) => `"${n}" <${a}>`),
      fc.tuple(name, address).map(([n, a]) => `${n} <${a}>`),
      fc.tuple(name, address).map(([n, a]) => `${a} (${n})`),
      address.map((a) => `<${a}>`),
      // Names that are only encoded words, Q and B, with non-ASCII letters.
      fc
        .tuple(
          fc.array(fc.constantFrom('Zoë', 'José', 'Ada', 'Łódź', ' ', '_'), { minLength: 1, maxLength: 4 }),
          address,
        )
        .map(([parts, a]) => {
          const nameText = parts.join('');
          const q = [...new TextEncoder().encode(nameText)]
            .map((byte) =>
              byte === 32
                ? '_'
                : /[A-Za-z0-9]/.test(String.fromCharCode(byte))
                  ? String.fromCharCode(byte)
                  : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`,
            )
            .join('');
          return `=?utf-8?q?${q}?= <${a}>`;
        }),
      fc
        .tuple(fc.constantFrom('Børge Høst', 'Zoë Müller', 'José García'), address)
        .map(([nameText, a]) => `=?UTF-8?B?${Buffer.from(nameText).toString('base64')}?= <${a}>`),
      address,
      fc.string({ maxLength: 30 }),
    );
    fc.assert(
      fc.property(shape, (value) => {
        const a = addressParser(value)[0];
        const ref =
          a === undefined
            ? { name: '', address: '' }
            : a.group === undefined
              ? { name: a.name, address: a.address }
              : undefined;
        if (ref !== undefined) expect(firstMailbox(value)).toEqual(ref);
      }),
      { numRuns: 500 },
    );
  });

  it('a message without a Date, or with one that is not a date, is skipped with the reason', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(await parseMessage(enc('From: a@b.org\nSubject: x\n\nhi'), true)).toEqual({
      ok: false,
      reason: 'no Date header',
    });
    expect(await parseMessage(enc('From: a@b.org\nDate: soon\n\nhi'), false)).toEqual({
      ok: false,
      reason: 'Date header is not a date',
    });
    expect(await parseMessage(new Uint8Array(), false)).toEqual({
      ok: false,
      reason: 'empty message (a From_ line with nothing after it)',
    });
  });
});
