import { describe, expect, it } from 'vitest';
import { parseRoleAssignmentsCsv } from '../../../src/io/csv/parseRoleAssignmentsCsv.js';
import { parseRosterCsv } from '../../../src/io/csv/parseRosterCsv.js';
import type { InputFormatError } from '../../../src/model/errors.js';
import { fixture, rejection } from './helpers.js';

const roles = { 'Community Manager': 'community-manager' };

describe('parseRoleAssignmentsCsv', () => {
  it('reads assignments: role names mapped, 50% and "0,2" as fractions, blank "to" open-ended', async () => {
    const e = await parseRoleAssignmentsCsv(fixture('roles.csv'), { file: 'roles.csv', roles });
    expect(
      e.roleAssignments.map((r) => [
        r.memberId,
        r.roleId,
        r.allocation,
        r.from.toISOString().slice(0, 10),
        r.to?.toISOString().slice(0, 10),
        r.intermittent,
      ]),
    ).toEqual([
      ['csv:roster:amara@example.org', 'community-manager', 0.5, '2023-09-01', undefined, false],
      ['csv:roster:name:lucía fernández', 'technical-expert', 0.2, '2024-01-15', '2024-06-30', true],
      ['csv:roster:amara@example.org', 'community-leader', 0.1, '2022-01-01', '2023-08-31', false],
    ]);
    expect(e.roleAssignments[1]?.provenance).toEqual({ source: 'csv:roster', file: 'roles.csv', line: 3 });
    expect(e.identities.map((i) => i.id)).toEqual([
      'csv:roster:amara@example.org',
      'csv:roster:name:lucía fernández',
    ]);
  });

  it('names the same identities as the roster when both key by e-mail', async () => {
    const roster = await parseRosterCsv(fixture('roster.csv'), { dateOrder: 'dmy' });
    const assignments = await parseRoleAssignmentsCsv(fixture('roles.csv'), { roles });
    expect(roster.identities.map((i) => i.id)).toContain(assignments.roleAssignments[0]?.memberId);
  });

  it('reads the member column as roster ids or usernames when told', async () => {
    const e = await parseRoleAssignmentsCsv('Member,Role,From,Allocation\nkai_m,maintainer,2024-01-01,1\n', {
      member: 'username',
    });
    expect(e.roleAssignments[0]?.memberId).toBe('csv:roster:user:kai_m');
  });

  it('names file, line and column of a bad allocation, a blank one, a bad date and an end before the start', async () => {
    const bad = async (csv: string, options = {}) =>
      (await rejection(parseRoleAssignmentsCsv(csv, { file: 'r.csv', ...options }))) as InputFormatError;
    expect((await bad('Member,Role,From,Allocation\nada@example.org,x,2024-01-01,150%\n')).message).toBe(
      'parseRoleAssignmentsCsv: r.csv:2 "Allocation": expected a share of a full-time week between 0 and 1 (e.g. 0.5 or 50%), got "150%"',
    );
    expect((await bad('Member,Role,From,Allocation\nada@example.org,x,2024-01-01,\n')).message).toContain(
      '"Allocation": blank allocation',
    );
    const e = await parseRoleAssignmentsCsv('Member,Role,From,Allocation\nada@example.org,x,2024-01-01,\n', {
      defaultAllocation: 0.25,
    });
    expect(e.roleAssignments[0]?.allocation).toBe(0.25);
    expect((await bad('Member,Role,Start,Allocation\nada@example.org,x,soon,1\n')).message).toBe(
      'parseRoleAssignmentsCsv: r.csv:2 "Start": not a date: "soon"',
    );
    expect(
      (await bad('Member,Role,From,To,FTE\nada@example.org,x,2024-02-01,2024-01-01,1\n')).message,
    ).toContain('r.csv:2 "To": ends');
    expect((await bad('Member,Role,From,FTE\nada@example.org,__proto__,2024-02-01,1\n')).message).toContain(
      'r.csv:2 "Role": reserved name',
    );
  });

  it('says which columns it expected in the wrong kind of file', async () => {
    const error = await rejection(
      parseRoleAssignmentsCsv('Name,Email\nAda,ada@example.org\n', { file: 'r.csv' }),
    );
    expect(error.message).toBe(
      'parseRoleAssignmentsCsv: r.csv: not a role-assignment file: expected the columns "Role", "From" in a header row; found "Name", "Email" (line 1)',
    );
  });
});
