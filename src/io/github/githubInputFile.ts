import type { TextInput } from '../core/textInput.js';

/**
 * One file given to {@link githubExtract} or {@link ghArchiveExtract}: its
 * name as the user gave it (used in errors and provenance) and its content —
 * text, bytes, or a stream of chunks such as a Node read stream (gzip is
 * detected).
 *
 * @example
 * ```ts
 * const file: GithubInputFile = { name: 'issues.json', input: '[]' };
 * file.name; // → 'issues.json'
 * ```
 */
export interface GithubInputFile {
  /** The file name as the user gave it. */
  name: string;
  /** Its content: text, bytes or a stream of chunks. */
  input: TextInput;
}
