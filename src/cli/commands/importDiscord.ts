import { importDiscord } from '../../io/discord/importDiscord.js';
import type { CliCommand } from './command.js';
import { chatImportCommand } from './internal/chatImport.js';

/** `community-kit import discord PATH… --out extract.json`: DiscordChatExporter JSON files to a source extract. */
export const importDiscordCommand: CliCommand = chatImportCommand({
  source: 'discord',
  summary: 'DiscordChatExporter JSON files (one per channel or thread) to a source extract.',
  usage: `Usage: community-kit import discord PATH… [--out extract.json] [--direct-messages] [--text]

Reads Discord channels and threads exported with DiscordChatExporter
(--format Json). PATH may be files, folders of them, or one ZIP.
See docs/io/discord.md.

Options:
  --out FILE          Write the extract (JSON) to FILE instead of stdout.
  --direct-messages   Also read direct-message exports.
  --text              Keep message content in the extract (left out by default).
`,
  zip: true,
  options: { 'direct-messages': { type: 'boolean' }, text: { type: 'boolean' } },
  run: (input, values) =>
    importDiscord(input, { directMessages: values['direct-messages'] === true, text: values.text === true }),
});
