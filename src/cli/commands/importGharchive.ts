import { ghArchiveExtract } from '../../io/github/ghArchiveExtract.js';
import type { CliCommand } from './command.js';
import {
  extractSummary,
  GITHUB_COMMAND_FLAGS,
  githubCommandOptions,
  streamedFiles,
} from './internal/githubImportSummary.js';

/** `community-kit import gharchive FILE… --out extract.json`: GH Archive hourly event files into a source extract. */
export const importGharchive: CliCommand = {
  words: ['import', 'gharchive'],
  summary: 'read GH Archive event files (JSON lines, .json.gz as downloaded) into a source extract',
  usage: `Usage: community-kit import gharchive FILE… --out extract.json [options]

Reads GH Archive hourly files (https://www.gharchive.org, e.g.
2025-11-01-15.json.gz, gzipped or not), streaming. Issues, pull requests,
comments, reviews, discussions and pushes become activities; other event
types are counted. See docs/io/github.md.

Options:
  --out FILE               where to write the extract (JSON)
  --repo OWNER/NAME        read only this repository (repeatable)
  --no-pushes              do not read pushes as commit activities
  --question-label NAME    a label that makes an issue a question (repeatable)
  --draft-start WHEN       ready-for-review (default) or created
  --text                   keep titles and bodies as activity text
  --description TEXT       describe what was read
`,
  options: {
    ...GITHUB_COMMAND_FLAGS,
    repo: { type: 'string', multiple: true },
    'no-pushes': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    const { out, options } = githubCommandOptions(values, positionals);
    const repos = values.repo;
    const extract = await ghArchiveExtract(streamedFiles(positionals, io), {
      ...options,
      ...(Array.isArray(repos) ? { repositories: repos.map(String) } : {}),
      pushes: values['no-pushes'] !== true,
    });
    await io.writeFile(out, JSON.stringify(extract));
    io.stderr(extractSummary(extract, out));
    return 0;
  },
};
