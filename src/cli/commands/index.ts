import type { CliCommand } from './command.js';
import { importMbox } from './importMbox.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [importMbox];
