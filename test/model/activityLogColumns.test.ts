import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { ACTIVITY_KINDS } from '../../src/model/activityKinds.js';
import { activityLog } from '../../src/model/activityLog.js';
import { ValidationError } from '../../src/model/errors.js';

const POST = ACTIVITY_KINDS.indexOf('post');
const cols = {
  times: Float64Array.from([Date.UTC(2024, 1, 3), Date.UTC(2024, 0, 5), Date.UTC(2024, 0, 9)]),
  members: Int32Array.from([1, 0, 1]),
  kinds: Uint8Array.from([POST, POST, POST]),
  memberIds: ['ann', 'bob'],
};

describe('activityLog from typed columns', () => {
  it('activityLog(columns) sorts rows by time and names them #<input index>', () => {
    const log = activityLog(cols);
    expect(log.size).toBe(3);
    expect([...log.activityIds]).toEqual(['#1', '#2', '#0']);
    expect(log.activityIds[2]).toBe('#0');
    expect(log.activityIds.length).toBe(3);
    expect(Array.from(log.member)).toEqual([0, 1, 1]);
    expect(activeMembers(log, { unit: 'month' }).periods.map((p) => p.active)).toEqual([2, 1]);
  });

  it('activityLog(columns) does not change the input columns', () => {
    activityLog(cols);
    expect(Array.from(cols.members)).toEqual([1, 0, 1]);
  });

  it('activityLog(columns) rejects columns of different lengths and unknown member indices', () => {
    expect(() => activityLog({ ...cols, members: Int32Array.from([0, 1]) })).toThrow(ValidationError);
    expect(() => activityLog({ ...cols, members: Int32Array.from([0, 5, 1]) })).toThrow(/members\[1\]/);
  });
});
