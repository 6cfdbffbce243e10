import { z } from 'zod';
import type { Activity } from '../../model/activity.js';
import { DateInputSchema } from '../../model/dateInput.js';
import { LabelSchema } from '../../model/ids.js';
import { parseWith } from '../../model/validate.js';
import { skipTally } from '../core/skipTally.js';
import { SOURCE_EXTRACT_FORMAT, type SourceExtract, type SourceIdentity } from '../core/sourceExtract.js';
import type { TextInput } from '../core/textInput.js';
import { boundedId, shortHash } from './internal/mailHeaders.js';
import { type MailMessage, parseMessage } from './internal/parseMessage.js';
import { splitMbox } from './internal/splitMbox.js';
import { threadMessages } from './internal/threadMessages.js';

const FN = 'readMbox';

/**
 * Options of {@link readMbox} and {@link readMboxFiles}; unknown options are a
 * ValidationError.
 *
 * @example
 * ```ts
 * ReadMboxOptionsSchema.parse({ list: 'dev', text: false }).subjectFallback; // → true
 * ```
 */
export const ReadMboxOptionsSchema = z.strictObject({
  /** The file name, for provenance and errors (readMbox only; readMboxFiles names each file). */
  file: z.string().min(1).max(4096).optional(),
  /** The list's name, set as every activity's `channel` (default: the List-Id header of each message, if any). */
  list: LabelSchema.optional(),
  /** A human description of what was read, copied to the extract. */
  description: z.string().max(1000).optional(),
  /** Thread replies whose references are missing or broken by their subject (`Re: x` under the latest earlier `x`). */
  subjectFallback: z.boolean().default(true),
  /** Keep each message's subject and plain body (without quotes and signature) as the activity's text; false leaves text out. */
  text: z.boolean().default(true),
  /** Messages dated before this are skipped (a broken clock, the epoch). */
  notBefore: DateInputSchema.default(new Date('1971-01-01T00:00:00Z')),
  /** Messages dated after this are skipped (a broken clock far in the future). */
  notAfter: DateInputSchema.default(new Date('2100-01-01T00:00:00Z')),
  /** Called with the number of messages read so far and the file being read, after each batch (for progress displays). */
  onProgress: z
    .custom<(messages: number, file: string | undefined) => void>(
      (v) => typeof v === 'function',
      'expected a function',
    )
    .optional(),
});

/** Options of {@link readMbox} (input). */
export type ReadMboxOptions = z.input<typeof ReadMboxOptionsSchema>;

/**
 * One mbox file for {@link readMboxFiles}: its name and its content.
 *
 * @example
 * ```ts
 * const file: MboxFile = { file: '2024-January.txt.gz', input: new Uint8Array() }; // or createReadStream(path)
 * ```
 */
export interface MboxFile {
  /** The file name, as the user named it (provenance and errors). */
  file: string;
  /** Its content: text, bytes or a stream of chunks (gzip is recognised). */
  input: TextInput;
}

interface Kept {
  mail: MailMessage;
  id: string;
  file: string | undefined;
  line: number;
  index: number;
  order: number;
}

/**
 * Reads one mbox file (plain or gzipped; Pipermail monthly archives and
 * HyperKitty downloads are mboxes too) into a {@link SourceExtract}: one
 * identity per sender address (`mbox:ada@example.org`), one activity per
 * message — `post` for a thread's first message, `reply` for the others with
 * `replyTo` set to the parent's activity — threaded by the JWZ algorithm
 * (Message-ID, In-Reply-To, References; subject fallback). Streams the input;
 * memory holds one message and the result. See docs/io/mbox.md.
 *
 * @param input - the mbox: text, bytes or a stream of chunks
 * @param options - see {@link ReadMboxOptionsSchema}
 * @returns the extract
 * @throws InputFormatError naming the file and line when the input is not mail (and what it looks like) or its gzip data is truncated
 * @throws ValidationError for unknown or invalid options
 *
 * @example
 * ```ts
 * const mbox = [
 *   'From ada@example.org Mon Mar  4 10:00:00 2024',
 *   'From: Ada <ada@example.org>',
 *   'Date: Mon, 4 Mar 2024 10:00:00 +0000',
 *   'Subject: Release planning',
 *   'Message-ID: <1@example.org>',
 *   '',
 *   'Shall we release on Friday?',
 *   '',
 *   'From bob@example.org Mon Mar  4 11:00:00 2024',
 *   'From: Bob <bob@example.org>',
 *   'Date: Mon, 4 Mar 2024 11:00:00 +0000',
 *   'Subject: Re: Release planning',
 *   'Message-ID: <2@example.org>',
 *   'In-Reply-To: <1@example.org>',
 *   '',
 *   'Yes.',
 * ].join('\n');
 * const extract = await readMbox(mbox, { file: 'dev.mbox', list: 'dev' });
 * extract.activities.map((a) => [a.kind, a.replyTo ?? '-']); // → [['post', '-'], ['reply', 'mbox:1@example.org']]
 * ```
 */
