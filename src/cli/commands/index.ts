import type { CliCommand } from './command.js';
import { importDiscourseCommand } from './importDiscourse.js';
import { importSlackCommand } from './importSlack.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [importSlackCommand, importDiscourseCommand];
