import type { CliCommand } from './command.js';
import { importCsv } from './importCsv.js';
import { importGitCommand } from './importGit.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [
  importGitCommand(),
  importCsv,
];
