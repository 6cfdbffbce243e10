import { importDiscourse } from '../../io/discourse/importDiscourse.js';
import type { CliCommand } from './command.js';
import { chatImportCommand } from './internal/chatImport.js';

/** `community-kit import discourse PATH… --out extract.json`: Discourse topic JSON and the admin user-list CSV to a source extract. */
export const importDiscourseCommand: CliCommand = chatImportCommand({
  source: 'discourse',
  summary: 'Discourse topics (/t/{id}.json) and the admin user-list CSV to a source extract.',
  usage: `Usage: community-kit import discourse PATH… [--out extract.json] [--text]

Reads Discourse topics as the API returns them (/t/{id}.json?print=true, one
file per topic) and the admin user-list CSV (Admin → Users → Export). PATH may
be files, folders of them, or one ZIP. See docs/io/discourse.md.

Options:
  --out FILE   Write the extract (JSON) to FILE instead of stdout.
  --text       Keep post text in the extract (left out by default).
`,
  zip: true,
  options: { text: { type: 'boolean' } },
  run: (input, values) => importDiscourse(input, { text: values.text === true }),
});
