import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyMailmap, mailmapIndex, parseMailmap } from '../../../src/io/core/mailmap.js';
import { gitExtract } from '../../../src/io/git/gitExtract.js';
import { parseGitLog } from '../../../src/io/git/parseGitLog.js';

const dir = join(__dirname, '..', '..', '..', '..', 'shared', 'data', 'sources', 'git');
const present = existsSync(join(dir, 'shell-novice.fuller.log'));
const file = (name: string) => join(dir, name);

/** git shortlog -sne output as a map "Name <email>" → commits. */
function shortlog(name: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(file(name), 'utf8').split('\n')) {
    const m = /^\s*(\d+)\t(.+)$/.exec(line);
    if (m) counts.set(m[2] as string, Number(m[1]));
  }
  return counts;
}

const increment = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

describe('parseGitLog on the real shell-novice history (../shared/data/sources/git)', () => {
  it.skipIf(!present)(
    'authored commits per identity equal git shortlog -sne exactly: raw, with the mailmap, and without merges (needs ../shared)',
    async () => {
      const index = mailmapIndex(parseMailmap(readFileSync(file('shell-novice.mailmap'), 'utf8')));
      const raw = new Map<string, number>();
      const mapped = new Map<string, number>();
      const mappedNoMerges = new Map<string, number>();
      let commits = 0;
      for await (const c of parseGitLog(createReadStream(file('shell-novice.fuller.log')))) {
        commits++;
        increment(raw, `${c.author.name} <${c.author.email}>`);
        const who = applyMailmap(index, c.author);
        increment(mapped, `${who.name} <${who.email}>`);
        if (c.parents.length < 2) increment(mappedNoMerges, `${who.name} <${who.email}>`);
      }
      expect(commits).toBe(2129);
      expect(raw).toEqual(shortlog('shell-novice.shortlog-raw.txt'));
      expect(mapped).toEqual(shortlog('shell-novice.shortlog-mailmap.txt'));
      expect(mappedNoMerges).toEqual(shortlog('shell-novice.shortlog-mailmap-nomerges.txt'));
    },
  );

  it.skipIf(!present)(
    "gitExtract's author commits per mapped e-mail equal shortlog's, with and without merges (needs ../shared)",
    async () => {
      const mailmapText = readFileSync(file('shell-novice.mailmap'), 'utf8');
      const index = mailmapIndex(parseMailmap(mailmapText));
      for (const [merges, name] of [
        [true, 'shell-novice.shortlog-mailmap.txt'],
        [false, 'shell-novice.shortlog-mailmap-nomerges.txt'],
      ] as const) {
        const extract = await gitExtract(createReadStream(file('shell-novice.fuller.log')), {
          merges,
          mailmap: mailmapText,
        });
        expect(extract.mailmap).toHaveLength(parseMailmap(mailmapText).length);
        const byEmail = new Map(extract.identities.map((i) => [i.id, i]));
        // By mapped e-mail (lower case): shortlog's lines grouped the same way.
        const ours = new Map<string, number>();
        for (const a of extract.activities) {
          if (a.kind !== 'commit' || a.provenance?.role !== undefined) continue;
          const identity = byEmail.get(a.memberId);
          const mappedEmail = applyMailmap(index, {
            name: identity?.name ?? '',
            email: identity?.email ?? '',
          }).email;
          increment(ours, mappedEmail.toLowerCase());
        }
        const expected = new Map<string, number>();
        for (const [who, n] of shortlog(name)) {
          const email = (/<([^>]*)>$/.exec(who)?.[1] ?? '').toLowerCase();
          expected.set(email, (expected.get(email) ?? 0) + n);
        }
        expect(ours).toEqual(expected);
        const skippedMerges = extract.skipped.find((s) => s.reason.startsWith('merge'))?.count ?? 0;
        expect(skippedMerges).toBe(merges ? 0 : 726);
      }
    },
  );
});
