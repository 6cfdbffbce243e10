import { importSlack } from '../../io/slack/importSlack.js';
import type { CliCommand } from './command.js';
import { chatImportCommand } from './internal/chatImport.js';

/** `community-kit import slack PATH --out extract.json`: a Slack export ZIP or its unzipped folder to a source extract. */
export const importSlackCommand: CliCommand = chatImportCommand({
  source: 'slack',
  summary: 'A Slack workspace export (ZIP or unzipped folder) to a source extract.',
  usage: `Usage: community-kit import slack PATH [--out extract.json] [--direct-messages] [--text]

Reads a Slack workspace export: the ZIP an admin downloads (Workspace settings →
Import/Export Data → Export), or its unzipped folder (users.json, channels.json,
one folder of day files per channel). See docs/io/slack.md.

Options:
  --out FILE          Write the extract (JSON) to FILE instead of stdout.
  --direct-messages   Also read direct messages (dms.json, mpims.json) when the export has them.
  --text              Keep message text in the extract (left out by default).
`,
  zip: true,
  options: { 'direct-messages': { type: 'boolean' }, text: { type: 'boolean' } },
  run: (input, values) =>
    importSlack(input, { directMessages: values['direct-messages'] === true, text: values.text === true }),
});
