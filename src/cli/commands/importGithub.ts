import { githubExtract } from '../../io/github/githubExtract.js';
import type { CliCommand } from './command.js';
import {
  extractSummary,
  GITHUB_COMMAND_FLAGS,
  githubCommandOptions,
  streamedFiles,
} from './internal/githubImportSummary.js';

/** `community-kit import github FILE… --out extract.json`: GitHub REST and discussions GraphQL exports into a source extract. */
export const importGithub: CliCommand = {
  words: ['import', 'github'],
  summary: 'read GitHub REST exports (gh api --paginate) and discussions GraphQL pages into a source extract',
  usage: `Usage: community-kit import github FILE… --out extract.json [options]

Reads what \`gh api --paginate\` saved — issues, pulls, issue comments, review
comments, reviews, issue events — and \`gh api graphql\` pages of discussions
(.gz files too). Each file's records are recognised by their fields.
See docs/io/github.md for the export commands.

Options:
  --out FILE               where to write the extract (JSON)
  --question-label NAME    a label that makes an issue a question (repeatable;
                           default: question, help, support)
  --draft-start WHEN       ready-for-review (default) or created: when a draft
                           pull request starts waiting for a response
  --text                   keep titles and bodies as activity text
  --description TEXT       describe what was read
`,
  options: GITHUB_COMMAND_FLAGS,
  async run({ values, positionals }, io) {
    const { out, options } = githubCommandOptions(values, positionals);
    const extract = await githubExtract(streamedFiles(positionals, io), options);
    await io.writeFile(out, JSON.stringify(extract));
    io.stderr(extractSummary(extract, out));
    return 0;
  },
};
