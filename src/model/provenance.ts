import { z } from 'zod';
import { LabelSchema } from './ids.js';

/**
 * Where a record came from: the source it was read from (`git`, `github`,
 * `slack`, `csv:zoom`…), the record's own id there (a commit hash, a message
 * `ts`, a comment id), the file and line or record it was read at, and the
 * part the member played in it when that is not the obvious one (`co-author`,
 * `reviewed-by`…). Importers fill it in so every number can be traced back to
 * the export it came from.
 *
 * @example
 * ```ts
 * ProvenanceSchema.parse({ source: 'git', sourceId: '9fceb02', file: 'git.log', line: 120, role: 'co-author' });
 * ```
 */
export const ProvenanceSchema = z.object({
  /** The source it was read from, e.g. `git`, `github`, `slack`, `csv:zoom`. */
  source: LabelSchema,
  /** The record's id in that source (commit hash, comment id, message ts…). */
  sourceId: z.string().min(1).max(1000).optional(),
  /** The file it was read from, as the user named it. */
  file: z.string().min(1).max(4096).optional(),
  /** The 1-based line in that file where the record starts. */
  line: z.number().int().min(1).optional(),
  /** The record within the file when lines do not say it (e.g. `messages[3]`). */
  record: z.string().min(1).max(1000).optional(),
  /** The part the member played, when not the obvious one (`co-author`, `reviewed-by`…). */
  role: LabelSchema.optional(),
});

/** Where a record came from (see {@link ProvenanceSchema}). */
export type Provenance = z.output<typeof ProvenanceSchema>;
