/**
 * Reading what a community keeps in spreadsheets: a Zoom participant report,
 * a member roster and a skills self-assessment survey, each into a source
 * extract (identities as each export knows them, records with their file and
 * line). `community-kit combine` (or assembleCommunity) then decides who is
 * who across extracts. Run: npx tsx examples/import-csv.ts
 */
import { assembleCommunity, parseAttendanceCsv, parseRosterCsv, parseSkillSurveyCsv } from 'community-kit/io';

// Zoom: Reports → Usage → Participants → Export, "with meeting data". Times are the account's zone.
const zoomReport = [
  'Meeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants',
  '812 3456 7890,March community call,03/05/2024 04:00:00 PM,03/05/2024 05:00:00 PM,amara@example.org,60,3',
  '',
  'Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest',
  'Amara Okafor,amara@example.org,03/05/2024 03:58:12 PM,03/05/2024 05:00:40 PM,63,No',
  'Lucía Fernández,lucia@example.org,03/05/2024 04:01:03 PM,03/05/2024 04:30:00 PM,29,No',
  'Lucía Fernández,lucia@example.org,03/05/2024 04:34:41 PM,03/05/2024 05:00:05 PM,26,No',
  'Kai Müller,,03/05/2024 04:05:00 PM,03/05/2024 04:50:00 PM,45,Yes',
].join('\r\n');

const call = await parseAttendanceCsv(zoomReport, {
  tool: 'zoom',
  file: 'march-call.csv',
  timeZone: 'Europe/Berlin',
});
const gathering = call.gatherings[0];
console.log(
  `${gathering?.title}: ${gathering?.attended.length} attended, from ${gathering?.start.toISOString()}`,
);
for (const a of call.activities)
  console.log(`  ${a.memberId} — ${a.weight} min (${a.provenance?.file}:${a.provenance?.line})`);

// A roster kept by hand: obvious headers are recognised, lists split on ";".
const roster = await parseRosterCsv(
  'Name,Email,Joined,Organization,Interests\n' +
    'Amara Okafor,amara@example.org,2021-06-01,Open Soil Lab,soil moisture; data pipelines\n' +
    'Lucía Fernández,lucia@example.org,2022-01-15,,open data; translation\n',
  { file: 'members.csv' },
);
for (const p of roster.profiles)
  console.log(`${p.name}: ${p.interests.join(', ')} (since ${p.joinedAt?.toISOString().slice(0, 10)})`);

// A Google Forms self-assessment: question headers map to CSCCE skills, Likert words to the scale.
const survey = await parseSkillSurveyCsv(
  'Timestamp,Email Address,How confident are you at mentoring?,How confident are you at event planning?\n' +
    '3/6/2024 9:12:45,amara@example.org,Very confident,Expert\n' +
    '3/6/2024 18:30:00,lucia@example.org,Somewhat confident,N/A\n',
  {
    framework: 'cscce-skills-wheel',
    skills: {
      'How confident are you at mentoring?': 'cscce/interpersonal/mentoring',
      'How confident are you at event planning?': 'cscce/program-management/event-planning',
    },
  },
);
for (const a of survey.skillAssessments) console.log(`${a.memberId}: ${a.skillId} → ${a.level}`);
console.log('skipped:', survey.skipped.map((s) => `${s.reason} × ${s.count}`).join(', '));

// One member per person across the three exports: Amara and Lucía are joined by their e-mail; Kai
// (no e-mail in the Zoom report) stays a member of his own.
const { community, report } = assembleCommunity([call, roster, survey]);
for (const m of community.members)
  console.log(`${m.name ?? m.id}: ${m.identities.map((i) => i.source).join(', ')}`);
console.log(
  `${report.merges.length} merges, by ${[...new Set(report.merges.map((m) => m.rule))].join(', ')}`,
);
