import { describe, expect, it } from 'vitest';
import { activityLog } from '../../../src/model/activityLog.js';
import { rolesSection } from '../../../src/report/sections/rolesSection.js';
import { sampleCommunity } from '../../../src/sample/sampleCommunity.js';

describe('rolesSection', () => {
  const community = sampleCommunity({ seed: 3, members: 300, months: 18 });
  const asOf = new Date('2026-01-01T00:00:00Z');

  it('says the same with the log the report shares as with the log it builds itself', () => {
    const alone = rolesSection(community, { asOf });
    const shared = rolesSection(community, { asOf, log: activityLog(community) });
    expect(JSON.stringify(shared)).toBe(JSON.stringify(alone));
    expect(alone.markdown).toContain('**Core group**');
  });

  it('refuses a log option that is not an activity log', () => {
    expect(() => rolesSection(community, { asOf, log: community.activities as never })).toThrow(
      /rolesSection:[\s\S]*options\.log: expected an activity log/,
    );
  });
});
