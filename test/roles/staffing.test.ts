import { describe, expect, it } from 'vitest';
import { type CommunityInput, parseCommunity } from '../../src/model/index.js';
import { activeAssignments } from '../../src/roles/activeAssignments.js';
import { coreTeam } from '../../src/roles/coreTeam.js';
import { reportingDue } from '../../src/roles/reportingDue.js';
import { roleCoverage } from '../../src/roles/roleCoverage.js';
import { workload } from '../../src/roles/workload.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const tiny = (assignments: CommunityInput['roleAssignments'], extra: Partial<CommunityInput> = {}) =>
  parseCommunity({
    name: 'Tiny',
    members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }],
    roleAssignments: assignments,
    ...extra,
  });

describe('activeAssignments', () => {
  it('counts from as inclusive and to as exclusive; an open to never ends', () => {
    const c = tiny([
      { memberId: 'ana', roleId: 'community-manager', allocation: 1, from: '2025-01-01', to: '2025-07-01' },
      { memberId: 'bo', roleId: 'community-manager', allocation: 1, from: '2025-07-01' },
    ]);
    expect(activeAssignments(c, { at: '2025-07-01' }).map((a) => a.memberId)).toEqual(['bo']);
    expect(activeAssignments(c, { at: '2025-06-30T23:59:59Z' }).map((a) => a.memberId)).toEqual(['ana']);
    expect(activeAssignments(c, { at: '2024-12-31' })).toEqual([]);
  });
  it('rejects a missing or bad at with the option path', () => {
    expect(() => activeAssignments(tiny([]), { at: 'now' })).toThrow(/options\.at/);
  });
});

describe('workload', () => {
  it('sums allocations per member and flags members above 1.0 FTE (allowed, not rejected)', () => {
    const c = tiny([
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.8, from: '2025-01-01' },
      { memberId: 'ana', roleId: 'community-leader', allocation: 0.3, from: '2025-01-01' },
      { memberId: 'bo', roleId: 'community-leader', allocation: 0.2, from: '2025-01-01' },
    ]);
    const w = workload(c, { at: '2025-06-01' });
    expect(w.members.map((m) => [m.memberId, m.total])).toEqual([
      ['ana', 1.1],
      ['bo', 0.2],
    ]);
    expect(w.overloaded).toEqual([{ memberId: 'ana', total: 1.1, threshold: 1 }]);
    expect(workload(c, { at: '2025-06-01', threshold: 1.2 }).overloaded).toEqual([]);
  });

  it('names single points of failure: core roles with exactly one holder', () => {
    const c = tiny([
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.8, from: '2025-01-01' },
      { memberId: 'ana', roleId: 'community-leader', allocation: 0.1, from: '2025-01-01' },
      { memberId: 'bo', roleId: 'community-leader', allocation: 0.1, from: '2025-01-01' },
      { memberId: 'cy', roleId: 'technical-expert', allocation: 0.2, from: '2025-01-01' },
    ]);
    expect(workload(c, { at: '2025-06-01' }).singlePointsOfFailure).toEqual([
      { memberId: 'ana', roleIds: ['community-manager'] },
    ]);
  });

  it('flags overlapping assignments of the same role to the same member', () => {
    const c = tiny([
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.5, from: '2025-01-01', to: '2025-06-01' },
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.5, from: '2025-05-01' },
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.5, from: '2024-01-01', to: '2025-01-01' },
    ]);
    expect(workload(c, { at: '2025-05-15' }).overlaps).toEqual([
      { memberId: 'ana', roleId: 'community-manager', indices: [0, 1] },
    ]);
  });

  it('finds the overloaded manager of the sample community', () => {
    const w = workload(sampleCommunity(), { at: '2026-01-01' });
    expect(w.overloaded).toEqual([{ memberId: 'm-001', total: 1.4, threshold: 1 }]);
  });

  it('returns empty tables for a community without assignments', () => {
    expect(workload(tiny([]), { at: '2025-01-01' })).toEqual({
      members: [],
      overloaded: [],
      singlePointsOfFailure: [],
      overlaps: [],
    });
  });
});

