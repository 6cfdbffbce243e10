import { describe, expect, it } from 'vitest';
import { assembleCommunity } from '../../../src/io/core/assembleCommunity.js';
import { parseAttendanceCsv } from '../../../src/io/csv/parseAttendanceCsv.js';
import { parseRoleAssignmentsCsv } from '../../../src/io/csv/parseRoleAssignmentsCsv.js';
import { parseRosterCsv } from '../../../src/io/csv/parseRosterCsv.js';
import { parseSkillSurveyCsv } from '../../../src/io/csv/parseSkillSurveyCsv.js';
import { fixture } from './helpers.js';

describe('CSV extracts assemble into one community', () => {
  it('a roster, its role file, a Zoom report and a survey give one member per person, joined by e-mail', async () => {
    const extracts = [
      await parseRosterCsv(fixture('roster.csv'), { dateOrder: 'dmy', file: 'roster.csv' }),
      await parseRoleAssignmentsCsv(fixture('roles.csv'), {
        roles: { 'Community Manager': 'community-manager' },
      }),
      await parseAttendanceCsv(fixture('zoom-participants.csv'), { tool: 'zoom' }),
      await parseSkillSurveyCsv(fixture('google-forms-survey.csv'), {
        framework: 'cscce-skills-wheel',
        skills: { 'How confident are you at mentoring?': 'cscce/interpersonal/mentoring' },
      }),
    ];
    const { community } = assembleCommunity(JSON.parse(JSON.stringify(extracts)) as unknown[]);
    const amara = community.members.filter((m) => m.name === 'Amara Okafor');
    expect(amara).toHaveLength(1);
    const id = amara[0]?.id;
    expect(amara[0]?.affiliation).toBe('Open Soil Lab');
    // The roster and the role file each name her (same source, same e-mail).
    expect(amara[0]?.identities.map((i) => i.source).sort()).toEqual([
      'csv:roster',
      'csv:roster',
      'csv:survey',
      'csv:zoom',
    ]);
    expect(
      community.roleAssignments
        .filter((r) => r.memberId === id)
        .map((r) => r.roleId)
        .sort(),
    ).toEqual(['community-leader', 'community-manager']);
    expect(community.gatherings[0]?.attended).toContain(id);
    expect(community.skillAssessments.filter((a) => a.memberId === id).map((a) => a.level)).toEqual([
      'proficient',
    ]);
  });
});
