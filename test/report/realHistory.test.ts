import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { gitExtract } from '../../src/io/git/gitExtract.js';
import { communityReport } from '../../src/report/communityReport.js';
import { renderReportMarkdown } from '../../src/report/renderReportMarkdown.js';

const dir = join(__dirname, '..', '..', '..', 'shared', 'data', 'sources', 'git');
const present = existsSync(join(dir, 'shell-novice.fuller.log'));

describe('the report on a real git history (../shared/data/sources/git, imported with the git importer)', () => {
  it.skipIf(!present)(
    'states nothing the history cannot show, and every "Not measured" line names what to import (needs ../shared)',
    async () => {
      const extract = await gitExtract(createReadStream(join(dir, 'shell-novice.fuller.log')), {
        file: 'shell-novice.fuller.log',
        mailmap: readFileSync(join(dir, 'shell-novice.mailmap'), 'utf8'),
      });
      const { community } = assembleCommunity([extract]);
      // A quarter boundary after the last commit, as the CLI's users would choose.
      const report = communityReport(community, { asOf: '2026-07-01' });
      const md = renderReportMarkdown(report, { figures: 'none' }).markdown;
      for (const bad of [
        /newcomers who contributed this period got a reply/,
        /of questions .* had no answer/,
        /had no reply from anyone else/,
        /accounts for at least half of the activity/,
        /Members \(current \/ ever\)/,
        /Core group/,
        /\*\*Vacant:\*\*/,
        /Nobody holds/,
        /0 of 0/,
        /Nobody at working level/,
      ])
        expect(md).not.toMatch(bad);
      // The network is who works on the same files (git holds no conversations), and says so;
      // brokers name only sub-networks the table shows.
      expect(md).toContain('Not measured: who talks to whom needs replies within conversations');
      expect(md).toContain('Instead, ties come from working on the same things');
      const shown = new Set([...md.matchAll(/^\| (\d+) \| \d+ \|/gm)].map((m) => m[1]));
      for (const m of md.matchAll(/ties into clusters ([\d, ]+)/g))
        for (const c of (m[1] as string).split(', ')) expect(shown).toContain(c);
      const notMeasured = md.split('\n').filter((l) => l.includes('Not measured'));
      expect(notMeasured.length).toBeGreaterThanOrEqual(5);
      for (const line of notMeasured) expect(line).toMatch(/\((import|record|map) /);
      // What git does hold is reported, and agrees with git's own count: authored commits
      // (co-author and reviewer credits aside) equal the total of `git shortlog -sne --no-merges`.
      let shortlogTotal = 0;
      for (const line of readFileSync(join(dir, 'shell-novice.shortlog-mailmap-nomerges.txt'), 'utf8').split(
        '\n',
      )) {
        const m = /^\s*(\d+)\t/.exec(line);
        if (m) shortlogTotal += Number(m[1]);
      }
      const authored = community.activities.filter(
        (a) => a.kind === 'commit' && a.provenance?.role === undefined,
      );
      expect(authored.length).toBe(shortlogTotal);
      expect(md).toContain(`| dated activity by members | ${community.activities.length} |`);
    },
  );
});
