/**
 * Who holds which role in the sample community, what is vacant, who is
 * overloaded, and which reports are due. Run: npx tsx examples/roles-staffing.ts
 */

import { coreTeam, reportingDue, roleCoverage, workload } from 'community-kit/roles';
import { sampleCommunity } from 'community-kit/sample';

const community = sampleCommunity({ seed: 1 });
const at = '2025-12-31T23:59:59Z';

const coverage = roleCoverage(community, { at });
console.log(`A ${coverage.stage} community of ${coverage.members} members.`);
for (const role of coverage.roles) {
  console.log(
    `${role.name.padEnd(30)} ${role.status.padEnd(12)} ${role.holders.map((h) => h.memberId).join(', ')}`,
  );
}
console.log('Vacant:', coverage.vacancies.join(', ') || 'none');

const load = workload(community, { at });
for (const o of load.overloaded) console.log(`Overloaded: ${o.memberId} at ${o.total} FTE`);
for (const s of load.singlePointsOfFailure) console.log(`Only ${s.memberId} holds ${s.roleIds.join(', ')}`);

console.log(
  'Core team:',
  coreTeam(community, { at })
    .map((m) => `${m.memberId} (${m.roleIds.join(', ')})`)
    .join('; '),
);
for (const d of reportingDue(community, { asOf: '2025-11-15' }))
  console.log(`${d.fromRoleId} → ${d.toRoleId}: ${d.period} report due in ${d.daysLeft} days`);
