import { coreGroup } from '../../health/coreGroup.js';
import type { Community } from '../../model/community.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { parseWith } from '../../model/validate.js';
import { communityOfPracticeRoles } from '../../roles/communityOfPracticeRoles.js';
import { coreTeam } from '../../roles/coreTeam.js';
import { reportingDue } from '../../roles/reportingDue.js';
import { roleCoverage } from '../../roles/roleCoverage.js';
import { succession } from '../../roles/succession.js';
import { workload } from '../../roles/workload.js';
import { escapeMarkdown } from '../internal/markdownText.js';
import type { ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

/**
 * The report's roles section: who holds which recommended role, what is
 * vacant, who is overloaded, which core roles rest on one person, who could
 * step into each core role, and which reports are due.
 *
 * @param community - a parsed community
 * @param options - `asOf`: the instant to read assignments at
 * @returns the roles section
 *
 * @example
 * ```ts
 * const { markdown } = rolesSection(sampleCommunity(), { asOf: new Date('2026-01-01Z') });
 * markdown.includes('**Vacant:** Knowledge Management Advisor, Admin Support.'); // → true
 * ```
 */
export function rolesSection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('rolesSection', community);
  const opts = parseWith('rolesSection', SectionOptionsSchema, options, 'options');
  // Read assignments just before the window closes: the state at the end of the period.
  const at = new Date(opts.asOf.getTime() - 1);
  const coverage = roleCoverage(community, { at });
  const load = workload(community, { at });
  const due = reportingDue(community, { asOf: at });
  const plans = succession(community, { at });
  // The core group: the health measure, given the core team from the roles held (90-day window).
  const group = coreGroup(opts.log ?? community, {
    from: new Date(opts.asOf.getTime() - 90 * 86_400_000),
    to: opts.asOf,
    coreMemberIds: coreTeam(community, { at: opts.asOf }).map((m) => m.memberId),
  });
  const names = new Map(communityOfPracticeRoles.map((r) => [r.id, r.name]));
  const memberName = new Map(community.members.map((m) => [m.id, m.name ?? m.id]));
  const who = (id: string): string => escapeMarkdown(`${memberName.get(id) ?? id} (${id})`);
  const role = (id: string): string => escapeMarkdown(names.get(id) ?? id);
  const lines: string[] = [];
  lines.push(
    `Staffing is checked against the Community of Practice roles for a **${coverage.stage}** community of ${coverage.members} current members.`,
    '',
    '| Role | Expected | Status | Held by |',
    '|---|---|---|---|',
  );
  for (const r of coverage.roles) {
    const held = r.holders.map(
      (h) =>
        `${who(h.memberId)} at ${Math.round(h.allocation * 100)}%${h.intermittent ? ', intermittent' : ''}`,
    );
    lines.push(
      `| ${escapeMarkdown(r.name)} | ${escapeMarkdown(r.expectation)} | ${r.status} | ${held.join('; ') || '—'} |`,
    );
  }
  lines.push('');
  if (coverage.vacancies.length > 0) lines.push(`- **Vacant:** ${coverage.vacancies.map(role).join(', ')}.`);
  for (const o of load.overloaded)
    lines.push(
      `- **Overloaded:** ${who(o.memberId)} holds ${load.members
        .find((m) => m.memberId === o.memberId)
        ?.roles.map((r) => role(r.roleId))
        .join(' and ')} — ${o.total} FTE in all, above the ${o.threshold} FTE threshold.`,
    );
  if (load.singlePointsOfFailure.length > 0)
    lines.push(
      `- **Single points of failure:** ${load.singlePointsOfFailure.map((s) => `${s.roleIds.map(role).join(', ')} rests on ${who(s.memberId)} alone`).join('; ')}.`,
    );
  for (const f of coverage.findings) lines.push(`- ${escapeMarkdown(f.message)}`);
  lines.push(
    '',
    `**Core group** — volunteers without a core role whose share of activity in the last 90 days is at least that of the least active core-team member (${(group.threshold.share * 100).toFixed(1)}%): ${group.members.map((m) => `${who(m.id)} ${(m.share * 100).toFixed(1)}%`).join(', ') || 'none'}. Recognise them, and ask them to co-design what comes next.`,
  );
  if (plans.length > 0) {
    lines.push('', 'Succession — who could step into each core role (skill fit against the role):', '');
    for (const p of plans)
      lines.push(
        `- **${escapeMarkdown(p.name)}** (held by ${p.holders.map(who).join(', ') || 'nobody'}): ${escapeMarkdown(p.verdict)}.`,
      );
  }
  if (due.length > 0) {
    lines.push('', 'Reports due:', '');
    for (const d of due)
      lines.push(
        `- ${role(d.fromRoleId)} → ${role(d.toRoleId)}: ${escapeMarkdown(`${d.cadence} report for ${d.period}`)}, due ${d.dueAt.toISOString().slice(0, 10)}${d.warning ? ` (${escapeMarkdown(d.warning)})` : ''}`,
      );
  }
  return {
    id: 'roles',
    title: 'Roles and staffing',
    markdown: lines.join('\n'),
    figures: [],
    data: {
      vacancies: coverage.vacancies,
      coverage: coverage.roles,
      findings: coverage.findings,
      overloaded: load.overloaded,
      singlePointsOfFailure: load.singlePointsOfFailure,
      reportsDue: due.map((d) => ({ ...d, dueAt: d.dueAt.toISOString() })),
      coreGroup: group.members,
      succession: plans.map((p) => ({
        roleId: p.roleId,
        holders: p.holders,
        covered: p.covered,
        verdict: p.verdict,
        candidates: p.candidates.map((c) => ({ memberId: c.memberId, fit: c.fit, reasons: c.reasons })),
      })),
    },
  };
}
