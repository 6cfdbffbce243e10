import { communityJsonSchema } from '../../model/communityJsonSchema.js';
import { expectPositionals } from '../internal/flags.js';
import { loadCommunity, readText } from '../internal/loadCommunity.js';
import { unknownKeys } from '../internal/unknownKeys.js';
import type { CliCommand } from './command.js';

/** `community-kit validate FILE`: every problem in a community file, with its path. */
export const validateCommand: CliCommand = {
  words: ['validate'],
  summary: 'Lists every problem in FILE with its path. Exit code 1 when invalid.',
  usage: `Usage: community-kit validate FILE [--strict]

Lists every problem in FILE (the JSON community format) with its path.
Exit code 0 when valid, 1 when not.

  --strict   Also report keys the format does not know (a misspelled
             "activites" or "joinedat" is otherwise dropped silently).
`,
  options: { strict: { type: 'boolean' } },
  async run({ values, positionals }, io) {
    expectPositionals('validate', positionals, 1);
    const path = positionals[0] as string;
    const community = loadCommunity(path, io);
    if (community === undefined) return 1;
    if (values.strict === true) {
      const unknown = unknownKeys(
        JSON.parse(readText(path, io).replace(/^\uFEFF/, '')),
        communityJsonSchema() as never,
      );
      if (unknown.length > 0) {
        io.stderr(`${path}: ${unknown.length} unknown key${unknown.length === 1 ? '' : 's'} (--strict)\n`);
        for (const p of unknown) io.stderr(`  ${p}: unknown key (misspelled? it would be ignored)\n`);
        return 1;
      }
    }
    io.stdout(
      `${path}: valid — ${community.members.length} members, ${community.activities.length} activities, ${community.gatherings.length} gatherings\n`,
    );
    return 0;
  },
};
