import { afterEach, describe, expect, it, vi } from 'vitest';
import { healthReport } from '../../../src/health/healthReport.js';
import { activityLog } from '../../../src/model/activityLog.js';
import { freeBuffers, releaseColumns } from '../../../src/model/internal/ownedColumns.js';
import { parseCommunity } from '../../../src/model/parseCommunity.js';
import { act } from '../../health/helpers.js';

// Out of time order on purpose: the log sorts them, and frees the unsorted columns.
const activities = [
  act('ben', '2024-03-02T10:00:00Z', 'reply', { id: 'r1', replyTo: 'p1', thread: 't1' }),
  act('ana', '2024-03-01T09:00:00Z', 'post', { id: 'p1', thread: 't1', weight: 2 }),
  act('kim', '2024-03-03T09:00:00Z', 'post', { id: 'p2' }),
];

describe('releaseColumns', () => {
  it('frees the typed columns of a log built from activities, and nothing else', () => {
    const log = activityLog(activities);
    expect([...log.time]).toEqual([
      Date.parse('2024-03-01T09:00:00Z'),
      Date.parse('2024-03-02T10:00:00Z'),
      Date.parse('2024-03-03T09:00:00Z'),
    ]);
    expect([...log.replyTo]).toEqual([-1, 0, -1]);
    expect([...log.weight]).toEqual([2, 1, 1]);
    releaseColumns(log);
    for (const column of [log.time, log.member, log.kind, log.channel, log.thread, log.replyTo, log.weight])
      expect(column.length).toBe(0);
    // The activities and their ids are untouched; a second release does nothing.
    expect(activities[0]?.at.toISOString()).toBe('2024-03-02T10:00:00.000Z');
    expect(log.activityIds).toEqual(['p1', 'r1', 'p2']);
    expect(() => releaseColumns(log)).not.toThrow();
  });

  it('leaves the columns of a log built from typed columns (they are not its own to free)', () => {
    const log = activityLog({
      times: Float64Array.of(1, 2),
      members: Int32Array.of(0, 0),
      kinds: Uint8Array.of(0, 0),
      memberIds: ['ana'],
    });
    releaseColumns(log);
    expect([...log.time]).toEqual([1, 2]);
  });

  it('lets healthReport free its own log without touching the community', () => {
    const community = parseCommunity({
      name: 'Two',
      members: [{ id: 'ana' }, { id: 'ben' }],
      activities: [
        { id: 'p1', memberId: 'ana', at: '2025-11-01', kind: 'post', thread: 't1' },
        { id: 'r1', memberId: 'ben', at: '2025-11-02', kind: 'reply', thread: 't1', replyTo: 'p1' },
      ],
    });
    const first = healthReport(community, { asOf: '2026-01-01' });
    const second = healthReport(community, { asOf: '2026-01-01' });
    expect(second).toEqual(first);
    expect(first.metrics.find((m) => m.id === 'medianResponseHours')?.current).toBe(24);
    expect(activityLog(community).time.length).toBe(2);
  });
});

describe('freeBuffers', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('leaves the arrays as they are where buffers cannot be transferred', () => {
    vi.stubGlobal('structuredClone', () => {
      throw new Error('DataCloneError');
    });
    const a = Float64Array.of(1, 2);
    expect(() => freeBuffers([a])).not.toThrow();
    expect([...a]).toEqual([1, 2]);
  });

  it('empties the views given, once per shared buffer, and skips missing or empty ones', () => {
    const a = new Float64Array(4);
    const b = new Int32Array(a.buffer);
    const c = new Uint8Array(0);
    freeBuffers([a, b, c, undefined, null]);
    expect([a.length, b.length, c.length]).toEqual([0, 0, 0]);
  });
});
