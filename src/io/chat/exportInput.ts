/**
 * One file of an export given file by file (an unzipped export folder, or
 * files a program already holds): its path inside the export
 * (`general/2024-01-02.json`, `users.json`) and either its whole text or its
 * bytes (one array, or a stream of chunks; UTF-8, gzip recognised).
 *
 * @example
 * ```ts
 * const file: ExportFile = { path: 'users.json', text: '[]' };
 * file.path; // → 'users.json'
 * ```
 */
export interface ExportFile {
  /** The path inside the export, with `/` between folders (`general/2024-01-02.json`). */
  path: string;
  /** The whole text of the file. */
  text?: string;
  /** The bytes of the file, whole or as a stream of chunks (used when `text` is absent). */
  bytes?: Uint8Array | Iterable<Uint8Array> | AsyncIterable<Uint8Array>;
}

/**
 * What the chat and forum importers read: a ZIP archive, or a tar archive
 * gzipped or not (Zulip's `.tar.gz`) — its bytes, whole or as a stream of
 * chunks; each entry is read on its own, so memory holds one file at a
 * time — or the export's files one by one (a list or an async
 * stream of {@link ExportFile}s, e.g. an unzipped folder). The order of files
 * does not matter: importers sort what they read by path.
 *
 * @example
 * ```ts
 * const input: ExportInput = [{ path: 'users.json', text: '[]' }, { path: 'channels.json', text: '[]' }];
 * Array.isArray(input); // → true
 * ```
 */
export type ExportInput =
  | Uint8Array
  | ArrayBuffer
  | AsyncIterable<Uint8Array>
  | Iterable<ExportFile>
  | AsyncIterable<ExportFile>;