describe('roleCoverage', () => {
  it('finds the vacant recommended roles of the sample community', () => {
    const cov = roleCoverage(sampleCommunity(), { at: '2026-01-01' });
    expect(cov.vacancies).toEqual(['knowledge-management-advisor', 'admin-support']);
    expect(cov.roles.find((r) => r.roleId === 'community-leader')!.holders.map((h) => h.memberId)).toEqual([
      'm-001',
      'm-002',
    ]);
  });

  it('asks only for the core team of a forming community, and everything of a mature one', () => {
    const c = tiny([
      { memberId: 'ana', roleId: 'community-manager', allocation: 0.5, from: '2025-01-01' },
      { memberId: 'ana', roleId: 'community-leader', allocation: 0.2, from: '2025-01-01' },
      { memberId: 'bo', roleId: 'community-sponsor', allocation: 0.05, from: '2025-01-01' },
    ]);
    const forming = roleCoverage(c, { at: '2025-06-01', stage: 'forming' });
    expect(forming.vacancies).toEqual([]);
    expect(forming.findings.map((f) => f.code)).toEqual(['single-leader']);
    const mature = roleCoverage(c, { at: '2025-06-01', stage: 'mature' });
    expect(mature.vacancies).toEqual([
      'technical-expert',
      'knowledge-management-advisor',
      'communications-advisor',
      'admin-support',
    ]);
    expect(mature.findings.map((f) => f.code)).toContain('combined-core-roles');
  });

  it('reports a missing sponsor and a core team without a manager', () => {
    const c = tiny([{ memberId: 'ana', roleId: 'community-leader', allocation: 0.2, from: '2025-01-01' }]);
    const codes = roleCoverage(c, { at: '2025-06-01' }).findings.map((f) => f.code);
    expect(codes).toContain('missing-sponsor');
    expect(codes).toContain('core-team-without-manager');
  });

  it('lists assignments to role ids the catalogue does not know, without failing', () => {
    const c = tiny([{ memberId: 'cy', roleId: 'chief-vibes-officer', allocation: 0.1, from: '2025-01-01' }]);
    expect(roleCoverage(c, { at: '2025-06-01' }).unknownRoleAssignments).toEqual([
      { index: 0, memberId: 'cy', roleId: 'chief-vibes-officer' },
    ]);
  });

  it('rejects an empty-id catalogue entry with its path', () => {
    expect(() => roleCoverage(tiny([]), { at: '2025-06-01', catalogue: [{ id: '' } as never] })).toThrow(
      /options\.catalogue\[0\]/,
    );
  });
});

describe('reportingDue', () => {
  it('puts the quarterly leader → sponsor report at the end of the quarter', () => {
    const due = reportingDue(sampleCommunity(), { asOf: '2025-11-15' });
    const leader = due.find((d) => d.fromRoleId === 'community-leader')!;
    expect(leader).toMatchObject({
      toRoleId: 'community-sponsor',
      period: '2025-Q4',
      daysLeft: 47,
      toMemberIds: ['m-003'],
    });
    expect(leader.dueAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
    for (let i = 1; i < due.length; i++) expect(due[i]!.dueAt >= due[i - 1]!.dueAt).toBe(true);
  });
  it('warns when nobody holds the role reported to', () => {
    const c = tiny([{ memberId: 'ana', roleId: 'community-leader', allocation: 0.2, from: '2025-01-01' }]);
    expect(reportingDue(c, { asOf: '2025-03-10' })[0]).toMatchObject({
      toMemberIds: [],
      warning: 'nobody holds community-sponsor: the report has no recipient',
    });
  });
});

describe('coreTeam', () => {
  it('lists holders of core roles with their core allocation', () => {
    expect(coreTeam(sampleCommunity(), { at: '2026-01-01' })).toEqual([
      { memberId: 'm-001', roleIds: ['community-leader', 'community-manager'], allocation: 1.4 },
      { memberId: 'm-002', roleIds: ['community-leader'], allocation: 0.2 },
      { memberId: 'm-003', roleIds: ['community-sponsor'], allocation: 0.05 },
    ]);
  });
});
