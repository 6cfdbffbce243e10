import { combineCommand } from './combine.js';
import type { CliCommand } from './command.js';
import { pseudonymiseCommand } from './pseudonymise.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [combineCommand, pseudonymiseCommand];
