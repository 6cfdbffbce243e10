/**
 * Issue 17's "Done when": a community assembled from a GitHub export, a git
 * log and a Slack export gives a health report whose time to first response,
 * response rate, newcomer funnel and who-responds come from real replies, and
 * whose network section has real conversation ties.
 *
 * The fixtures (test/fixtures/end-to-end/, hand-written; see its README) tell
 * one quarter, 2024-Q1, of a small project:
 *
 * | when (UTC)        | where  | what                                                        |
 * |-------------------|--------|-------------------------------------------------------------|
 * | 2023-11-15, 12-01 | git    | Ada (GitHub noreply e-mail) and Grace commit: not newcomers  |
 * | 01-10 10:00       | GitHub | Bob opens question #10; Ada answers 12:00 (2 h), Bob thanks  |
 * | 01-15 09:00       | Slack  | Dee joins, asks 09:30; Grace answers 10:30 (1 h), Dee thanks; Ada reacts |
 * | 02-01 09:00       | GitHub | Cy opens PR #11; a bot comments 09:05; Ada reviews 15:00 (6 h) |
 * | 02-05 14:00       | Slack  | Eve joins, asks 14:10; only the welcome bot replies          |
 * | 02-10, 02-20      | git    | Ada and Grace commit                                         |
 * | 03-01 09:00       | Slack  | Ada asks; Grace answers 13:00 (4 h)                          |
 * | 03-20 08:00       | GitHub | Cy opens issue #12; nobody answers                           |
 *
 * Ada is one person in all three sources: git `101+ada@users.noreply.github.com`
 * is GitHub user 101 (github-noreply), and her Slack profile has the same
 * e-mail (same-email). Grace's git and Slack e-mail is grace@example.org.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/runCli.js';
import { activityLog } from '../../src/health/activityLog.js';
import { healthReport } from '../../src/health/healthReport.js';
import { timeToFirstResponse } from '../../src/health/timeToFirstResponse.js';
import { assembleCommunity } from '../../src/io/core/assembleCommunity.js';
import { gitExtract } from '../../src/io/git/gitExtract.js';
import { githubExtract } from '../../src/io/github/githubExtract.js';
import { parseCommunityJson } from '../../src/io/parseCommunityJson.js';
import { importSlack } from '../../src/io/slack/importSlack.js';
import type { Community } from '../../src/model/community.js';
import { communityReport } from '../../src/report/communityReport.js';
import { interactionGraph } from '../../src/stakeholders/interactionGraph.js';
import { fakeIo } from '../cli/fakeIo.js';
import { folderFiles } from './chat/exportFolder.js';

const dir = join(__dirname, '..', 'fixtures', 'end-to-end');
const GITHUB_FILES = ['issues.json', 'pulls.json', 'issue-comments.json', 'reviews.json'];
const ASOF = '2024-04-01';

async function assembled() {
  const git = await gitExtract(readFileSync(join(dir, 'git.log')));
  const github = await githubExtract(
    GITHUB_FILES.map((name) => ({ name, input: readFileSync(join(dir, 'github', name)) })),
  );
  const slack = await importSlack(folderFiles(join(dir, 'slack')));
  return assembleCommunity([git, github, slack]);
}

/** The member id of the member holding the identity `source:sourceId` (or the git e-mail). */
function memberOf(community: Community, source: string, key: string): string {
  const m = community.members.find((x) =>
    x.identities.some((i) => i.source === source && (i.sourceId === key || i.email === key)),
  );
  if (m === undefined) throw new Error(`no member with ${source} ${key}`);
  return m.id;
}

/** The people of the story, by member id. */
function people(community: Community) {
  return {
    ada: memberOf(community, 'github', '101'),
    bob: memberOf(community, 'github', '102'),
    cy: memberOf(community, 'github', '103'),
    grace: memberOf(community, 'slack', 'U02GRACE'),
    dee: memberOf(community, 'slack', 'U03DEE'),
    eve: memberOf(community, 'slack', 'U04EVE'),
  };
}

