import { communityJsonSchema } from '../../model/communityJsonSchema.js';
import { expectPositionals } from '../internal/flags.js';
import type { CliCommand } from './command.js';

/** `community-kit schema`: the JSON Schema of the community format. */
export const schemaCommand: CliCommand = {
  words: ['schema'],
  summary: 'Prints the JSON Schema of the community format.',
  usage: `Usage: community-kit schema

Prints the JSON Schema of the community format (docs/data-format.md).
`,
  options: {},
  async run({ positionals }, io) {
    expectPositionals('schema', positionals, 0);
    io.stdout(`${JSON.stringify(communityJsonSchema(), null, 2)}\n`);
    return 0;
  },
};
