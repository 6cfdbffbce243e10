import { z } from 'zod';
import { InputFormatError, ValidationError } from '../../../model/errors.js';
import type { GithubInputFile } from '../githubInputFile.js';

/** The options both GitHub adapters take (see githubExtract and ghArchiveExtract). */
export const commonGithubOptions = {
  /** Labels that make an issue a question (matched without case, on the part after the last `:` or `/`, so `type: question` matches). */
  questionLabels: z.array(z.string().min(1).max(200)).max(1000).default(['question', 'help', 'support']),
  /** When a pull request opened as a draft starts waiting for a response: when marked ready for review (github/issue-metrics), or when created. */
  draftStart: z.enum(['ready-for-review', 'created']).default('ready-for-review'),
  /** Keep titles and bodies as activity text (off by default: they may hold personal data). */
  text: z.boolean().default(false),
  /** A description of what was read (default: the repositories seen). */
  description: z.string().max(1000).optional(),
};

/** One file to read (see GithubInputFile). */
export type NamedInput = GithubInputFile;

/** Checks the files argument: a non-empty array of `{ name, input }` with distinct non-empty names. */
export function checkFiles(fn: string, files: unknown): NamedInput[] {
  if (!Array.isArray(files) || files.length === 0)
    throw new ValidationError(fn, [
      { path: 'files', message: 'expected a non-empty array of { name, input }', code: 'invalid-input' },
    ]);
  const seen = new Set<string>();
  files.forEach((f: unknown, i) => {
    const name = (f as { name?: unknown } | null)?.name;
    const input = (f as { input?: unknown } | null)?.input;
    if (typeof name !== 'string' || name.length === 0 || name.length > 4096)
      throw new ValidationError(fn, [
        {
          path: `files[${i}].name`,
          message: 'expected the file name (1–4096 characters)',
          code: 'invalid-input',
        },
      ]);
    if (input === undefined || input === null)
      throw new ValidationError(fn, [
        {
          path: `files[${i}].input`,
          message: 'expected text, bytes or a stream of chunks',
          code: 'invalid-input',
        },
      ]);
    if (seen.has(name)) throw new InputFormatError(fn, { file: name }, 'the same file name is given twice');
    seen.add(name);
  });
  return files as NamedInput[];
}
