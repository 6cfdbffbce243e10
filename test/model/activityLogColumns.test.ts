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

  it('activityLog(columns) adopts typed columns in time order, copies columns out of order', () => {
    const sorted = { ...cols, times: Float64Array.from([1, 2, 2]) };
    const log = activityLog(sorted);
    expect(log.time).toBe(sorted.times);
    expect(log.member).toBe(sorted.members);
    expect(log.kind).toBe(sorted.kinds);
    expect(activityLog(cols).time).not.toBe(cols.times);
    expect(Array.from(cols.times)).toEqual([
      Date.UTC(2024, 1, 3),
      Date.UTC(2024, 0, 5),
      Date.UTC(2024, 0, 9),
    ]);
  });

  it('activityLog(columns) copies plain number arrays into typed columns', () => {
    const log = activityLog({
      times: [3, 1, 2],
      members: [0, 1, 0],
      kinds: [POST, POST, POST],
      memberIds: ['a', 'b'],
    } as never);
    expect(log.time).toBeInstanceOf(Float64Array);
    expect(Array.from(log.time)).toEqual([1, 2, 3]);
    expect(Array.from(log.member)).toEqual([1, 0, 0]);
  });

  it('activityLog(columns) lists each bad row: a time that is not finite (in or out of order), a kind out of range', () => {
    const bad =
      (times: number[], kinds = [POST, POST, POST]) =>
      () =>
        activityLog({ ...cols, times: Float64Array.from(times), kinds: Uint8Array.from(kinds) });
    expect(bad([1, Number.NaN, 3])).toThrow(/times\[1\]: expected a finite time/);
    expect(bad([1, 2, Number.POSITIVE_INFINITY])).toThrow(/times\[2\]/);
    expect(bad([Number.NEGATIVE_INFINITY, 2, 3])).toThrow(/times\[0\]/);
    expect(bad([5, Number.NaN, 3])).toThrow(/times\[1\]/);
    expect(bad([1, 2, 3], [POST, ACTIVITY_KINDS.length, POST])).toThrow(
      /kinds\[1\]: expected a kind index below/,
    );
    expect(() => activityLog({ ...cols, members: Int32Array.from([0, -1, 1]) })).toThrow(/members\[1\]/);
  });

  it('activityLog(columns) refuses a column that is missing with a ValidationError, not a TypeError', () => {
    expect(() => activityLog({ times: Float64Array.from([1]), memberIds: ['a'] } as never)).toThrow(
      ValidationError,
    );
  });
});