/** The health metrics the issue names, and the checks on them every variant shares. */
function expectRealReplies(community: Community): void {
  const p = people(community);
  const health = healthReport(community, { asOf: ASOF, period: 'quarter' });
  const metric = (id: string) => health.metrics.find((m) => m.id === id);
  const replyMetrics = [
    'medianResponseHours',
    'p90ResponseHours',
    'unanswered',
    'joined',
    'activation',
    'newcomerResponse',
  ];
  for (const id of replyMetrics) expect(metric(id)?.notMeasured, id).toBeUndefined();
  expect(health.notMeasured.flatMap((n) => n.metrics).filter((id) => replyMetrics.includes(id))).toEqual([]);
  // Answered threads: Slack 1 h (Dee), GitHub 2 h (#10), Slack 4 h (Ada's), GitHub 6 h (#11; the bot's
  // 09:05 comment does not count). Median of [1, 2, 4, 6] = 3; type-7 p90 = 4 + 0.7 × (6 − 4) = 5.4.
  expect(metric('medianResponseHours')?.current).toBe(3);
  expect(metric('p90ResponseHours')?.current).toBeCloseTo(5.4, 10);
  // Unanswered after 7 days: Eve's question (a bot's reply only) and #12, of 6 threads.
  expect(metric('unanswered')?.current).toBeCloseTo(2 / 6, 10);
  // Funnel of 2024-Q1: Bob, Cy (first activity), Dee, Eve (Slack channel_join) joined; all four
  // contributed; Bob (Ada's answer), Cy (Ada's review) and Dee (Grace's answer) got a response, Eve did not.
  expect(metric('joined')?.current).toBe(4);
  expect(metric('activation')?.current).toBe(1);
  expect(metric('newcomerResponse')?.current).toBe(0.75);
  expect(health.botsLeftOut).toEqual({ members: 2, activities: 2 });

  const ttfr = timeToFirstResponse(activityLog(community), { from: '2024-01-01', asOf: ASOF });
  expect([ttfr.threads, ttfr.answered, ttfr.unanswered]).toEqual([6, 4, 2]);
  expect(ttfr.responseRate).toBeCloseTo(4 / 6, 10);
  expect(ttfr.medianHours).toBe(3);
  // Who responds: Ada (GitHub #10 and #11) and Grace (Slack, twice), across sources.
  expect(ttfr.responders.byMember).toEqual(
    [
      { id: p.ada, count: 2 },
      { id: p.grace, count: 2 },
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
  );
  expect(ttfr.items.map((i) => [i.memberId, i.responderId, i.hours])).toEqual([
    [p.bob, p.ada, 2],
    [p.dee, p.grace, 1],
    [p.cy, p.ada, 6],
    [p.eve, null, null],
    [p.ada, p.grace, 4],
    [p.cy, null, null],
  ]);

  // The network: ties between members who replied to each other, from all three sources.
  const graph = interactionGraph(community, {
    from: new Date('2023-04-01T00:00:00Z'),
    to: new Date(`${ASOF}T00:00:00Z`),
    include: { gatherings: false, cohosting: false },
  });
  const tie = (a: string, b: string) => graph.hasEdge(a, b) || graph.hasEdge(b, a);
  expect(tie(p.ada, p.bob)).toBe(true);
  expect(tie(p.ada, p.cy)).toBe(true);
  expect(tie(p.grace, p.dee)).toBe(true);
  expect(tie(p.ada, p.grace)).toBe(true);
  expect(graph.degree(p.eve)).toBe(0);
  expect(tie(p.bob, p.dee)).toBe(false);

  const report = communityReport(community, { asOf: ASOF, sections: ['health', 'stakeholders'] });
  const [healthSection, network] = report.sections;
  expect(healthSection?.markdown).toContain('| Median time to first response (hours) | — | 3.0 | — |');
  expect(healthSection?.markdown).toContain('| First-time contributors who got a response | 0% | 75% |');
  expect(healthSection?.markdown).not.toMatch(/Not measured: (median|time to first|members who joined)/i);
  expect(network?.markdown).not.toContain('Not measured: the network');
  const data = network?.data as { members: number; ties: number };
  expect(data.members).toBe(6);
  expect(data.ties).toBeGreaterThanOrEqual(4);
  expect(network?.figures.map((f) => f.id)).toEqual(['network']);
}

describe('GitHub + git + Slack, assembled: the health report comes from real replies (issue 17)', () => {
  it('assembleCommunity merges Ada across the three sources and Grace across git and Slack, and the import report lists the merges', async () => {
    const { community, report } = await assembled();
    expect(report.merges.map((m) => [m.identities, m.rule])).toEqual([
      [['git:101+ada@users.noreply.github.com', 'slack:U01ADA'], 'same-email'],
      [['git:grace@example.org', 'slack:U02GRACE'], 'same-email'],
      [['git:101+ada@users.noreply.github.com', 'github:101'], 'github-noreply'],
    ]);
    const p = people(community);
    const ada = community.members.find((m) => m.id === p.ada);
    expect(ada?.identities.map((i) => i.source).sort()).toEqual(['git', 'github', 'slack']);
    expect(
      community.members
        .filter((m) => m.kind === 'bot')
        .map((m) => m.name)
        .sort(),
    ).toEqual(['Welcome Bot', 'github-actions[bot]']);
    // 6 people and 2 bots; every activity of the three extracts (4 commits, 7 GitHub, 10 Slack) kept.
    expect(community.members).toHaveLength(8);
    expect(community.activities).toHaveLength(21);
  });

  it('time to first response, response rate, newcomer funnel, who responds and the network come from the replies', async () => {
    const { community } = await assembled();
    expectRealReplies(community);
  });

  it('the same through the CLI: import git, import github, import slack, combine, report --format json', async () => {
    const files: Record<string, Uint8Array> = { 'git.log': readFileSync(join(dir, 'git.log')) };
    for (const name of GITHUB_FILES) files[`gh/${name}`] = readFileSync(join(dir, 'github', name));
    for (const f of folderFiles(join(dir, 'slack'), 'slack/')) files[f.path] = f.bytes as Uint8Array;
    const imports = fakeIo(files);
    expect(await runCli(['import', 'git', '--log', 'git.log', '--out', 'git.json'], imports.io)).toBe(0);
    expect(
      await runCli(
        ['import', 'github', ...GITHUB_FILES.map((n) => `gh/${n}`), '--out', 'github.json'],
        imports.io,
      ),
    ).toBe(0);
    expect(await runCli(['import', 'slack', 'slack', '--out', 'slack.json'], imports.io)).toBe(0);
    expect(imports.err()).toContain(
      'slack: read 5 files, 5 users, 1 channels, 9 messages, 3 posts, 4 replies, 1 reactions, 2 joins',
    );

    const combine = fakeIo(imports.written);
    const extracts = ['git.json', 'github.json', 'slack.json'];
    const args = ['combine', ...extracts, '--out', 'community.json', '--report', 'import.json'];
    expect(await runCli([...args, '--name', 'Widgets'], combine.io)).toBe(0);
    expect(combine.err()).toMatch(/3 merges/);
    const importReport = JSON.parse(combine.written['import.json'] as string);
    expect(importReport.merges.map((m: { rule: string }) => m.rule)).toEqual([
      'same-email',
      'same-email',
      'github-noreply',
    ]);
    expectRealReplies(parseCommunityJson(combine.written['community.json'] as string));

    const reporting = fakeIo({ 'community.json': combine.written['community.json'] as string });
    expect(
      await runCli(['report', 'community.json', '--format', 'json', '--as-of', ASOF], reporting.io),
    ).toBe(0);
    const report = JSON.parse(reporting.out());
    const health = report.sections.find((s: { id: string }) => s.id === 'health');
    const metric = (id: string) => health.data.metrics.find((m: { id: string }) => m.id === id);
    expect(metric('medianResponseHours').current).toBe(3);
    expect(metric('newcomerResponse').current).toBe(0.75);
    const network = report.sections.find((s: { id: string }) => s.id === 'stakeholders');
    expect(network.markdown).not.toContain('Not measured: the network');
    expect(network.data.ties).toBeGreaterThanOrEqual(4);
  });
});
