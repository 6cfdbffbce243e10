import { combineCommand } from './combine.js';
import type { CliCommand } from './command.js';
import { demoCommand } from './demo.js';
import { importCsv } from './importCsv.js';
import { importDiscordCommand } from './importDiscord.js';
import { importDiscourseCommand } from './importDiscourse.js';
import { importGharchive } from './importGharchive.js';
import { importGit } from './importGit.js';
import { importGithub } from './importGithub.js';
import { importMbox } from './importMbox.js';
import { importSlackCommand } from './importSlack.js';
import { importZulipCommand } from './importZulip.js';
import { pseudonymiseCommand } from './pseudonymise.js';
import { reportCommand } from './report.js';
import { schemaCommand } from './schema.js';
import { validateCommand } from './validate.js';

/** Every command, in the order the help lists them. One line each. */
// biome-ignore format: one command per line, so that branches adding commands merge cleanly
export const COMMANDS: readonly CliCommand[] = [
  demoCommand,
  reportCommand,
  validateCommand,
  schemaCommand,
  importGit,
  importCsv,
  importGithub,
  importGharchive,
  importMbox,
  importSlackCommand,
  importDiscourseCommand,
  importDiscordCommand,
  importZulipCommand,
  combineCommand,
  pseudonymiseCommand,
];
