import type { CliCommand } from './command.js';
import { importDiscordCommand } from './importDiscord.js';
import { importDiscourseCommand } from './importDiscourse.js';
import { importSlackCommand } from './importSlack.js';
import { importZulipCommand } from './importZulip.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
// biome-ignore format: one command per line, so that branches adding commands merge cleanly
export const COMMANDS: readonly CliCommand[] = [
  importSlackCommand,
  importDiscourseCommand,
  importDiscordCommand,
  importZulipCommand,
];
