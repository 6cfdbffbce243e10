import { combineCommand } from './combine.js';
import type { CliCommand } from './command.js';
import { importCsv } from './importCsv.js';
import { importDiscordCommand } from './importDiscord.js';
import { importDiscourseCommand } from './importDiscourse.js';
import { importGharchive } from './importGharchive.js';
import { importGitCommand } from './importGit.js';
import { importGithub } from './importGithub.js';
import { importMbox } from './importMbox.js';
import { importSlackCommand } from './importSlack.js';
import { pseudonymiseCommand } from './pseudonymise.js';

/** Every command registered beyond the built-in ones, in the order the help lists them. One line each. */
// biome-ignore format: one command per line, so that branches adding commands merge cleanly
export const COMMANDS: readonly CliCommand[] = [
  importGitCommand(),
  importCsv,
  importGithub,
  importGharchive,
  importMbox,
  importSlackCommand,
  importDiscourseCommand,
  importDiscordCommand,
  combineCommand,
  pseudonymiseCommand,
];
