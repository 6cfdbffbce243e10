import { importZulip } from '../../io/zulip/importZulip.js';
import type { CliCommand } from './command.js';
import { chatImportCommand } from './internal/chatImport.js';

/** `community-kit import zulip PATH --out extract.json`: a Zulip organisation export (.tar.gz or folder) to a source extract. */
export const importZulipCommand: CliCommand = chatImportCommand({
  source: 'zulip',
  summary:
    'A Zulip organisation export (.tar.gz, or its folder: realm.json, messages-*.json) to a source extract.',
  usage: `Usage: community-kit import zulip PATH… [--out extract.json] [--direct-messages] [--text]

Reads a Zulip organisation export: the .tar.gz that "manage.py export" or
Organization settings → Data exports writes, streamed without untarring it,
or the folder inside it (realm.json, messages-000001.json…), or a ZIP.
See docs/io/zulip.md.

Options:
  --out FILE          Write the extract (JSON) to FILE instead of stdout.
  --direct-messages   Also read direct messages when the export has them.
  --text              Keep message content in the extract (left out by default).
`,
  zip: true,
  tar: true,
  options: { 'direct-messages': { type: 'boolean' }, text: { type: 'boolean' } },
  run: (input, values) =>
    importZulip(input, { directMessages: values['direct-messages'] === true, text: values.text === true }),
});
