/**
 * Who works on what in a git history: run git log in the format community-kit
 * reads, turn it into a source extract (authors, co-authors and reviewers
 * from trailers, topics from paths), and list the most active identities with
 * the repository's .mailmap applied, as `git shortlog -sne` would count them.
 * It reads this repository's own history; without git (or outside a clone) it
 * reads the small log in test/fixtures/git instead.
 * Run: npx tsx examples/import-git.ts [REPO]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMailmap, gitExtract, gitLogArgs, mailmapIndex } from 'community-kit/io';

const here = dirname(fileURLToPath(import.meta.url));
const repo = process.argv[2] ?? join(here, '..');

// 1. The log: `git -C REPO -c log.mailmap=false log --pretty=fuller --numstat --raw --parents --decorate=full …`
const git = spawnSync('git', gitLogArgs({ repository: repo }), { encoding: 'utf8', maxBuffer: 1 << 30 });
const fromGit = git.status === 0 && git.stdout.length > 0;
const log = fromGit
  ? git.stdout
  : readFileSync(join(here, '..', 'test', 'fixtures', 'git', 'quirks.log'), 'utf8');
const mailmapPath = join(repo, '.mailmap');
const mailmap = fromGit && existsSync(mailmapPath) ? readFileSync(mailmapPath, 'utf8') : undefined;

// 2. The extract: merges skipped (and counted), topics from top-level directories, lines as weight.
const extract = await gitExtract(log, {
  repository: fromGit ? 'community-kit' : 'fixture',
  weight: 'lines',
  ...(mailmap === undefined ? {} : { mailmap }),
});
console.log(
  `Read ${extract.read.commits} commits (${extract.read.merges} merges) from ${fromGit ? repo : 'the fixture log'}: ${extract.activities.length} activities by ${extract.identities.length} identities`,
);
for (const s of extract.skipped) console.log(`  skipped ${s.count}: ${s.reason}`);

// 3. Authored commits per person with the mailmap applied (what git shortlog -sne shows).
const index = mailmapIndex(extract.mailmap);
const identity = new Map(extract.identities.map((i) => [i.id, i]));
const authored = new Map<string, { commits: number; lines: number; topics: Map<string, number> }>();
for (const a of extract.activities) {
  if (a.kind !== 'commit') continue;
  const i = identity.get(a.memberId);
  const who = applyMailmap(index, { name: i?.name ?? '', email: i?.email ?? '' });
  const key = `${who.name} <${who.email}>`;
  const row = authored.get(key) ?? { commits: 0, lines: 0, topics: new Map<string, number>() };
  if (a.provenance?.role === undefined) row.commits++;
  row.lines += a.weight ?? 0;
  for (const t of a.topics) row.topics.set(t, (row.topics.get(t) ?? 0) + 1);
  authored.set(key, row);
}
console.log('\nMost active (authored commits, lines changed, main topics):');
for (const [who, row] of [...authored].sort((a, b) => b[1].commits - a[1].commits).slice(0, 5)) {
  const topics = [...row.topics]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([t]) => t);
  console.log(`  ${String(row.commits).padStart(5)}  ${who}  ${row.lines} lines  [${topics.join(', ')}]`);
}

// 4. Credits from trailers: co-authors and reviewers git shortlog never counts.
const credits = extract.activities.filter((a) => a.provenance?.role !== undefined);
console.log(`\nCredits from trailers: ${credits.length}`);
for (const a of credits.slice(0, 5)) console.log(`  ${a.provenance?.role}: ${a.memberId} (${a.kind})`);
