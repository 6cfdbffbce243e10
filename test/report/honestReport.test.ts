import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { communityReport, REPORT_SECTION_IDS } from '../../src/report/communityReport.js';
import { renderReportMarkdown } from '../../src/report/renderReportMarkdown.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

/** What a git history gives: commits with topics, e-mail-domain affiliations for some, a bot; nothing else. */
function gitHistory() {
  const members = [
    ...Array.from({ length: 30 }, (_, i) => ({
      id: `dev${i}`,
      name: `Developer ${i}`,
      ...(i % 3 === 0 ? { affiliation: 'fedoraproject.org' } : {}),
    })),
    { id: 'dependabot', name: 'dependabot[bot]', kind: 'bot' as const, botReason: 'GitHub app login' },
  ];
  const activities = [];
  for (let k = 0; k < 400; k++) {
    const dev = k % 30;
    const month = 1 + (k % 12);
    activities.push({
      id: `c${k}`,
      memberId: `dev${dev}`,
      at: `2025-${String(month).padStart(2, '0')}-${String(1 + (k % 27)).padStart(2, '0')}`,
      kind: 'commit' as const,
      topics: [dev < 10 ? 'docs' : 'core'],
    });
  }
  for (let k = 0; k < 50; k++)
    activities.push({ id: `bot${k}`, memberId: 'dependabot', at: '2025-11-03', kind: 'commit' as const });
  return parseCommunity({ name: 'A git project', members, activities });
}

describe('the report on data without conversations, roles or gatherings', () => {
  const report = communityReport(gitHistory(), { asOf: '2026-01-01' });
  const md = renderReportMarkdown(report, { figures: 'none' }).markdown;

  it('says what it is based on, second, and what is not in the data', () => {
    expect(report.sections.map((s) => s.id)).toEqual(REPORT_SECTION_IDS);
    const basis = report.sections[1];
    expect(basis?.title).toBe('What this report is based on');
    expect(basis?.markdown).toContain('| dated activity by members | 400 | 30 | 2025-01-01 to 2025-12-27 |');
    expect(basis?.markdown).toContain(
      '- replies within conversations: import a GitHub, forum, chat or mailing-list export.',
    );
    expect(basis?.markdown).toContain('One bot account (50 activities) is left out of every number.');
  });

  it('makes none of the false statements a git history used to produce', () => {
    for (const bad of [
      /newcomers who contributed this period got a reply/,
      /of questions .* had no answer/,
      /of conversations started this period/,
      /accounts for at least half of the activity/,
      /Members \(current \/ ever\)/,
      /Core group/,
      /Vacant/,
      /Nobody holds/,
      /0 of 0 members who asked for a mentor/,
    ])
      expect(md).not.toMatch(bad);
    // Brokers name only clusters the table shows (they used to "tie into clusters 0–5" beside a table of 3).
    const shown = new Set([...md.matchAll(/^\| (\d+) \| \d+ \|/gm)].map((m) => m[1]));
    const named = [...md.matchAll(/ties into clusters ([\d, ]+)/g)].flatMap((m) =>
      (m[1] as string).split(', '),
    );
    expect(named.length).toBeGreaterThan(0);
    for (const c of named) expect(shown).toContain(c);
  });

  it('replaces each section the data cannot support with one line naming what to import', () => {
    const byId = Object.fromEntries(report.sections.map((s) => [s.id, s.markdown]));
    expect(byId.roles).toBe(
      'Not measured: this section needs who holds which community role (record role assignments, e.g. from a roles CSV).',
    );
    expect(byId.skills).toMatch(
      /^Not measured: this section needs skill assessments against a framework \(import /,
    );
    // Who talks to whom is not measured; the network of who works on the same things is (co-working ties).
    expect(byId.stakeholders).toMatch(
      /^Not measured: who talks to whom needs replies within conversations \(import .*\)\. Instead, ties come from working on the same things in the year to 2026-01-01/,
    );
    expect(byId.matching).toMatch(
      /^Not measured: mentor pairing needs who is willing to mentor or be mentored \(record /,
    );
    for (const line of md.split('\n').filter((l) => l.includes('Not measured')))
      expect(line).toMatch(/\((import|record|map) /);
  });

  it('keeps the numbers the data does support, and says what current means', () => {
    expect(report.sections[0]?.markdown).toContain(
      '| Members (active in the last 365 days / ever) | 30 / 30 |',
    );
    expect(report.sections[0]?.markdown).toContain('Bot accounts (1) are left out.');
    expect(md).toContain('| Active members |');
    expect(md).toContain('Who knows what** about the busiest topics');
  });

  it('draws the network of who works on the same things, not an empty network: the docs and core developers form their own sub-networks', () => {
    const network = report.sections.find((s) => s.id === 'stakeholders');
    expect(network?.figures.map((f) => f.title)).toEqual([
      'Who works on the same things, coloured by sub-network',
    ]);
    expect(network?.data).toMatchObject({ tiesFrom: 'co-working', notMeasured: ['replies'] });
    const data = network?.data as {
      members: number;
      ties: number;
      clusters: { workTopics: { topic: string }[] }[];
    };
    expect(data.ties).toBeGreaterThan(0);
    // dev0–dev9 commit to docs, dev10–dev29 to core: one docs sub-network of exactly 10, the rest core.
    const byTopic = data.clusters.map((c) => [
      c.workTopics[0]?.topic,
      (c as unknown as { size: number }).size,
    ]);
    expect(byTopic.filter(([t]) => t === 'docs')).toEqual([['docs', 10]]);
    expect(byTopic.filter(([t]) => t === 'core').reduce((n, [, size]) => n + (size as number), 0)).toBe(20);
  });
});

describe('the sample community keeps every section', () => {
  it('renders every section with content, none replaced by a not-measured line', () => {
    const report = communityReport(sampleCommunity({ seed: 1 }), { asOf: '2026-01-01' });
    for (const s of report.sections) expect(s.markdown.startsWith('Not measured')).toBe(false);
    const byId = Object.fromEntries(report.sections.map((s) => [s.id, s.markdown]));
    expect(byId.roles).toContain('| Role | Expected | Status | Held by |');
    expect(byId.stakeholders).toContain('sub-networks');
    expect(byId.matching).toContain('**Mentor pairs**');
  });
});
