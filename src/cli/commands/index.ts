import type { CliCommand } from './command.js';
import { demoCommand } from './demo.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command, in the order the help lists them. One line each. */
export const COMMANDS: readonly CliCommand[] = [demoCommand, reportCommand, validateCommand, schemaCommand];
