import type { CliCommand } from './command.js';
import { importCsv } from './importCsv.js';
import { importGharchive } from './importGharchive.js';
import { importGitCommand } from './importGit.js';
import { importGithub } from './importGithub.js';
import { importMbox } from './importMbox.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [
  importGitCommand(),
  importCsv,
  importGithub,
  importGharchive,
  importMbox,
];
