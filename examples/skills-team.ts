/**
 * What the sample community's assessed members cover of the CSCCE Skills
 * Wheel, one member's gaps against the Community Manager role, and who could
 * teach whom. Run: npx tsx examples/skills-team.ts
 */

import { communityOfPracticeRoles } from 'community-kit/roles';
import { sampleCommunity } from 'community-kit/sample';
import {
  careerPath,
  cscceSkillsWheel,
  learningPairs,
  skillGaps,
  skillProfile,
  teamCoverage,
} from 'community-kit/skills';

const community = sampleCommunity({ seed: 1 });
const asOf = '2026-01-01';
const ids = [...new Set(community.skillAssessments.map((a) => a.memberId))].sort();
const team = ids.map((id) => skillProfile(community, id, { asOf }));

const coverage = teamCoverage(team, cscceSkillsWheel);
for (const f of coverage.families) console.log(`${f.name}: ${f.covered}/${f.skills} skills covered`);
console.log('Nobody at working level:', coverage.uncovered.join(', '));
console.log('Single holders:', coverage.singleHolder.map((s) => `${s.skillId} (${s.memberId})`).join(', '));

const manager = communityOfPracticeRoles.find((r) => r.id === 'community-manager')!;
const gaps = skillGaps(team[1]!, manager.skills);
console.log(`${team[1]!.memberId} fits the Community Manager role at ${Math.round(gaps.fit * 100)}%`);
for (const step of careerPath(team[1]!, manager).steps)
  console.log(`  step ${step.order}: ${step.name} ${step.from} → ${step.to}`);

const { plan } = learningPairs(team, cscceSkillsWheel, { maxPerTeacher: 2 });
for (const p of plan.slice(0, 5)) console.log(`${p.teacherId} could teach ${p.learnerId} ${p.skillName}`);
