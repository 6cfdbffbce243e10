/**
 * Who knows what in the sample community: experts for its busiest topic,
 * a question routed to likely answerers, mentor pairs with their reasons, and a
 * small team covering a list of topics. Run: npx tsx examples/matching-mentors.ts
 */
import { expertiseIndex, findExperts, formTeam, matchMentors, routeQuestion } from 'community-kit/matching';
import { sampleCommunity } from 'community-kit/sample';

const community = sampleCommunity({ seed: 1 });
const asOf = '2026-01-01';

// The busiest topic of the last 90 days.
const since = Date.parse(asOf) - 90 * 86_400_000;
const counts = new Map<string, number>();
for (const a of community.activities)
  if (a.at.getTime() >= since) for (const t of a.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
const [topic] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['data'];
console.log(`Busiest topic: ${topic}`);

const index = expertiseIndex(community, { asOf });
for (const e of findExperts(index, topic, { top: 3 }))
  console.log(`  ${e.memberId} (score ${e.score.toFixed(2)}): ${JSON.stringify(e.reasons.matchedTerms)}`);

const routed = routeQuestion(index, `How do I get started with ${topic}?`, { top: 2 });
console.log('Route the question to:', routed.map((r) => r.memberId).join(', '));

const mentoring = matchMentors(community, { asOf });
console.log(`Mentor pairs: ${mentoring.pairs.length}, unmatched: ${mentoring.unmatched.length}`);
for (const p of mentoring.pairs.slice(0, 3))
  console.log(`  ${p.menteeId} ← ${p.mentorId} (${p.score.toFixed(2)}): ${p.reasons.join('; ')}`);

const needed = [...counts.keys()].sort().slice(0, 4);
const team = formTeam(
  community.members.map((m) => ({
    id: m.id,
    covers: Object.fromEntries([...m.interests, ...m.expertise].map((e) => [e, 1])),
    affiliation: m.affiliation,
  })),
  needed.map((key) => ({ key, level: 1 })),
  { size: 4 },
);
console.log(`Team for ${needed.join(', ')}: ${team.members.map((m) => m.id).join(', ')} (${team.method})`);
if (team.uncovered.length > 0) console.log('  nobody covers:', team.uncovered.join(', '));
