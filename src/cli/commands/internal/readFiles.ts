import type { CliIo } from '../../cliIo.js';
import { UsageError } from '../command.js';

/*
 * How the commands read the files named on their command line: a file that
 * cannot be read (missing, permissions, vanished) is a usage error naming it.
 */

/** The usage error for a file that cannot be read: `cannot read PATH: <why>`. */
export function cannotRead(path: string, error: unknown): UsageError {
  return new UsageError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
}

/** The whole text of `path`; a read failure is {@link cannotRead}. */
export function readTextFile(path: string, io: CliIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** The chunks of `path`, streamed; a read failure, also midway, is {@link cannotRead}. */
export async function* fileChunks(path: string, io: CliIo): AsyncGenerator<Uint8Array> {
  try {
    yield* io.readStream(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** Whether `path` is a directory; one that cannot be looked at is {@link cannotRead}. */
export function isDirectoryPath(path: string, io: CliIo): boolean {
  try {
    return io.isDirectory(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}
