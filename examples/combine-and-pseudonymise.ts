/**
 * One member per person across git and a Zoom attendance export, then a
 * pseudonymised copy to share. The extracts are written in code here; in
 * practice they come from `community-kit import git …` and `import csv …`.
 * Run: npx tsx examples/combine-and-pseudonymise.ts
 */
import { elephantFactor, healthReport } from 'community-kit/health';
import {
  affiliationsAt,
  assembleCommunity,
  importReportSummary,
  parseDomainMap,
  parseEmailMap,
  pseudonymise,
  type SourceExtractInput,
} from 'community-kit/io';

const git: SourceExtractInput = {
  format: 'community-kit/source-extract@1',
  source: 'git',
  description: 'example/repo',
  identities: [
    { id: 'git:ada@acme.example', source: 'git', name: 'Ada Lovelace', email: 'ada@acme.example' },
    { id: 'git:ada@gmail.com', source: 'git', name: 'ada', email: 'ada@gmail.com' },
    { id: 'git:bob@acme.example', source: 'git', name: 'Bob', email: 'bob@acme.example' },
    {
      id: 'git:dependabot',
      source: 'git',
      name: 'dependabot[bot]',
      email: '49699333+dependabot[bot]@users.noreply.github.com',
    },
  ],
  activities: [
    { id: 'git:c1', memberId: 'git:ada@acme.example', at: '2024-01-10T10:00:00Z', kind: 'commit' },
    { id: 'git:c2', memberId: 'git:ada@gmail.com', at: '2024-02-03T10:00:00Z', kind: 'commit' },
    { id: 'git:c3', memberId: 'git:bob@acme.example', at: '2024-01-20T10:00:00Z', kind: 'commit' },
    { id: 'git:c4', memberId: 'git:bob@acme.example', at: '2024-03-02T10:00:00Z', kind: 'commit' },
    { id: 'git:c5', memberId: 'git:dependabot', at: '2024-03-05T10:00:00Z', kind: 'pull-request' },
  ],
  // The repository's own .mailmap, as the git adapter carries it.
  mailmap: [
    { properName: 'Ada Lovelace', properEmail: 'ada@acme.example', commitEmail: 'ada@gmail.com', line: 1 },
  ],
};

const zoom: SourceExtractInput = {
  format: 'community-kit/source-extract@1',
  source: 'csv:zoom',
  identities: [
    { id: 'zoom:ada', source: 'csv:zoom', name: 'Ada Lovelace', email: 'ADA@acme.example' },
    { id: 'zoom:grace', source: 'csv:zoom', name: 'Grace Hopper', email: 'grace@hopper.example' },
  ],
  gatherings: [
    {
      id: 'zoom:march-call',
      title: 'March community call',
      kind: 'community-call',
      start: '2024-03-05T15:00:00Z',
      hosts: ['zoom:ada'],
      attended: ['zoom:ada', 'zoom:grace'],
    },
  ],
};

const { community, report } = assembleCommunity([git, zoom], {
  name: 'Example project',
  affiliations: parseDomainMap('acme.example  Acme Research'),
  // Bob moved from Acme to Beta Labs on 1 February.
  enrollments: parseEmailMap('bob@acme.example  Acme Research < 2024-02-01\nbob@acme.example  Beta Labs'),
});

console.log(importReportSummary(report));
for (const m of report.merges) console.log(`merged ${m.identities.join(' + ')} (${m.rule}: ${m.evidence})`);
for (const b of report.bots) console.log(`bot ${b.memberId}: ${b.reason}`);
console.log(
  community.members
    .map((m) => `${m.id}  ${m.name}  ${m.affiliation ?? '(unaffiliated)'}  ${m.kind}`)
    .join('\n'),
);

// Organisations in January, with the affiliations of January (Bob was still at Acme).
const january = elephantFactor(affiliationsAt(community, Date.parse('2024-02-01') - 1), {
  from: '2024-01-01',
  asOf: '2024-02-01',
});
console.log('January organisations:', january.members);
console.log(
  'bots left out of health:',
  healthReport(community, { asOf: '2024-04-01', period: 'month' }).botsLeftOut,
);

// A copy to share: same key → same pseudonyms; keep the key secret.
const shared = pseudonymise(community, { key: 'use a long random secret, not this one' });
console.log(shared.members.map((m) => `${m.id}  ${m.name}  ${m.affiliation ?? ''}`).join('\n'));
