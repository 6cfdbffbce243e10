import type { Community } from '../../model/community.js';
import { requireParsedCommunity } from '../../model/internal/parsedCommunity.js';
import { parseWith } from '../../model/validate.js';
import { coreTeam } from '../../roles/coreTeam.js';
import { cscceSkillsWheel } from '../../skills/cscceSkillsWheel.js';
import { frameworkSkills } from '../../skills/frameworkSkills.js';
import { type SkillProfile, skillProfiles } from '../../skills/skillProfile.js';
import { skillWheelSvg } from '../../skills/skillWheelSvg.js';
import { teamCoverage } from '../../skills/teamCoverage.js';
import { escapeMarkdown } from '../internal/markdownText.js';
import type { ReportFigure, ReportSection } from '../reportSection.js';
import { type SectionOptions, SectionOptionsSchema } from '../reportSection.js';

/**
 * The report's skills section: what the assessed members cover of the CSCCE
 * Skills Wheel, the skills nobody holds at working level, the skills only one
 * person holds, coverage per competency, and the wheel of the first core-team
 * member as a figure.
 *
 * @param community - a parsed community
 * @param options - `asOf`: assessments after it are ignored
 * @returns the skills section
 *
 * @example
 * ```ts
 * skillsSection(sampleCommunity(), { asOf: new Date('2026-01-01Z') }).figures?.length; // → 2
 * ```
 */
export function skillsSection(community: Community, options: SectionOptions): ReportSection {
  requireParsedCommunity('skillsSection', community);
  const opts = parseWith('skillsSection', SectionOptionsSchema, options, 'options');
  const asOf = opts.asOf;
  const assessed = [...new Set(community.skillAssessments.map((a) => a.memberId))].sort();
  const profiles = skillProfiles(community, assessed, { asOf });
  const coverage = teamCoverage(profiles, cscceSkillsWheel);
  const names = new Map(frameworkSkills(cscceSkillsWheel).map((s) => [s.id, s.name]));
  const rawName = new Map(community.members.map((m) => [m.id, m.name ?? m.id]));
  const memberName = new Map([...rawName].map(([id, n]) => [id, escapeMarkdown(n)]));
  const list = (ids: string[]): string =>
    ids.map((id) => escapeMarkdown(names.get(id) ?? id)).join(', ') || 'none';
  const lines = [
    `${assessed.length} members have skill assessments. Coverage of the CSCCE Skills Wheel at the **working** level or above (our default scale: none, aware, working, proficient, expert):`,
    '',
    '| Competency | Skills covered |',
    '|---|---|',
    ...coverage.families.map((f) => `| ${escapeMarkdown(f.name)} | ${f.covered} of ${f.skills} |`),
    '',
    `- **Nobody at working level:** ${list(coverage.uncovered)}.`,
    `- **Held by one person only** (a single point of failure): ${coverage.singleHolder.map((s) => `${escapeMarkdown(names.get(s.skillId) ?? s.skillId)} (${memberName.get(s.memberId) ?? escapeMarkdown(s.memberId)})`).join(', ') || 'none'}.`,
    `- **Not assessed for anyone** (unknown, not absent): ${coverage.notAssessed.length} of ${coverage.skills.length} skills.`,
  ];
  // The skills in the wheel's order: the numbers its key gives them.
  const wheelSkills = cscceSkillsWheel.families.flatMap((f) =>
    f.skills.map((s) => ({ id: s.id, name: s.name, family: f.name })),
  );
  const bySkill = new Map(coverage.skills.map((s) => [s.skillId, s]));
  const core = coreTeam(community, { at: new Date(asOf.getTime() - 1) })[0];
  const featured = core && assessed.includes(core.memberId) ? core.memberId : assessed[0];
  const figures: ReportFigure[] = [
    {
      id: 'team-coverage',
      title: 'Team coverage of the CSCCE Skills Wheel',
      svg: skillWheelSvg(coverage, cscceSkillsWheel),
      reading: `${coverage.families.reduce((t, f) => t + f.covered, 0)} of the ${wheelSkills.length} skills are held at working level or above by at least one member; ${coverage.notAssessed.length} were assessed for nobody (dashed outlines).`,
      table: {
        columns: ['Number', 'Competency', 'Skill', 'Members at working level or above', 'Members assessed'],
        rows: wheelSkills.map((s, i) => {
          const c = bySkill.get(s.id);
          return [
            i + 1,
            s.family,
            s.name,
            c?.holders.length ?? 0,
            c?.levels.filter((l) => l !== null).length ?? 0,
          ];
        }),
      },
    },
  ];
  if (featured !== undefined) {
    const profile = profiles.find((p) => p.memberId === featured)!;
    figures.push({
      id: 'member-wheel',
      title: `Skills of ${rawName.get(featured) ?? featured}`,
      svg: skillWheelSvg(profile, cscceSkillsWheel, {
        title: `Skills of ${rawName.get(featured) ?? featured}`,
      }),
      reading: memberReading(
        rawName.get(featured) ?? featured,
        profile,
        wheelSkills.map((w) => w.id),
      ),
      table: {
        columns: ['Number', 'Competency', 'Skill', 'Level'],
        rows: wheelSkills.map((s, i) => {
          const l = profile.levels[s.id];
          const level = l === undefined ? undefined : cscceSkillsWheel.scale.levels[l.level];
          return [
            i + 1,
            s.family,
            s.name,
            level?.label ?? (l === undefined ? 'not assessed' : String(l.level)),
          ];
        }),
      },
    });
  }
  return {
    id: 'skills',
    title: 'Skills',
    markdown: lines.join('\n'),
    figures,
    data: {
      assessedMembers: assessed.length,
      families: coverage.families,
      uncovered: coverage.uncovered,
      singleHolder: coverage.singleHolder,
      notAssessed: coverage.notAssessed,
      featuredMember: featured ?? null,
    },
  };
}

/** "Hugo holds 20 of the 45 skills at working level or above; 15 were not assessed." */
function memberReading(name: string, profile: SkillProfile, skillIds: readonly string[]): string {
  const working = cscceSkillsWheel.scale.workingLevel;
  const levels = skillIds.map((id) => profile.levels[id]);
  const held = levels.filter((l) => l !== undefined && l.level >= working).length;
  const unassessed = levels.filter((l) => l === undefined).length;
  return `${name} holds ${held} of the ${skillIds.length} skills at working level or above; ${unassessed} were not assessed (dashed outlines).`;
}
