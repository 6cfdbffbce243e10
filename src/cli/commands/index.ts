import type { CliCommand } from './command.js';
import { importGharchive } from './importGharchive.js';
import { importGithub } from './importGithub.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [importGithub, importGharchive];
