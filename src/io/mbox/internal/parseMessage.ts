import PostalMime, { addressParser, type Email } from 'postal-mime';
import { toDate } from '../../../model/dateInput.js';
import { deobfuscateAddress, messageIdsIn } from './mailHeaders.js';
import { plainText } from './plainText.js';

/** What the adapter keeps of one message. */
export interface MailMessage {
  /** Message-ID without angle brackets (undefined when the header is missing or holds no id). */
  messageId: string | undefined;
  /** Ids of earlier messages, oldest first: References, then In-Reply-To when References does not end with it. */
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

/** The header block of `bytes`: everything up to and including the first empty line. */
function headerBlock(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < bytes.length - 1; i = bytes.indexOf(0x0a, i + 1))
    if (bytes[i + 1] === 0x0a) return bytes.subarray(0, i + 2);
  return bytes;
}

const headerValue = (email: Email, key: string): string | undefined =>
  email.headers.find((h) => h.key === key)?.value;

/** The sender from the raw From value: Pipermail addresses restored, mislabelled UTF-8 names read as Windows-1252. */
function sender(raw: string | undefined): {
  name: string;
  address: string;
  deobfuscated: boolean;
  charsetRepaired: boolean;
} {
  if (raw === undefined || raw.trim() === '')
    return { name: '', address: '', deobfuscated: false, charsetRepaired: false };
  const { value, changed } = deobfuscateAddress(raw);
  const first = (v: string): { name: string; address: string } => {
    const a = addressParser(v)[0];
    if (a === undefined) return { name: '', address: '' };
    if (a.group !== undefined)
      return { name: a.group[0]?.name ?? a.name, address: a.group[0]?.address ?? '' };
    return { name: a.name, address: a.address };
  };
  let mailbox = first(value);
  let charsetRepaired = false;
  if (mailbox.name.includes('\uFFFD') && /=\?utf-8\?/i.test(value)) {
    const repaired = first(value.replace(/=\?utf-8\?/gi, '=?windows-1252?'));
    if (!repaired.name.includes('\uFFFD')) {
      mailbox = repaired;
      charsetRepaired = true;
    }
  }
  const address = mailbox.address.includes('@') ? mailbox.address.trim() : '';
  return { name: mailbox.name.trim(), address, deobfuscated: changed, charsetRepaired };
}

/**
 * One message read by postal-mime (headers, RFC 2047 words, MIME parts and
 * charsets), reduced to what the adapter keeps. Never throws: a message
 * postal-mime rejects, or one without a usable Date, comes back with the
 * reason it is left out.
 *
 * @param bytes - the raw message (headers and body)
 * @param withText - whether to read the body (when false only the header block is parsed, which is faster)
 * @returns the message, or why it is skipped
 */
export async function parseMessage(bytes: Uint8Array, withText: boolean): Promise<ParsedMessage> {
  if (bytes.length === 0) return { ok: false, reason: 'empty message (a From_ line with nothing after it)' };
  let email: Email;
  try {
    email = await PostalMime.parse(withText ? bytes : headerBlock(bytes), {
      attachmentEncoding: 'arraybuffer',
    });
  } catch (error) {
    return {
      ok: false,
      reason: `not parseable as a message (${error instanceof Error ? error.message.slice(0, 100) : 'postal-mime failed'})`,
    };
  }
  const rawDate = headerValue(email, 'date');
  if (rawDate === undefined || rawDate.trim() === '') return { ok: false, reason: 'no Date header' };
  const at = email.date === undefined ? undefined : toDate(email.date);
  if (at === undefined) return { ok: false, reason: 'Date header is not a date' };
  const from = sender(headerValue(email, 'from') ?? headerValue(email, 'sender'));
  const ids = messageIdsIn(headerValue(email, 'message-id'));
  const references = messageIdsIn(headerValue(email, 'references'));
  const inReplyTo = messageIdsIn(headerValue(email, 'in-reply-to'))[0];
  if (inReplyTo !== undefined && !references.includes(inReplyTo)) references.push(inReplyTo);
  const subject = (email.subject ?? '').replace(/\s+/g, ' ').trim();
  const listId = messageIdsIn(headerValue(email, 'list-id'))[0];
  return {
    ok: true,
    message: {
      messageId: ids[0],
      references,
      subject,
      name: from.name,
      address: from.address,
      at,
      listId,
      text: withText ? plainText(subject, email.text ?? '') : undefined,
      deobfuscated: from.deobfuscated,
      charsetRepaired: from.charsetRepaired,
    },
  };
}
