/** A file-system error in plain words (no EISDIR / EACCES codes), for messages like "cannot write x: …". */
export function ioProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EISDIR':
      return 'it is a directory; give a file name';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a directory';
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default: {
      const message = error instanceof Error ? error.message : String(error);
      // Node writes "ENOENT: no such file or directory, open 'x'": keep the words, drop the code and the call.
      return message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
    }
  }
}
