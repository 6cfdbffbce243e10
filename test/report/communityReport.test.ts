import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { barChartSvg } from '../../src/report/barChartSvg.js';
import { communityReport, REPORT_SECTION_IDS } from '../../src/report/communityReport.js';
import { lineChartSvg } from '../../src/report/lineChartSvg.js';
import { renderReportMarkdown } from '../../src/report/renderReportMarkdown.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { isWellFormedXml } from '../helpers/xml.js';

const community = sampleCommunity();
const asOf = '2026-01-01T00:00:00Z';

describe('communityReport', () => {
  it('builds every section in order, starting with the summary', () => {
    const report = communityReport(community, { asOf });
    expect(report.sections.map((s) => s.id)).toEqual(REPORT_SECTION_IDS);
    expect(report.sections[0]!.id).toBe('summary');
    expect(report.asOf).toBe('2026-01-01T00:00:00.000Z');
  });

  it('is JSON-serialisable and deterministic', () => {
    const a = JSON.stringify(communityReport(community, { asOf }));
    const b = JSON.stringify(communityReport(community, { asOf }));
    expect(a).toBe(b);
  });

  it('calls onSection before each section, in order, with its place and the count', () => {
    const calls: unknown[] = [];
    const sections = ['health', 'summary'] as const;
    const report = communityReport(community, {
      asOf,
      sections: [...sections],
      onSection: (id, index, count) => {
        calls.push([id, index, count]);
      },
    });
    expect(calls).toEqual([
      ['health', 0, 2],
      ['summary', 1, 2],
    ]);
    expect(JSON.stringify(report)).toBe(
      JSON.stringify(communityReport(community, { asOf, sections: [...sections] })),
    );
    expect(() => communityReport(community, { asOf, onSection: 'x' as never })).toThrow(/onSection/);
  });

  it('summarises an empty community without failing', () => {
    const empty = parseCommunity({ name: 'Empty' });
    const report = communityReport(empty, { asOf });
    expect(report.sections[0]!.markdown).toContain(
      '| Members (active in the last 365 days / ever) | 0 / 0 |',
    );
    // Every other section is one "Not measured" line naming what to import.
    for (const s of report.sections.filter((x) => x.id === 'health' || x.id === 'roles' || x.id === 'skills'))
      expect(s.markdown).toMatch(/^Not measured: this section needs .* \((import|record) /);
  });

  it('rejects an unknown section id and a bad asOf with the option path', () => {
    expect(() => communityReport(community, { asOf, sections: ['summary', 'weather'] as never })).toThrow(
      /options\.sections\[1\]/,
    );
    expect(() => communityReport(community, { asOf: 'tomorrow' })).toThrow(/options\.asOf/);
  });

  it('counts summary numbers that match a direct count', () => {
    const report = communityReport(community, { asOf });
    const data = report.sections[0]!.data as {
      activities: number;
      members: number;
      activeLast30Days: number;
    };
    expect(data.activities).toBe(community.activities.length);
    expect(data.members).toBe(community.members.length);
    const from = new Date(asOf).getTime() - 30 * 86_400_000;
    const active = new Set(
      community.activities
        .filter((a) => a.at.getTime() >= from && a.kind !== 'join' && a.kind !== 'leave')
        .map((a) => a.memberId),
    );
    expect(data.activeLast30Days).toBe(active.size);
  });
});

describe('renderReportMarkdown', () => {
  const report = communityReport(community, { asOf });
  it('inlines figures by default and writes them as files on request', () => {
    const inline = renderReportMarkdown(report);
    expect(inline.markdown).toContain('<svg');
    expect(inline.files).toEqual([]);
    const files = renderReportMarkdown(report, { figures: 'files', figureDir: 'figs' });
    expect(files.markdown).not.toContain('<svg');
    expect(files.files[0]!.path).toBe('figs/summary-monthly-active-members.svg');
    expect(files.markdown).toContain('(figs/summary-monthly-active-members.svg)');
  });
  it('rejects a figure folder that escapes the report folder', () => {
    expect(() => renderReportMarkdown(report, { figures: 'files', figureDir: '../x' })).toThrow(
      /options\.figureDir/,
    );
  });
});

describe('charts', () => {
  it('barChartSvg returns well-formed SVG and escapes labels', () => {
    const svg = barChartSvg({ title: 'A & B <c>', labels: ['x<y', 'z'], values: [1, 3] });
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg).toContain('A &amp; B &lt;c&gt;');
  });
  it('barChartSvg rejects mismatched labels and values, and NaN', () => {
    expect(() => barChartSvg({ title: 't', labels: ['a'], values: [1, 2] })).toThrow(/input\.values/);
    expect(() => barChartSvg({ title: 't', labels: ['a'], values: [Number.NaN] })).toThrow(
      /input\.values\[0\]/,
    );
  });
  it('lineChartSvg draws one path per series and leaves gaps for null', () => {
    const svg = lineChartSvg({
      title: 't',
      labels: ['a', 'b', 'c'],
      series: [
        { name: 's1', values: [1, null, 3] },
        { name: 's2', values: [2, 2, 2] },
      ],
    });
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(2);
    expect(svg.match(/M/g)?.length).toBeGreaterThanOrEqual(3);
  });
});

