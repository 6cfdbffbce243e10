import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { candidatesFor } from '../../src/roles/candidatesFor.js';
import { communityOfPracticeRoles } from '../../src/roles/communityOfPracticeRoles.js';
import { defineRole } from '../../src/roles/defineRole.js';
import { roleFit } from '../../src/roles/roleFit.js';
import { SuccessionPlanSchema, succession } from '../../src/roles/succession.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { skillProfile } from '../../src/skills/skillProfile.js';

const W = 'cscce-skills-wheel';
const role = defineRole({
  id: 'event-lead',
  name: 'Event Lead',
  summary: 'Runs events.',
  coreTeam: true,
  recommended: true,
  skills: [
    {
      frameworkId: W,
      skillId: 'cscce/program-management/event-planning',
      level: 'proficient',
      importance: 3,
    },
    {
      frameworkId: W,
      skillId: 'cscce/program-management/meeting-facilitation',
      level: 'working',
      importance: 1,
    },
  ],
  source: { title: 'Handbook', author: 'Us' },
});
const at = '2026-01-01';
const assess = (memberId: string, skillId: string, level: number) => ({
  memberId,
  frameworkId: W,
  skillId: `cscce/program-management/${skillId}`,
  level,
  source: 'self' as const,
  assessedAt: '2025-06-01',
});
const community = parseCommunity({
  name: 'x',
  members: [
    { id: 'ana' },
    { id: 'bo', willing: { volunteer: true } },
    { id: 'cy' },
    { id: 'di' },
    { id: 'gone', leftAt: '2025-01-01' },
  ],
  roleAssignments: [{ memberId: 'ana', roleId: 'event-lead', allocation: 0.5, from: '2025-01-01' }],
  skillAssessments: [
    assess('ana', 'event-planning', 4),
    assess('bo', 'event-planning', 3),
    assess('bo', 'meeting-facilitation', 1),
    assess('cy', 'event-planning', 3),
    assess('cy', 'meeting-facilitation', 2),
    assess('gone', 'event-planning', 4),
  ],
});

describe('roleFit', () => {
  it('is the importance-weighted share of requirements met, with reasons', () => {
    const fit = roleFit('bo', role, skillProfile(community, 'bo', { asOf: at }));
    expect(fit.fit).toBeCloseTo(3 / 4, 12);
    expect(fit.reasons).toEqual([
      'meets 1 of 2 required skills',
      'below in Meeting facilitation (aware, needs working)',
    ]);
  });
  it('calls an unassessed member unknown, not unskilled, and refuses another member’s profile', () => {
    const fit = roleFit('di', role, skillProfile(community, 'di', { asOf: at }));
    expect(fit.assessed).toBe(false);
    expect(fit.reasons[0]).toBe('no skill assessments: fit unknown');
    expect(() => roleFit('di', role, skillProfile(community, 'bo', { asOf: at }))).toThrow(
      /profile\.memberId/,
    );
  });
});

describe('candidatesFor', () => {
  it('ranks current non-holders by fit, leaving out holders, leavers and (by default) the unassessed', () => {
    const c = candidatesFor(role, community, { at });
    expect(c.map((x) => [x.memberId, x.fit])).toEqual([
      ['cy', 1],
      ['bo', 0.75],
    ]);
    expect(candidatesFor(role, community, { at, includeUnassessed: true }).map((x) => x.memberId)).toEqual([
      'cy',
      'bo',
      'di',
    ]);
    expect(candidatesFor(role, community, { at, exclude: ['cy'], top: 1 }).map((x) => x.memberId)).toEqual([
      'bo',
    ]);
  });
  it('rejects a bad option with its path', () => {
    expect(() => candidatesFor(role, community, { at, top: 0 })).toThrow(/options\.top/);
  });
});

describe('succession', () => {
  it('plans each core role: holders, candidates, and whether someone is ready', () => {
    const [plan] = succession(community, { at, catalogue: [role] });
    expect(plan).toMatchObject({ roleId: 'event-lead', holders: ['ana'], covered: true });
    expect(plan!.verdict).toBe('2 candidate(s) ready: cy, bo');
    const strict = succession(community, { at, catalogue: [role], readyFit: 1 })[0]!;
    expect(strict.verdict).toBe('1 candidate(s) ready: cy');
    expect(() => succession(community, { at, catalogue: [role], readyFit: 1.5 })).toThrow(
      /options\.readyFit/,
    );
    const noOne = succession(community, { at, catalogue: [role], top: 1, readyFit: 1 });
    expect(noOne[0]!.candidates.map((c) => c.memberId)).toEqual(['cy']);
  });
  it('finds a ready successor for the overloaded manager of the sample community but not for the sponsor', () => {
    const plans = succession(sampleCommunity(), { at, catalogue: [...communityOfPracticeRoles] });
    expect(plans.map((p) => p.roleId)).toEqual([
      'community-manager',
      'community-leader',
      'community-sponsor',
    ]);
    expect(plans.find((p) => p.roleId === 'community-sponsor')!.covered).toBe(false);
  });
});

describe('coreGroup from the roles held', () => {
  it('the health coreGroup given the coreTeam finds the volunteers who contribute like the core team', async () => {
    const { coreGroup } = await import('../../src/health/coreGroup.js');
    const { coreTeam } = await import('../../src/roles/coreTeam.js');
    const c = parseCommunity({
      name: 'g',
      members: [{ id: 'lead' }, { id: 'vol' }, { id: 'quiet' }],
      roleAssignments: [{ memberId: 'lead', roleId: 'community-manager', allocation: 1, from: '2025-01-01' }],
      activities: [
        ...[1, 2, 3].map((k) => ({ id: `l${k}`, memberId: 'lead', at: `2025-12-0${k}`, kind: 'post' })),
        ...[1, 2, 3, 4].map((k) => ({ id: `v${k}`, memberId: 'vol', at: `2025-12-1${k}`, kind: 'reply' })),
        { id: 'q1', memberId: 'quiet', at: '2025-12-20', kind: 'reaction' },
      ],
    });
    const at = new Date('2026-01-01T00:00:00Z');
    const team = coreTeam(c, { at }).map((m) => m.memberId);
    const r = coreGroup(c, { from: new Date(at.getTime() - 90 * 86_400_000), to: at, coreMemberIds: team });
    expect(r.members.map((m) => m.id)).toEqual(['vol']);
    expect(r.core.map((m) => m.id)).toEqual(['lead']);
  });
});

describe('roles result schemas describe the results exactly', () => {
  it('SuccessionPlanSchema parses succession on the sample community without losing a field', () => {
    const plans = succession(sampleCommunity({ seed: 1, members: 60, months: 6 }), { at: '2026-01-01' });
    expect(plans.length).toBeGreaterThan(0);
    expect(plans.some((p) => p.candidates.length > 0)).toBe(true);
    for (const plan of plans) expect(SuccessionPlanSchema.parse(plan)).toEqual(plan);
  });
});
