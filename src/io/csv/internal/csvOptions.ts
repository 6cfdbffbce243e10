import { z } from 'zod';
import { isTimeZone } from '../../../model/member.js';
import type { ColumnSpec } from './csvTable.js';

/*
 * What the CSV readers (roster, role assignments, skills survey, attendance)
 * share in their options: how a header and a file name are bounded, how dates
 * and fields read, and how a user's column names join the built-in aliases.
 */

/** A column header a user names. */
export const COLUMN_HEADER = z.string().min(1).max(500);

/** The file-name option (for errors and provenance). */
export const FILE_OPTION = z.string().min(1).max(4096).optional();

/** The option fields every CSV reader has: the zone and day order of dates, the field separator (each reader documents them in its own words). */
export const CSV_READING_OPTION_FIELDS = {
  timeZone: z
    .string()
    .refine(isTimeZone, { message: 'expected an IANA time zone such as "Europe/Berlin" or "UTC"' })
    .default('UTC'),
  dateOrder: z.enum(['mdy', 'dmy']).default('mdy'),
  delimiter: z.enum([',', ';', '\t', 'auto']).default('auto'),
} as const;

/** The `columns` option of a reader whose columns are the keys of `aliases`: a header for any of them. */
export const columnsOption = <K extends string>(aliases: Readonly<Record<K, readonly string[]>>) =>
  z.partialRecord(z.enum(Object.keys(aliases) as [K, ...K[]]), COLUMN_HEADER).optional();

/**
 * The column specs of `keys`: the user's header for a key (from `named`)
 * tried first, then the built-in `aliases`; `required` says which keys a file
 * must have.
 */
export function aliasedColumns<K extends string>(
  keys: readonly K[],
  aliases: Readonly<Record<K, readonly string[]>>,
  named: Partial<Record<K, string>> | undefined,
  required: (key: K) => boolean = () => false,
): ColumnSpec[] {
  return keys.map((key) => ({
    key,
    aliases: [...(named?.[key] === undefined ? [] : [named[key] as string]), ...aliases[key]],
    required: required(key),
  }));
}
