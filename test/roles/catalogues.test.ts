import { describe, expect, it } from 'vitest';
import { communityManagerTasks } from '../../src/roles/communityManagerTasks.js';
import { communityOfPracticeRoles } from '../../src/roles/communityOfPracticeRoles.js';
import { defineRole } from '../../src/roles/defineRole.js';
import { researchCommunityManager } from '../../src/roles/researchCommunityManager.js';
import { roleCatalog } from '../../src/roles/roleCatalog.js';
import { RoleDefinitionSchema } from '../../src/roles/roleDefinition.js';
import { specialisedRoles } from '../../src/roles/specialisedRoles.js';
import { TaskDefinitionSchema } from '../../src/roles/taskDefinition.js';

const all = roleCatalog(communityOfPracticeRoles, specialisedRoles, [researchCommunityManager]);

describe('built-in role catalogues', () => {
  it('communityOfPracticeRoles names every role and structure of the toolkit, exactly', () => {
    expect(communityOfPracticeRoles.map((r) => r.name)).toEqual([
      'Community Manager',
      'Community Leader',
      'Community Sponsor',
      'Technical Expert',
      'Knowledge Management Advisor',
      'Communications Advisor',
      'Admin Support',
      'Members',
      'Core Team',
      'Core Group',
    ]);
  });

  it('specialisedRoles names the six specialised roles, each reporting to the Chief Community Officer', () => {
    expect(specialisedRoles.map((r) => r.name).sort()).toEqual(
      [
        'Chief Community Officer',
        'Community Manager',
        'Community Marketer',
        'Community Operations',
        'Community Success Manager',
        'Internal Community Manager',
      ].sort(),
    );
    for (const r of specialisedRoles)
      if (r.id !== 'chief-community-officer') expect(r.reportsTo).toBe('chief-community-officer');
  });

  it('every built-in role is valid against the schema and carries its source', () => {
    for (const role of all) {
      expect(RoleDefinitionSchema.parse(role)).toEqual(role);
      expect(role.source.title.length).toBeGreaterThan(0);
      expect(role.source.author.length).toBeGreaterThan(0);
    }
  });

  it('the core team of a Community of Practice is sponsor, leader and manager', () => {
    expect(
      communityOfPracticeRoles
        .filter((r) => r.coreTeam && r.id !== 'core-team')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['community-leader', 'community-manager', 'community-sponsor']);
  });

  it('models the published facts: co-leadership of 2 (up to 4), quarterly report from leader to sponsor', () => {
    const leader = communityOfPracticeRoles.find((r) => r.id === 'community-leader')!;
    expect(leader.holders).toMatchObject({ min: 1, max: 4, recommended: 2 });
    expect(leader.reportsTo).toBe('community-sponsor');
    expect(leader.reportingCadence).toBe('quarterly');
  });

  it('the research community manager lists the day-to-day tasks and the challenges of the role', () => {
    for (const task of [
      'host-community-calls',
      'onboard-new-members',
      'write-community-report',
      'write-newsletter',
      'maintain-community-site',
      'post-on-social-media',
      'plan-initiatives',
      'run-training',
      'manage-membership-lists',
      'mentor-contributions',
      'create-informational-materials',
    ])
      expect(researchCommunityManager.tasks).toContain(task);
    expect(researchCommunityManager.challenges).toContain('No formal career progression');
    expect(researchCommunityManager.challenges).toHaveLength(12);
  });

  it('every task a role names exists in the task catalogue, and every task owner is a known role', () => {
    const tasks = new Set(communityManagerTasks.map((t) => t.id));
    const roles = new Set(all.map((r) => r.id));
    for (const r of all) for (const t of r.tasks) expect(tasks.has(t), `${r.id} → ${t}`).toBe(true);
    for (const t of communityManagerTasks) {
      expect(TaskDefinitionSchema.parse(t)).toEqual(t);
      for (const owner of t.owners) expect(roles.has(owner), `${t.id} ← ${owner}`).toBe(true);
    }
  });

  it('ids are unique and kebab-case across the built-ins', () => {
    const ids = all.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('defineRole and roleCatalog', () => {
  const source = { title: 'Our handbook', author: 'Us' };
  it('defineRole fills defaults and rejects bad fields with their path', () => {
    const role = defineRole({ id: 'event-lead', name: 'Event Lead', summary: 'Runs events.', source });
    expect(role.holders).toEqual({ min: 1 });
    expect(() => defineRole({ id: '', name: 'x', summary: 'y', source })).toThrow(/role\.id/);
    expect(() =>
      defineRole({ id: 'x', name: 'x', summary: 'y', source, allocation: { min: 0.8, max: 0.2 } }),
    ).toThrow(/role\.allocation\.max/);
  });

  it('a later catalogue overrides a built-in role with the same id', () => {
    const mine = defineRole({ id: 'community-manager', name: 'Community Manager', summary: 'Ours.', source });
    const roles = roleCatalog(communityOfPracticeRoles, [mine]);
    expect(roles).toHaveLength(communityOfPracticeRoles.length);
    expect(roles.find((r) => r.id === 'community-manager')!.summary).toBe('Ours.');
  });

  it('rejects duplicate ids within a catalogue, unknown reportsTo targets and reporting cycles', () => {
    const a = defineRole({ id: 'a', name: 'A', summary: '.', source, reportsTo: 'b' });
    const b = defineRole({ id: 'b', name: 'B', summary: '.', source, reportsTo: 'a' });
    expect(() => roleCatalog([a, a])).toThrow(/catalogues\[0\]\[1\]\.id: duplicate role id "a"/);
    expect(() => roleCatalog([a])).toThrow(
      /roles\[0\]\.reportsTo: role "a" reports to "b", which is not in the catalogue/,
    );
    expect(() => roleCatalog([a, b])).toThrow(/cycle: a → b → a/);
    const self = defineRole({ id: 's', name: 'S', summary: '.', source, reportsTo: 's' });
    expect(() => roleCatalog([self])).toThrow(/cycle: s → s/);
  });

  it('an empty catalogue is an empty result, not an error', () => {
    expect(roleCatalog()).toEqual([]);
    expect(roleCatalog([])).toEqual([]);
  });
});

describe('required skills of the built-in roles', () => {
  it('every required skill id and level resolves in a built-in framework', async () => {
    const { builtInFrameworks } = await import('../../src/skills/builtInFrameworks.js');
    const { findSkill } = await import('../../src/skills/findSkill.js');
    const { getFramework } = await import('../../src/skills/getFramework.js');
    const { resolveLevel } = await import('../../src/skills/resolveLevel.js');
    let checked = 0;
    for (const role of all)
      for (const req of role.skills) {
        const f = getFramework(builtInFrameworks, req.frameworkId);
        expect(findSkill(f, req.skillId), `${role.id} → ${req.skillId}`).toBeDefined();
        expect(() => resolveLevel(f.scale, req.level)).not.toThrow();
        checked++;
      }
    expect(checked).toBeGreaterThan(30);
  });
});
