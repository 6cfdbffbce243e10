/**
 * How newcomers find their way in: the onboarding funnel of the sample
 * community per joining quarter, then its gatherings (show-up rate, repeat
 * attendees, attendees active afterwards) and how quickly askers follow up.
 * Run: npx tsx examples/health-onboarding.ts
 */
import { activityLog, gatheringMetrics, onboardingFunnel, timeToFirstResponse } from 'community-kit/health';
import { sampleCommunity } from 'community-kit/sample';

const community = sampleCommunity({ seed: 1, members: 3000, months: 24 });
const log = activityLog(community);

const funnel = onboardingFunnel(log, { unit: 'quarter', asOf: '2026-01-01' });
const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)}%`);
console.log('Joined → contributed → got a reply → came back → regular (3 months)');
for (const c of funnel.cohorts)
  console.log(
    `  ${c.key}: ${c.counts.joined} → ${c.counts.firstActivity} (${pct(c.conversion.firstActivity)}) → ${c.counts.firstResponse} → ${c.counts.secondActivity} → ${c.counts.regular}`,
  );
console.log(`Median days to a first contribution: ${funnel.medianDays.firstActivity?.toFixed(1) ?? '—'}`);

const g = gatheringMetrics(community, { from: '2025-01-01', asOf: '2026-01-01' });
console.log(
  `\n${g.gatherings} gatherings in 2025: ${g.attendance} attendances by ${g.uniqueAttendees} people; show-up ${pct(g.showUpRate)}, repeat ${pct(g.repeatShare)}, active within 30 days ${pct(g.activeAfterShare)}`,
);

const r = timeToFirstResponse(log, { from: '2025-10-01', asOf: '2026-01-01' });
console.log(
  `\nQ4 threads: ${r.threads}, median first response ${r.medianHours?.toFixed(1) ?? '—'} h, askers came back in ${r.followedUp} (median ${r.medianFollowUpHours?.toFixed(1) ?? '—'} h after the reply)`,
);
for (const c of r.channels)
  console.log(`  #${c.channel}: ${c.threads} threads, median ${c.medianHours?.toFixed(1) ?? '—'} h`);
