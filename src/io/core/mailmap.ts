import { z } from 'zod';
import { InputFormatError } from '../../model/errors.js';
import { requireObject, requireOptions, requireString } from '../../model/internal/argumentChecks.js';
import { fail, parseWith } from '../../model/validate.js';

/**
 * One line of a `.mailmap` file (gitmailmap(5)): the proper name and/or
 * e-mail to show for commits made as `commitEmail` (and, when given, only
 * those also made as `commitName`). With no `properEmail` the line only
 * replaces the name; with no `properName` it only replaces the e-mail.
 *
 * @example
 * ```ts
 * MailmapEntrySchema.parse({ properName: 'Ada Lovelace', commitEmail: 'ada@old.example', line: 3 });
 * ```
 */
export const MailmapEntrySchema = z.object({
  /** The name to show, if the line sets one. */
  properName: z.string().max(500).optional(),
  /** The e-mail to show, if the line sets one. */
  properEmail: z.string().max(500).optional(),
  /** Only commits made under this name (any name when absent). */
  commitName: z.string().max(500).optional(),
  /** Commits made with this e-mail (matched without regard to case; may be empty, as `<>`). */
  commitEmail: z.string().max(500),
  /** The file the line is in, as the user named it. */
  file: z.string().max(4096).optional(),
  /** Its 1-based line number. */
  line: z.number().int().min(1),
});

/** One `.mailmap` line (see {@link MailmapEntrySchema}). */
export type MailmapEntry = z.output<typeof MailmapEntrySchema>;

/** A name and e-mail as a commit records them. */
export interface NameAndEmail {
  name: string;
  email: string;
}

/**
 * Reads one `<…>`-delimited name-and-email from `text` at `from`, the way
 * git's `parse_name_and_email` does: the name is the trimmed text before `<`,
 * the e-mail what is between `<` and the next `>`.
 */
function nameAndEmail(
  text: string,
  from: number,
  allowEmptyEmail: boolean,
): { name?: string; email: string; next: number } | undefined {
  const left = text.indexOf('<', from);
  if (left < 0) return undefined;
  const right = text.indexOf('>', left + 1);
  if (right < 0) return undefined;
  if (!allowEmptyEmail && right === left + 1) return undefined;
  const name = text.slice(from, left).trim();
  return { ...(name === '' ? {} : { name }), email: text.slice(left + 1, right), next: right + 1 };
}

/**
 * Parses a `.mailmap` file exactly as git reads it (gitmailmap(5) and git's
 * mailmap.c): the four line forms, `#` comment lines, text after the last
 * `>` ignored, lines that are not mappings ignored (git does not complain;
 * neither do we, but lines with a `<` that fail to parse are reported when
 * `strict` is set).
 *
 * @param text - the file's contents
 * @param options - `file` to name in provenance and errors; `strict` to refuse lines with a `<` that are not mappings
 * @returns the entries in file order
 * @throws {@link InputFormatError} in strict mode, naming the file and line
 *
 * @example
 * ```ts
 * parseMailmap('# people\nAda Lovelace <ada@new.example> <ada@old.example>\n<bob@x.org> Bobby <BOB@y.org>')
 *   .map((e) => [e.properName, e.properEmail, e.commitName, e.commitEmail]);
 * // → [['Ada Lovelace', 'ada@new.example', undefined, 'ada@old.example'], [undefined, 'bob@x.org', 'Bobby', 'BOB@y.org']]
 * ```
 */
export function parseMailmap(
  text: string,
  options: { file?: string; strict?: boolean } = {},
): MailmapEntry[] {
  requireString('parseMailmap', 'text', text);
  requireOptions('parseMailmap', 'options', options);
  const entries: MailmapEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/\r$/, '');
    if (raw.startsWith('#')) continue;
    const first = nameAndEmail(raw, 0, false);
    if (first === undefined) {
      if (options.strict === true && raw.includes('<'))
        throw new InputFormatError(
          'parseMailmap',
          { ...(options.file === undefined ? {} : { file: options.file }), line: i + 1 },
          'expected "Proper Name <proper@email> Commit Name <commit@email>" (parts optional, see gitmailmap(5))',
          { value: raw },
        );
      continue;
    }
    const second = first.next < raw.length ? nameAndEmail(raw, first.next, true) : undefined;
    const where = { ...(options.file === undefined ? {} : { file: options.file }), line: i + 1 };
    if (second === undefined) {
      // "Proper Name <commit@email>": only the name is replaced.
      entries.push({
        ...(first.name === undefined ? {} : { properName: first.name }),
        commitEmail: first.email,
        ...where,
      });
    } else {
      entries.push({
        ...(first.name === undefined ? {} : { properName: first.name }),
        properEmail: first.email,
        ...(second.name === undefined ? {} : { commitName: second.name }),
        commitEmail: second.email,
        ...where,
      });
    }
  }
  return entries;
}

