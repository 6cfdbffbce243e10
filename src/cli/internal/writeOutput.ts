import type { CliIo } from '../cliIo.js';
import { UsageError } from '../commands/command.js';
import { ioProblem } from './ioProblem.js';

/** Writes `content` to `path`, or a UsageError in plain words (`cannot write out/: it is a directory`). */
export async function writeOutput(path: string, content: string, io: CliIo): Promise<void> {
  try {
    await io.writeFile(path, content);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${ioProblem(error)}`);
  }
}
