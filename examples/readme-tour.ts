/**
 * The README's tour, runnable: npx tsx examples/readme-tour.ts
 */
import { activeMembers, activityLog, contributorAbsenceFactor, healthReport } from 'community-kit/health';
import { expertiseIndex, findExperts, matchMentors, solveAssignment } from 'community-kit/matching';
import { safeParseCommunity } from 'community-kit/model';
import { communityReport, renderReportMarkdown } from 'community-kit/report';
import { communityOfPracticeRoles, roleCoverage, workload } from 'community-kit/roles';
import { sampleCommunity } from 'community-kit/sample';
import { cscceSkillsWheel, skillProfile, teamCoverage } from 'community-kit/skills';
import { brokers, findClusters, interactionGraph, siloReport } from 'community-kit/stakeholders';

const community = sampleCommunity({ seed: 1 });
const result = safeParseCommunity({
  name: 'x',
  activities: [{ id: 'a', memberId: 'm-99', at: '2024-01-01', kind: 'post' }],
});
if (!result.success) console.log(result.error.issues[0]);

const log = activityLog(community);
console.log(activeMembers(log, { unit: 'month', from: '2025-01-01', asOf: '2026-01-01' }).periods.at(-1));
console.log(contributorAbsenceFactor(log, { from: '2025-01-01', asOf: '2026-01-01' }).value);
console.log(
  healthReport(community, { asOf: '2026-01-01', period: 'quarter' }).findings.map((f) => f.message),
);

console.log(
  roleCoverage(community, { catalogue: [...communityOfPracticeRoles], at: '2026-01-01' }).vacancies,
);
console.log(workload(community, { at: '2026-01-01' }).overloaded);

const profile = skillProfile(community, 'm-001', { asOf: '2026-01-01' });
console.log(teamCoverage([profile], cscceSkillsWheel).uncovered.length);

const graph = interactionGraph(community, { halfLife: 180 });
const clusters = findClusters(graph, { seed: 1 });
console.log(siloReport(graph, { by: 'cluster', clusterOf: clusters.clusterOf }).silos.length);
console.log(brokers(graph, { top: 5, clusterOf: clusters.clusterOf }).top.map((b) => b.memberId));

const index = expertiseIndex(community, { asOf: '2026-01-01' });
console.log(findExperts(index, 'metadata standards', { top: 5 }).map((e) => e.memberId));
console.log(matchMentors(community, { asOf: '2026-01-01', method: 'optimal' }).pairs.length);
console.log(
  solveAssignment([
    [4, 1],
    [2, 3],
  ]),
);

const { markdown, files } = renderReportMarkdown(communityReport(community, { asOf: '2026-01-01' }), {
  figures: 'files',
});
console.log(markdown.length, files.length);
