import { describe, expect, it } from 'vitest';
import { RoleAssignmentSchema } from '../../src/model/roleAssignment.js';
import { notADate, schemaProblems } from './helpers.js';

const valid = { memberId: 'm-1', roleId: 'community-manager', allocation: 0.5, from: '2024-01-01' };
const ALLOCATION = 'expected an allocation between 0 and 1';

describe('RoleAssignmentSchema', () => {
  it('RoleAssignmentSchema parses an open-ended assignment, held continuously by default', () => {
    expect(RoleAssignmentSchema.parse(valid)).toEqual({
      memberId: 'm-1',
      roleId: 'community-manager',
      allocation: 0.5,
      from: new Date('2024-01-01T00:00:00Z'),
      intermittent: false,
    });
  });

  it('RoleAssignmentSchema accepts to as a date, as null (open-ended) and intermittent roles', () => {
    expect(RoleAssignmentSchema.parse({ ...valid, to: '2024-06-30' }).to).toEqual(
      new Date('2024-06-30T00:00:00Z'),
    );
    expect(RoleAssignmentSchema.parse({ ...valid, to: null }).to).toBeNull();
    expect(RoleAssignmentSchema.parse({ ...valid, intermittent: true }).intermittent).toBe(true);
  });

  it('RoleAssignmentSchema accepts the allocation bounds 0 and 1', () => {
    expect(RoleAssignmentSchema.parse({ ...valid, allocation: 0 }).allocation).toBe(0);
    expect(RoleAssignmentSchema.parse({ ...valid, allocation: 1 }).allocation).toBe(1);
  });

  it.each([-0.01, 1.01, 40])('RoleAssignmentSchema rejects the allocation %d', (allocation) => {
    expect(schemaProblems(RoleAssignmentSchema, { ...valid, allocation })).toEqual([
      ['allocation', ALLOCATION],
    ]);
  });

  it('RoleAssignmentSchema reports every bad field with its path and message', () => {
    expect(
      schemaProblems(RoleAssignmentSchema, {
        memberId: 'constructor',
        roleId: '',
        allocation: '0.5',
        from: '2024-02-30',
        to: 'never',
        intermittent: 'sometimes',
      }),
    ).toEqual([
      [
        'memberId',
        'reserved name: ids may not be __proto__, constructor, prototype or another Object.prototype property (valueOf, toString, hasOwnProperty…)',
      ],
      ['roleId', 'expected a non-empty id'],
      ['allocation', 'Invalid input: expected number, received string'],
      ['from', notADate('2024-02-30')],
      ['to', notADate('never')],
      ['intermittent', 'Invalid input: expected boolean, received string'],
    ]);
  });
});
