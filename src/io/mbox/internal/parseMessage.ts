import PostalMime, { addressParser, decodeWords } from 'postal-mime';
import { toDate } from '../../../model/dateInput.js';
import { headerFields } from './headerFields.js';
import { collapsedSpace, deobfuscateAddress, messageIdsIn } from './mailHeaders.js';
import { plainText } from './plainText.js';
import { decodeBase64Body, decodeQuotedPrintableBody } from './transferDecoding.js';

/** What the adapter keeps of one message. */
export interface MailMessage {
  /** Message-ID without angle brackets (undefined when the header is missing or holds no id). */
  messageId: string | undefined;
  /** Ids of earlier messages, oldest first: References, then In-Reply-To when References does not hold it. */
  references: string[];
  /** The decoded subject ('' when there is none). */
  subject: string;
  /** The decoded display name of the sender ('' when none). */
  name: string;
  /** The sender's address as written ('' when none). */
  address: string;
  /** When it was sent (the Date header). */
  at: Date;
  /** The mailing list from List-Id (`<dev.example.org>` → `dev.example.org`), if any. */
  listId: string | undefined;
  /** Subject and plain body without quotes and signature (undefined when text is off). */
  text: string | undefined;
  /** The From address was Pipermail-obfuscated (`user at host`) and was restored. */
  deobfuscated: boolean;
  /** The display name was mislabelled UTF-8 and read as Windows-1252 instead. */
  charsetRepaired: boolean;
}

/** Why a message was left out, or the message. */
export type ParsedMessage = { ok: true; message: MailMessage } | { ok: false; reason: string };

/** A mailbox the way postal-mime's addressParser returns the first one. */
interface Mailbox {
  name: string;
  address: string;
}

