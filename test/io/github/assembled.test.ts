import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activityLog } from '../../../src/health/activityLog.js';
import { timeToFirstResponse } from '../../../src/health/timeToFirstResponse.js';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import { githubExtract } from '../../../src/io/github/githubExtract.js';

const fixtures = join(__dirname, '..', '..', 'fixtures', 'github');
const REST = [
  'issues.json',
  'pulls.jsonl',
  'issue-comments.json',
  'review-comments.json',
  'reviews.json',
  'issue-events.json',
];

describe('a GitHub extract assembled with a git extract', () => {
  it('joins the GitHub account to its noreply git identity, flags the bots, and gives real first responses', async () => {
    const github = await githubExtract(
      REST.map((name) => ({ name, input: readFileSync(join(fixtures, name)) })),
    );
    const git = {
      format: 'community-kit/source-extract@1',
      source: 'git',
      identities: [
        {
          id: 'git:101+ada@users.noreply.github.com',
          source: 'git',
          name: 'Ada',
          email: '101+ada@users.noreply.github.com',
        },
      ],
      activities: [
        {
          id: 'git:abc123',
          memberId: 'git:101+ada@users.noreply.github.com',
          at: '2024-03-04T07:00:00Z',
          kind: 'commit',
        },
      ],
    };
    const { community, report } = assembleCommunity([github, git]);
    expect(report.merges.map((m) => [m.identities, m.rule])).toEqual([
      [['git:101+ada@users.noreply.github.com', 'github:101'], 'github-noreply'],
    ]);
    const ada = community.members.find((m) => m.identities.some((i) => i.username === 'ada'));
    expect(ada?.identities.map((i) => i.source).sort()).toEqual(['git', 'github']);
    expect(
      community.members
        .filter((m) => m.kind === 'bot')
        .map((m) => m.identities[0]?.username)
        .sort(),
    ).toEqual(['dependabot[bot]', 'renovate[bot]']);
    // PR #3 (a draft until 2024-03-04 08:00): Ada's review at 09:30 is the first response, 1.5 hours later.
    const ttfr = timeToFirstResponse(activityLog(community));
    const pr = ttfr.items.find((i) => i.activityId === 'github:octo-org/widgets#3');
    expect(pr).toMatchObject({ responderId: ada?.id, hours: 1.5 });
    // Issue #2 was opened by dependabot: bots are left out of the log, so it is not a thread.
    expect(ttfr.items.find((i) => i.activityId === 'github:octo-org/widgets#2')).toBeUndefined();
  });
});
