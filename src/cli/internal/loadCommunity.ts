import { safeParseCommunityJson } from '../../io/parseCommunityJson.js';
import type { Community } from '../../model/community.js';
import type { CliIo } from '../cliIo.js';
import { UsageError } from '../commands/command.js';
import { ioProblem } from './ioProblem.js';

/** Reads the text of `path`, or a UsageError in plain words. */
export function readText(path: string, io: CliIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${ioProblem(error)}`);
  }
}

/**
 * Reads and validates a community file; on invalid input lists every problem
 * with its path on stderr and returns undefined (exit code 1).
 */
export function loadCommunity(path: string, io: CliIo): Community | undefined {
  const result = safeParseCommunityJson(readText(path, io));
  if (result.success) return result.data;
  const v = result.error;
  const total = v.issues.length + v.more;
  io.stderr(`${path}: ${total} problem${total === 1 ? '' : 's'}\n`);
  for (const issue of v.issues) io.stderr(`  ${issue.path || '(root)'}: ${issue.message}\n`);
  if (v.more > 0) io.stderr(`  … and ${v.more} more\n`);
  return undefined;
}