/** `"Name" <addr>` with nothing to unescape. */
const QUOTED_NAME = /^"([^"\\]*)"[ \t]*<([^<>\s"(),;:\\]+)>$/;
/** `Name <addr>` or `<addr>`, the name plain words. */
const PLAIN_NAME = /^((?:[A-Za-z0-9!#$%&'*+\-/?^_`{|}~.]+[ \t]?)*)[ \t]*<([^<>\s"(),;:\\]+)>$/;
/** `=?utf-8?q?Zo=C3=AB?= <addr>`: a name that is only encoded words (decoded by postal-mime's decodeWords). */
const ENCODED_NAME = /^((?:=\?[A-Za-z0-9_.*-]+\?[BbQq]\?[!->@-~]*\?=[ \t]*)+)<([^<>\s"(),;:\\]+)>$/;
/** `addr` or `addr (Name)`, the comment plain words. */
const COMMENT_NAME =
  /^([^<>\s"(),;:\\@]+@[^<>\s"(),;:\\@]+)(?:[ \t]+\(([A-Za-z0-9!#$%&'*+\-/?^_`{|}~. ]*)\))?$/;

/**
 * The first mailbox of an address header, as postal-mime's addressParser
 * reads it. The shapes most list mail has (`"Name" <a@b>`, `Name <a@b>`,
 * `a@b (Name)` in plain ASCII, and `=?…?= <a@b>` whose name is only encoded
 * words, decoded by postal-mime's decodeWords) are read by pattern — a test
 * checks they agree with addressParser — and everything else goes to
 * addressParser.
 */
export function firstMailbox(value: string): Mailbox {
  if (value.startsWith('=?')) {
    const m = ENCODED_NAME.exec(value);
    if (m !== null)
      return { name: decodeWords((m[1] as string).replace(/[ \t]+$/, '')), address: m[2] as string };
  } else if (!value.includes('=?')) {
    let m = QUOTED_NAME.exec(value) ?? PLAIN_NAME.exec(value);
    if (m !== null && !/ {2}/.test(m[1] as string))
      return { name: (m[1] as string).trim(), address: m[2] as string };
    m = COMMENT_NAME.exec(value);
    if (m !== null && !/ {2}/.test(m[2] ?? '')) return { name: (m[2] ?? '').trim(), address: m[1] as string };
  }
  const a = addressParser(value)[0];
  if (a === undefined) return { name: '', address: '' };
  if (a.group !== undefined) return { name: a.group[0]?.name ?? a.name, address: a.group[0]?.address ?? '' };
  return { name: a.name, address: a.address };
}

/** The sender from the raw From value: Pipermail addresses restored, mislabelled UTF-8 names read as Windows-1252. */
function sender(raw: string | undefined): Mailbox & { deobfuscated: boolean; charsetRepaired: boolean } {
  if (raw === undefined || raw === '')
    return { name: '', address: '', deobfuscated: false, charsetRepaired: false };
  const { value, changed } = deobfuscateAddress(raw);
  let mailbox = firstMailbox(value);
  let charsetRepaired = false;
  if (mailbox.name.includes('\uFFFD') && /=\?utf-8\?/i.test(value)) {
    const repaired = firstMailbox(value.replace(/=\?utf-8\?/gi, '=?windows-1252?'));
    if (!repaired.name.includes('\uFFFD')) {
      mailbox = repaired;
      charsetRepaired = true;
    }
  }
  const address = mailbox.address.includes('@') ? mailbox.address.trim() : '';
  return { name: mailbox.name.trim(), address, deobfuscated: changed, charsetRepaired };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const laxUtf8 = new TextDecoder('utf-8');
const windows1252 = new TextDecoder('windows-1252');
/** Charsets a plain body is decoded with directly, as postal-mime decodes them: UTF-8 labels with the UTF-8 decoder (malformed bytes become U+FFFD). */
const UTF8_LABELS = new Set(['utf-8', 'utf8']);
/** Labels of Windows-1252 (WHATWG reads every ISO-8859-1 and ASCII label as it, for postal-mime as for browsers). */
const LATIN_LABELS = new Set([
  'us-ascii',
  'ascii',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'latin-1',
  'windows-1252',
  'cp1252',
]);

/** {@link plainCharsetOf} by Content-Type value (up to 200 characters): list mail repeats a handful of them. Cleared when full, so bounded. */
const charsetCache = new Map<string, string | undefined>();

/**
 * The lower-case charset of a Content-Type value that is text/plain with no
 * other parameters than charset, format (not flowed) and delsp — '' when it
 * names none — or undefined for any other Content-Type.
 */
function plainCharsetOf(ct: string): string | undefined {
  if (charsetCache.has(ct)) return charsetCache.get(ct);
  let charset: string | undefined;
  if (/^text\/plain[ \t]*(?:;|$)/i.test(ct) && !/format[ \t]*=[ \t]*"?flowed/i.test(ct)) {
    const params = ct.split(';').slice(1);
    if (
      params.every((p) =>
        /^[ \t]*(?:charset|format|delsp)[ \t]*=[^"\\]*$|^[ \t]*charset[ \t]*="[^"\\]*"[ \t]*$/i.test(p),
      )
    ) {
      const m = /;[ \t]*charset[ \t]*=[ \t]*"?([^";\s]+)"?/i.exec(ct);
      charset = m === null ? '' : (m[1] as string).toLowerCase();
    }
  }
  if (ct.length <= 200) {
    if (charsetCache.size >= 256) charsetCache.clear();
    charsetCache.set(ct, charset);
  }
  return charset;
}

/**
 * The text of a single-part text/plain body in UTF-8, ASCII or Latin-1
 * (Windows-1252), or with no charset, sent as it is (7bit, 8bit, binary), in
 * base64 or in quoted-printable — most list mail — decoded here without the
 * MIME parser as postal-mime decodes it (malformed UTF-8 as U+FFFD; no
 * charset: UTF-8 when well-formed, else Windows-1252); undefined for anything
 * else (multipart, other charsets, format=flowed, malformed base64), which
 * postal-mime then parses.
 */
function simpleBody(fields: Map<string, string>, body: Uint8Array): string | undefined {
  const cte = fields.get('content-transfer-encoding')?.toLowerCase();
  const ct = fields.get('content-type');
  const charset = ct === undefined ? '' : plainCharsetOf(ct);
  if (charset === undefined) return undefined;
  const latin = charset !== '' && LATIN_LABELS.has(charset);
  if (!latin && charset !== '' && !UTF8_LABELS.has(charset)) return undefined;
  let bytes: Uint8Array | undefined = body;
  if (cte === 'base64') bytes = decodeBase64Body(body);
  else if (cte === 'quoted-printable') bytes = decodeQuotedPrintableBody(body);
  else if (cte !== undefined && cte !== '7bit' && cte !== '8bit' && cte !== 'binary') return undefined;
  if (bytes === undefined) return undefined;
  if (latin) return windows1252.decode(bytes);
  if (charset !== '') return laxUtf8.decode(bytes);
  // No charset: UTF-8 when the bytes are well-formed UTF-8, else Windows-1252 (postal-mime's decodeUtf8OrWindows1252).
  try {
    return utf8.decode(bytes);
  } catch {
    return windows1252.decode(bytes);
  }
}

const ALTERNATIVE = /^multipart\/alternative[ \t]*;/i;
const BOUNDARY = /;[ \t]*boundary[ \t]*=[ \t]*(?:"([^"\\]+)"|([^";\s]+))[ \t]*(?:;|$)/i;
const latin1 = new TextDecoder('latin1');

/**
 * The text of a multipart/alternative body whose one text/plain part
 * {@link simpleBody} can read (the plain text beside an HTML version, as mail
 * clients send), without the MIME parser; undefined for any other shape
 * (nested multiparts, attachments, several plain parts, a missing closing
 * boundary), which postal-mime then parses.
 */
function alternativeBody(fields: Map<string, string>, body: Uint8Array): string | undefined {
  const ct = fields.get('content-type');
  if (ct === undefined || !ALTERNATIVE.test(ct)) return undefined;
  const cte = fields.get('content-transfer-encoding')?.toLowerCase();
  if (cte !== undefined && cte !== '7bit' && cte !== '8bit' && cte !== 'binary') return undefined;
  const m = BOUNDARY.exec(ct);
  const boundary = m?.[1] ?? m?.[2];
  if (boundary === undefined) return undefined;
  const open = `--${boundary}`;
  const parts: Uint8Array[] = [];
  let partStart = -1;
  let closed = false;
  for (let p = 0; p < body.length; ) {
    let nl = body.indexOf(0x0a, p);
    if (nl < 0) nl = body.length;
    const end = nl > p && body[nl - 1] === 0x0d ? nl - 1 : nl;
    if (body[p] === 0x2d && body[p + 1] === 0x2d) {
      const line = latin1.decode(body.subarray(p, end));
      if (line.startsWith(open)) {
        if (line !== open && line !== `${open}--`) return undefined;
        if (partStart >= 0) parts.push(body.subarray(partStart, p));
        if (line !== open) {
          closed = true;
          break;
        }
        partStart = nl + 1;
      }
    }
    p = nl + 1;
  }
  if (!closed) return undefined;
  let plain: { fields: Map<string, string>; body: Uint8Array } | undefined;
  for (const part of parts) {
    const h = headerFields(part);
    if (/content-disposition[ \t]*:/i.test(latin1.decode(part.subarray(0, h.bodyStart)))) return undefined;
    const type = (h.fields.get('content-type') ?? 'text/plain').toLowerCase();
    if (/^(?:multipart|message)\//.test(type)) return undefined;
    if (!/^text\/plain[ \t]*(?:;|$)/.test(type)) continue;
    if (plain !== undefined) return undefined;
    plain = { fields: h.fields, body: part.subarray(h.bodyStart) };
  }
  return plain === undefined ? undefined : simpleBody(plain.fields, plain.body);
}

/**
 * One message reduced to what the adapter keeps. Headers are read here
 * (unfolded; raw 8-bit lines as UTF-8 or Windows-1252, as postal-mime does),
 * RFC 2047 encoded words and unusual addresses are decoded by postal-mime's
 * decodeWords and addressParser, and a body that needs MIME decoding
 * (multipart, quoted-printable, base64, charsets) is read by postal-mime.
 * Never throws: a message postal-mime rejects, or one without a usable Date,
 * comes back with the reason it is left out. Synchronous unless postal-mime
 * is needed (no promise per message in the common case).
 *
 * @param bytes - the raw message (headers and body)
 * @param withText - whether to read the body
 * @returns the message, or why it is skipped
 */
export function parseMessage(bytes: Uint8Array, withText: boolean): ParsedMessage | Promise<ParsedMessage> {
  if (bytes.length === 0) return { ok: false, reason: 'empty message (a From_ line with nothing after it)' };
  const { fields, bodyStart } = headerFields(bytes);
  const rawDate = fields.get('date');
  if (rawDate === undefined || rawDate === '') return { ok: false, reason: 'no Date header' };
  const at = toDate(new Date(rawDate));
  if (at === undefined) return { ok: false, reason: 'Date header is not a date' };
  if (!withText) return reduced(fields, at, undefined);
  const rest = bytes.subarray(bodyStart);
  const body = simpleBody(fields, rest) ?? alternativeBody(fields, rest);
  if (body !== undefined) return reduced(fields, at, body);
  return PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' }).then(
    (email) => reduced(fields, at, email.text ?? ''),
    (error: unknown) => ({
      ok: false,
      reason: `not parseable as a message (${error instanceof Error ? error.message.slice(0, 100) : 'postal-mime failed'})`,
    }),
  );
}

/** The kept message from its header fields, date and body text (undefined when text is off). */
function reduced(fields: Map<string, string>, at: Date, text: string | undefined): ParsedMessage {
  const from = sender(fields.get('from') ?? fields.get('sender'));
  const rawSubject = fields.get('subject') ?? '';
  const subject = collapsedSpace(rawSubject.includes('=?') ? decodeWords(rawSubject) : rawSubject);
  const references = messageIdsIn(fields.get('references'));
  const inReplyTo = messageIdsIn(fields.get('in-reply-to'))[0];
  if (inReplyTo !== undefined && !references.includes(inReplyTo)) references.push(inReplyTo);
  return {
    ok: true,
    message: {
      messageId: messageIdsIn(fields.get('message-id'))[0],
      references,
      subject,
      name: from.name,
      address: from.address,
      at,
      listId: messageIdsIn(fields.get('list-id'))[0],
      text: text === undefined ? undefined : plainText(subject, text),
      deobfuscated: from.deobfuscated,
      charsetRepaired: from.charsetRepaired,
    },
  };
}