export async function readMbox(input: TextInput, options: ReadMboxOptions = {}): Promise<SourceExtract> {
  const parsed = parseWith(FN, ReadMboxOptionsSchema, options, 'options');
  return readAll([{ file: parsed.file, input }], parsed);
}

/**
 * Reads several mbox files as one archive (e.g. a list's Pipermail months):
 * threads span files, so a reply in February finds its January parent.
 * Otherwise as {@link readMbox}; `options.file` is not allowed (each file has
 * its name).
 *
 * @param files - the files, in any order (the result does not depend on it)
 * @param options - see {@link ReadMboxOptionsSchema}
 * @returns the extract
 * @throws InputFormatError naming the file and line when one is not mail or its gzip data is truncated
 *
 * @example
 * ```ts
 * const jan = 'From ada at example.org  Mon Jan  8 10:00:00 2024\nFrom: ada at example.org (Ada)\nDate: Mon, 8 Jan 2024 10:00:00 +0000\nSubject: [dev] Hello\nMessage-ID: <a@x>\n\nHi all\n';
 * const feb = 'From bob at example.org  Thu Feb  1 10:00:00 2024\nFrom: bob at example.org (Bob)\nDate: Thu, 1 Feb 2024 10:00:00 +0000\nSubject: Re: [dev] Hello\nMessage-ID: <b@x>\nIn-Reply-To: <a@x>\n\nHi Ada\n';
 * const extract = await readMboxFiles([{ file: '2024-February.txt', input: feb }, { file: '2024-January.txt', input: jan }]);
 * extract.identities.map((i) => i.id); // → ['mbox:ada@example.org', 'mbox:bob@example.org']
 * extract.activities[1]?.replyTo; // → 'mbox:a@x'
 * ```
 */
export async function readMboxFiles(
  files: readonly MboxFile[],
  options: ReadMboxOptions = {},
): Promise<SourceExtract> {
  const parsed = parseWith(FN, ReadMboxOptionsSchema.omit({ file: true }), options, 'options');
  parseWith(FN, MboxFilesSchema, files, 'files');
  return readAll(files, parsed);
}

/** The shape of readMboxFiles' `files` (the inputs themselves are checked as they are read). */
const MboxFilesSchema = z.array(
  z.object({
    file: z.string().min(1).max(4096),
    input: z.custom<TextInput>((v) => v != null, 'expected text, bytes or a stream'),
  }),
);

type Parsed = z.output<typeof ReadMboxOptionsSchema>;