/** What a mailmap says for one commit e-mail: the e-mail-only mapping and the name-specific ones. */
export interface EmailMapping {
  /** The e-mail-only lines combined (later lines override earlier ones field by field), and those lines. */
  simple: { name?: string; email?: string; entries: MailmapEntry[] };
  /** Name-specific lines by lower-cased commit name (a later line for a name replaces an earlier one). */
  byName: Map<string, { name?: string; email?: string; entry: MailmapEntry }>;
}

/** A mailmap ready to apply (see {@link mailmapIndex}). */
export interface MailmapIndex {
  /** Commit e-mail (lower case) → its mappings. */
  readonly byEmail: ReadonlyMap<string, EmailMapping>;
}

/**
 * Builds the lookup git builds from mailmap entries: per commit e-mail (case
 * insensitive), a simple mapping that later lines complete or override field
 * by field (so two lines combine), and name-specific mappings where a later
 * line for the same name replaces an earlier one.
 *
 * @param entries - from {@link parseMailmap}, in file order (several files: concatenate in the order git reads them)
 * @returns the index for {@link applyMailmap}
 *
 * @example
 * ```ts
 * mailmapIndex(parseMailmap('A <a@x.org>\n<a@y.org> <a@x.org>')).byEmail.size; // → 1
 * ```
 */
export function mailmapIndex(entries: readonly MailmapEntry[]): MailmapIndex {
  parseWith('mailmapIndex', z.array(MailmapEntrySchema), entries, 'entries');
  const byEmail = new Map<string, EmailMapping>();
  for (const e of entries) {
    const key = e.commitEmail.toLowerCase();
    let m = byEmail.get(key);
    if (m === undefined) {
      m = { simple: { entries: [] }, byName: new Map() };
      byEmail.set(key, m);
    }
    if (e.commitName === undefined) {
      if (e.properName !== undefined) m.simple.name = e.properName;
      if (e.properEmail !== undefined) m.simple.email = e.properEmail;
      m.simple.entries.push(e);
    } else {
      m.byName.set(e.commitName.toLowerCase(), {
        ...(e.properName === undefined ? {} : { name: e.properName }),
        ...(e.properEmail === undefined ? {} : { email: e.properEmail }),
        entry: e,
      });
    }
  }
  return { byEmail };
}

/**
 * The name and e-mail git shows for a commit identity under a mailmap
 * (`git log --use-mailmap`, `%aN <%aE>`), and the lines that decided it: a
 * name-specific line for this name beats the e-mail-only lines; e-mail-only
 * lines combine, a later one overriding an earlier one field by field.
 * Matching ignores case in both name and e-mail, as git does.
 *
 * @param index - from {@link mailmapIndex}
 * @param who - the identity as the commit records it
 * @returns the mapped identity and the entries that applied (empty when none did)
 *
 * @example
 * ```ts
 * const index = mailmapIndex(parseMailmap('Ada Lovelace <ada@new.example> <ADA@old.example>'));
 * const { name, email } = applyMailmap(index, { name: 'ada', email: 'ada@old.example' });
 * [name, email]; // → ['Ada Lovelace', 'ada@new.example']
 * ```
 */
export function applyMailmap(
  index: MailmapIndex,
  who: NameAndEmail,
): NameAndEmail & { entries: readonly MailmapEntry[] } {
  requireObject('applyMailmap', 'index', index);
  if (!(index.byEmail instanceof Map))
    fail('applyMailmap', [
      { path: 'index', message: 'expected an index from mailmapIndex', code: 'invalid-input' },
    ]);
  requireObject('applyMailmap', 'who', who);
  requireString('applyMailmap', 'who.email', who.email);
  const m = index.byEmail.get(who.email.toLowerCase());
  if (m === undefined) return { ...who, entries: [] };
  const named = m.byName.size > 0 ? m.byName.get(who.name.toLowerCase()) : undefined;
  if (named !== undefined)
    return { name: named.name ?? who.name, email: named.email ?? who.email, entries: [named.entry] };
  if (m.simple.entries.length === 0) return { ...who, entries: [] };
  return { name: m.simple.name ?? who.name, email: m.simple.email ?? who.email, entries: m.simple.entries };
}
