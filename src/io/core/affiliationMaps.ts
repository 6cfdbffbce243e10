import { z } from 'zod';
import { DateInputSchema } from '../../model/dateInput.js';
import { InputFormatError } from '../../model/errors.js';
import { LabelSchema } from '../../model/ids.js';
import { requireString } from '../../model/internal/argumentChecks.js';

/**
 * One line of a domain map: addresses at `domain` belong to `organisation`
 * (until `until`, exclusive, when given). A leading `*.` also covers every
 * subdomain (`*.cam.ac.uk` → `cl.cam.ac.uk`); without it, subdomains are
 * separate domains.
 *
 * @example
 * ```ts
 * DomainAffiliationSchema.parse({ domain: '*.cam.ac.uk', organisation: 'University of Cambridge' }).domain; // → '*.cam.ac.uk'
 * ```
 */
export const DomainAffiliationSchema = z.strictObject({
  /** The domain, lower case; `*.` prefix for it and its subdomains. */
  domain: z.string().trim().toLowerCase().min(1).max(500),
  /** The organisation. */
  organisation: LabelSchema,
  /** The organisation holds before this date only (gitdm `< date`). */
  until: DateInputSchema.optional(),
});

/** One domain → organisation line (see {@link DomainAffiliationSchema}). */
export type DomainAffiliation = z.output<typeof DomainAffiliationSchema>;

/**
 * One enrollment: the person with this address belongs to `organisation`
 * (until `until`, exclusive). Several lines for one address make periods, as in
 * gitdm's email-map: `alice@x.org Acme < 2019-06-30` then `alice@x.org Beta`.
 *
 * @example
 * ```ts
 * EnrollmentSchema.parse({ email: 'alice@x.org', organisation: 'Acme', until: '2019-06-30' }).until?.toISOString(); // → '2019-06-30T00:00:00.000Z'
 * ```
 */
export const EnrollmentSchema = z.strictObject({
  /** The address (compared normalised). */
  email: z.string().trim().toLowerCase().min(1).max(500),
  /** The organisation. */
  organisation: LabelSchema,
  /** Before this date only. */
  until: DateInputSchema.optional(),
});

/** One enrollment (see {@link EnrollmentSchema}). */
export type Enrollment = z.output<typeof EnrollmentSchema>;

function gitdmLines(
  fn: string,
  text: string,
  file: string,
): { key: string; organisation: string; until?: Date; line: number }[] {
  const out: { key: string; organisation: string; until?: Date; line: number }[] = [];
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, '').replace(/#.*$/, '').trim();
    if (line === '') return;
    const m = /^(\S+)\s+(.+?)(?:\s*<\s*(\d{4}-\d{2}-\d{2}))?$/.exec(line);
    if (m === null || (m[2] as string).trim() === '')
      throw new InputFormatError(
        fn,
        { file, line: i + 1 },
        'expected "<address or domain> <organisation> [< YYYY-MM-DD]"',
        {
          value: rawLine,
        },
      );
    let until: Date | undefined;
    if (m[3] !== undefined) {
      until = new Date(`${m[3]}T00:00:00Z`);
      if (Number.isNaN(until.getTime()))
        throw new InputFormatError(fn, { file, line: i + 1 }, `"${m[3]}" is not a date`, { value: rawLine });
    }
    out.push({
      key: (m[1] as string).toLowerCase(),
      organisation: (m[2] as string).trim(),
      ...(until === undefined ? {} : { until }),
      line: i + 1,
    });
  });
  return out;
}

/**
 * Reads a gitdm `domain-map` (lines `domain organisation [< YYYY-MM-DD]`, `#`
 * comments). Unlike gitdm, subdomains are not folded into a parent unless the
 * line says `*.domain`.
 *
 * @param text - the file's contents
 * @param file - its name, for errors
 * @returns one entry per line
 * @throws {@link InputFormatError} naming the file and line of a malformed line
 *
 * @example
 * ```ts
 * parseDomainMap('# employers\nacme.com  Acme Inc.\n*.uni.edu  Uni < 2020-01-01')
 *   .map((d) => [d.domain, d.organisation]); // → [['acme.com', 'Acme Inc.'], ['*.uni.edu', 'Uni']]
 * ```
 */
export function parseDomainMap(text: string, file = 'domain-map'): DomainAffiliation[] {
  requireString('parseDomainMap', 'text', text);
  requireString('parseDomainMap', 'file', file);
  return gitdmLines('parseDomainMap', text, file).map((l) => ({
    domain: l.key,
    organisation: l.organisation,
    ...(l.until === undefined ? {} : { until: l.until }),
  }));
}

/**
 * Reads a gitdm `email-map` with enrollment periods (lines
 * `address organisation [< YYYY-MM-DD]`; an address on several lines changes
 * organisation at each date).
 *
 * @param text - the file's contents
 * @param file - its name, for errors
 * @returns one enrollment per line
 * @throws {@link InputFormatError} naming the file and line of a malformed line
 *
 * @example
 * ```ts
 * parseEmailMap('alice@x.org  Acme < 2019-06-30\nalice@x.org  Beta Labs').map((e) => e.organisation); // → ['Acme', 'Beta Labs']
 * ```
 */
export function parseEmailMap(text: string, file = 'email-map'): Enrollment[] {
  requireString('parseEmailMap', 'text', text);
  requireString('parseEmailMap', 'file', file);
  return gitdmLines('parseEmailMap', text, file).map((l) => ({
    email: l.key,
    organisation: l.organisation,
    ...(l.until === undefined ? {} : { until: l.until }),
  }));
}