async function readAll(
  files: readonly { file: string | undefined; input: TextInput }[],
  options: Omit<Parsed, 'file'>,
): Promise<SourceExtract> {
  const skipped = skipTally();
  const warnings: string[] = [];
  const kept: Kept[] = [];
  let seen = 0;
  let deobfuscated = 0;
  let repaired = 0;
  const notBefore = options.notBefore.getTime();
  const notAfter = options.notAfter.getTime();
  for (const { file, input } of files) {
    for await (const batch of splitMbox(input, FN, file)) {
      options.onProgress?.(seen + batch.length, file);
      for (const raw of batch) {
        seen++;
        const parsed = parseMessage(raw.bytes, options.text);
        const result = parsed instanceof Promise ? await parsed : parsed;
        if (!result.ok) {
          skipped.skip(result.reason, whereOf(file, raw.line));
          continue;
        }
        const mail = result.message;
        const t = mail.at.getTime();
        if (t < notBefore || t > notAfter) {
          skipped.skip(
            `dated outside ${options.notBefore.toISOString().slice(0, 10)}…${options.notAfter.toISOString().slice(0, 10)} (a broken clock?)`,
            `${whereOf(file, raw.line)} ${mail.at.toISOString()}`,
          );
          continue;
        }
        if (mail.address === '' && mail.name === '') {
          skipped.skip('no sender (no From header with an address or a name)', whereOf(file, raw.line));
          continue;
        }
        if (mail.deobfuscated) deobfuscated++;
        if (mail.charsetRepaired) repaired++;
        kept.push({ mail, id: '', file, line: raw.line, index: raw.index, order: kept.length });
      }
    }
  }
  const unique = settleMessageIds(kept, skipped, warnings);
  const places = threadMessages(
    unique.map((k) => ({
      id: k.id,
      references: k.mail.references,
      subject: k.mail.subject,
      at: k.mail.at.getTime(),
    })),
    options.subjectFallback,
  );

  const identities = new Map<string, SourceIdentity>();
  const nameOnly = new Set<string>();
  const byTime = [...unique.keys()].sort((a, b) => compareKept(unique[a] as Kept, unique[b] as Kept));
  const activityIdOf = (i: number): string => boundedId('mbox:', (unique[i] as Kept).id);
  const activities: Activity[] = [];
  let bySubject = 0;
  let orphanReplies = 0;
  for (const i of byTime) {
    const k = unique[i] as Kept;
    const place = places[i] as (typeof places)[number];
    const memberId = identityOf(k.mail, identities, nameOnly);
    if (place.bySubject) bySubject++;
    if (place.reply && place.parent < 0) orphanReplies++;
    const channel = options.list ?? k.mail.listId;
    const activity: Activity = {
      id: activityIdOf(i),
      memberId,
      at: k.mail.at,
      kind: place.reply ? 'reply' : 'post',
      thread: boundedId('mbox:', place.thread),
      topics: [],
      provenance: provenanceOf(k),
    };
    if (channel !== undefined && channel.trim() !== '') activity.channel = channel.trim().slice(0, 200);
    if (place.parent >= 0) activity.replyTo = activityIdOf(place.parent);
    if (k.mail.text !== undefined) activity.text = k.mail.text;
    activities.push(activity);
  }
  if (nameOnly.size > 0)
    warnings.push(
      `${nameOnly.size} sender${nameOnly.size === 1 ? ' has' : 's have'} no address, only a name; their identity is the name (mbox:name:…), which may join different people or split one: ${[...nameOnly].sort().slice(0, 5).join(', ')}`,
    );
  if (deobfuscated > 0)
    warnings.push(
      `${deobfuscated} From address${deobfuscated === 1 ? ' was' : 'es were'} written "user at example.org" (Pipermail's obfuscation) and read as user@example.org`,
    );
  if (repaired > 0)
    warnings.push(
      `${repaired} sender name${repaired === 1 ? ' was' : 's were'} labelled UTF-8 but ${repaired === 1 ? 'was' : 'were'} not; read as Windows-1252 (ISO-8859-1) instead`,
    );
  if (bySubject > 0)
    warnings.push(
      `${bySubject} repl${bySubject === 1 ? 'y was' : 'ies were'} threaded by subject (no usable References or In-Reply-To); set subjectFallback: false to leave them unthreaded`,
    );
  if (orphanReplies > 0)
    warnings.push(
      `${orphanReplies} repl${orphanReplies === 1 ? 'y answers' : 'ies answer'} a message that is not in the archive (kept as replies without replyTo)`,
    );
  const threads = new Set(activities.map((a) => a.thread)).size;
  const extract: SourceExtract = {
    format: SOURCE_EXTRACT_FORMAT,
    source: 'mbox',
    files: files.flatMap((f) => (f.file === undefined ? [] : [f.file])),
    identities: [...identities.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    profiles: [],
    activities,
    gatherings: [],
    roleAssignments: [],
    skillAssessments: [],
    read: { messages: seen, threads, senders: identities.size },
    mailmap: [],
    skipped: skipped.list(),
    warnings,
  };
  if (options.description !== undefined) extract.description = options.description;
  return extract;
}

/** Where a message starts, for the skipped list: `file:line`, or `line N` without a file name. */
const whereOf = (file: string | undefined, line: number): string =>
  file === undefined ? `line ${line}` : `${file}:${line}`;

/** Where a message was read: Message-ID, file, line of its From_ line, position (fields that are unknown are left out, not undefined). */
function provenanceOf(k: Kept): NonNullable<Activity['provenance']> {
  const record = `message ${k.index + 1}`;
  const sourceId = k.mail.messageId?.slice(0, 1000);
  if (sourceId === undefined)
    return k.file === undefined
      ? { source: 'mbox', line: k.line, record }
      : { source: 'mbox', file: k.file, line: k.line, record };
  return k.file === undefined
    ? { source: 'mbox', sourceId, line: k.line, record }
    : { source: 'mbox', sourceId, file: k.file, line: k.line, record };
}

/** (date, Message-ID, sender, subject, input order): the order ties are settled in. */
function compareKept(a: Kept, b: Kept): number {
  return (
    a.mail.at.getTime() - b.mail.at.getTime() ||
    cmp(a.id, b.id) ||
    cmp(a.mail.address.toLowerCase(), b.mail.address.toLowerCase()) ||
    cmp(a.mail.subject, b.mail.subject) ||
    a.order - b.order
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Gives every message a unique id and drops duplicates. A message without a
 * Message-ID gets `no-message-id-<hash>`, 16 hex digits of the SHA-256 of its date, sender and subject. Two
 * messages with one Message-ID, the same sender and the same date are one
 * message read twice (cross-posted to two archives, or re-sent): the first in
 * (date, sender, subject, file order) is kept and the others skipped. With a
 * different sender or date they are different messages with a reused id
 * (a broken mailer): each later one gets `<id>#2`, `#3`… (as JWZ does) and a
 * warning.
 */
function settleMessageIds(kept: Kept[], skipped: ReturnType<typeof skipTally>, warnings: string[]): Kept[] {
  let missing = 0;
  for (const k of kept) {
    if (k.mail.messageId !== undefined) k.id = k.mail.messageId;
    else {
      missing++;
      const key = [k.mail.at.toISOString(), k.mail.address.toLowerCase() || k.mail.name, k.mail.subject];
      k.id = `no-message-id-${shortHash(key.join('\n'))}`;
    }
  }
  if (missing > 0)
    warnings.push(
      `${missing} message${missing === 1 ? ' has' : 's have'} no Message-ID; ${missing === 1 ? 'it is' : 'they are'} named from date, sender and subject (replies cannot refer to ${missing === 1 ? 'it' : 'them'})`,
    );
  const sorted = [...kept].sort(compareKept);
  const first = new Map<string, Kept>();
  const copies = new Map<string, number>();
  const out: Kept[] = [];
  let reused = 0;
  for (const k of sorted) {
    const original = first.get(k.id);
    if (original === undefined) {
      first.set(k.id, k);
      out.push(k);
      continue;
    }
    if (
      original.mail.at.getTime() === k.mail.at.getTime() &&
      original.mail.address.toLowerCase() === k.mail.address.toLowerCase()
    ) {
      skipped.skip(
        'duplicate Message-ID (the same message twice: cross-posted, re-sent or in two files)',
        `${k.file === undefined ? 'line' : k.file}${k.file === undefined ? ' ' : ':'}${k.line} <${k.id}>`,
      );
      continue;
    }
    const n = (copies.get(k.id) ?? 1) + 1;
    copies.set(k.id, n);
    reused++;
    k.id = `${k.id}#${n}`;
    out.push(k);
  }
  if (reused > 0)
    warnings.push(
      `${reused} message${reused === 1 ? ' reuses' : 's reuse'} the Message-ID of a different message (other sender or date); kept as distinct messages (<id>#2…), and replies to that id go to the first`,
    );
  return out;
}

/** The identity id of a message's sender, adding the identity on first sight. */
function identityOf(
  mail: MailMessage,
  identities: Map<string, SourceIdentity>,
  nameOnly: Set<string>,
): string {
  if (mail.address !== '') {
    const id = boundedId('mbox:', mail.address.toLowerCase());
    let identity = identities.get(id);
    if (identity === undefined) {
      identity = {
        id,
        source: 'mbox',
        sourceId: mail.address.toLowerCase().slice(0, 1000),
        email: mail.address.slice(0, 500),
      };
      identities.set(id, identity);
    }
    if (identity.name === undefined && mail.name !== '') identity.name = mail.name.slice(0, 500);
    return id;
  }
  const key = mail.name.replace(/\s+/g, ' ').trim().toLowerCase();
  const id = boundedId('mbox:name:', key);
  if (!identities.has(id)) {
    identities.set(id, { id, source: 'mbox', name: mail.name.slice(0, 500) });
    nameOnly.add(mail.name);
  }
  return id;
}
