import type { z } from 'zod';
import { InputFormatError } from '../../../model/errors.js';

/**
 * The first issue of a record that failed its schema, as an InputFormatError
 * at the row and the column its field came from (`header` maps a field name
 * to the header the file writes).
 */
export function recordIssue(
  fn: string,
  issues: readonly z.core.$ZodIssue[],
  at: { file?: string | undefined; line: number },
  header: (field: string) => string | undefined,
): InputFormatError {
  const issue = issues[0];
  const field = String(issue?.path[0] ?? '');
  const column = header(field);
  return new InputFormatError(
    fn,
    { file: at.file, line: at.line, ...(column === undefined ? {} : { column }) },
    `${column === undefined && field !== '' ? `${field}: ` : ''}${issue?.message ?? 'invalid record'}`,
  );
}