describe('rolesSection', () => {
  it('names the vacancies, the overloaded manager and the single points of failure of the sample community', () => {
    const section = communityReport(community, { asOf, sections: ['roles'] }).sections[0]!;
    expect(section.markdown).toContain('**Vacant:** Knowledge Management Advisor, Admin Support.');
    expect(section.markdown).toMatch(/\*\*Overloaded:\*\* .*\(m-001\).*1\.4 FTE/);
    expect(section.markdown).toContain('Community Manager rests on');
    expect((section.data as { vacancies: string[] }).vacancies).toEqual([
      'knowledge-management-advisor',
      'admin-support',
    ]);
  });
});

describe('skillsSection', () => {
  it("shows the sample community's uncovered and single-holder skills, with the team wheel and one member's wheel", () => {
    const section = communityReport(community, { asOf, sections: ['skills'] }).sections[0]!;
    expect(section.markdown).toContain(
      '**Nobody at working level:** Financial management, Media relations, Web and UI design.',
    );
    expect(section.markdown).toMatch(/Held by one person only.*Proposal development.*Data visualization/);
    expect(section.figures.map((f) => f.id)).toEqual(['team-coverage', 'member-wheel']);
    for (const f of section.figures) expect(isWellFormedXml(f.svg)).toBe(true);
  });
});

describe('stakeholdersSection', () => {
  it('names the clusters, the policy–software silo, brokers, introductions and the stakeholder grid, with the network picture', () => {
    const section = communityReport(community, { asOf, sections: ['stakeholders'] }).sections[0]!;
    expect(section.markdown).toMatch(
      /\*\*Silos to bridge:\*\*\n\n- clusters \d and \d: both care about reproducibility; no ties between them/,
    );
    expect(section.markdown).toContain('**Brokers**');
    expect(section.markdown).toContain('Betweenness is exact.');
    expect(section.markdown).toContain('**Introductions worth making:**');
    expect(section.markdown).toContain('| Open Research Fund | manage-closely |');
    const svg = section.figures[0]!.svg;
    expect(isWellFormedXml(svg)).toBe(true);
    // The picture names the five top brokers (on it, or in its caption when there is no room).
    const names = new Map(community.members.map((m) => [m.id, m.name ?? m.id]));
    const brokerIds = (section.data as { brokers: { memberId: string }[] }).brokers.map((b) => b.memberId);
    expect(brokerIds).toHaveLength(5);
    for (const id of brokerIds) expect(svg).toContain(names.get(id)!);
    expect(svg).toContain('Named: the top brokers, who link the sub-networks.');
    // A legend row per cluster, with its size and top topics.
    expect(svg).toMatch(/>Cluster 0: \d+ members — [a-z-]+, [a-z-]+, [a-z-]+<\/text>/);
    expect(svg).toMatch(/\d+ members with no ties, not drawn\./);
  });
});

describe('healthSection', () => {
  it('shows the quarter against the previous one with findings and two charts', () => {
    const section = communityReport(community, { asOf, sections: ['health'] }).sections[0]!;
    expect(section.markdown).toContain('2025-Q4 compared with 2025-Q3');
    expect(section.markdown).toContain('| Active members |');
    expect(section.figures.map((f) => f.id)).toEqual(['active-members', 'new-members']);
    for (const f of section.figures) expect(isWellFormedXml(f.svg)).toBe(true);
  });
});

describe('matchingSection', () => {
  it('lists mentor pairs with reasons and experts for the busiest topics', () => {
    const section = communityReport(community, { asOf, sections: ['matching'] }).sections[0]!;
    expect(section.markdown).toContain('| Mentee | Mentor | Score | Why |');
    expect(section.markdown).toMatch(/shares interests: /);
    expect(section.markdown).toContain('**Who knows what**');
    const data = section.data as { mentorPairs: { mentorId: string }[] };
    expect(data.mentorPairs.length).toBeGreaterThan(0);
  });
});
