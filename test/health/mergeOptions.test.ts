import { describe, expect, it } from 'vitest';
import { activeMembersAccumulator } from '../../src/health/activeMembers.js';
import { retentionCohortsAccumulator } from '../../src/health/retentionCohorts.js';
import { timeToFirstResponseAccumulator } from '../../src/health/timeToFirstResponse.js';
import { activityLog } from '../../src/model/activityLog.js';
import { CommunityKitError } from '../../src/model/errors.js';
import { act } from './helpers.js';

const log = activityLog([act('m1', '2024-01-05T00:00:00Z'), act('m2', '2024-02-05T00:00:00Z')]);

describe('MetricAccumulator.merge: options must match', () => {
  it('activeMembersAccumulator.merge refuses an accumulator built with another unit', () => {
    const a = activeMembersAccumulator({ unit: 'month' });
    const b = activeMembersAccumulator({ unit: 'week' });
    a.add(log);
    b.add(log);
    expect(() => a.merge(b)).toThrow(CommunityKitError);
    expect(() => a.merge(b)).toThrow(/different options/);
    try {
      a.merge(b);
    } catch (e) {
      expect((e as CommunityKitError).code).toBe('invalid-option');
    }
  });

  it('timeToFirstResponseAccumulator.merge refuses a different asOf, accepts equal options given differently', () => {
    const a = timeToFirstResponseAccumulator({ asOf: '2024-03-01' });
    expect(() => a.merge(timeToFirstResponseAccumulator({ asOf: '2024-04-01' }))).toThrow(
      /different options/,
    );
    const b = timeToFirstResponseAccumulator({ asOf: new Date('2024-03-01T00:00:00Z') });
    expect(() => a.merge(b)).not.toThrow();
  });

  it('merge refuses an accumulator of another metric with a CommunityKitError', () => {
    const a = activeMembersAccumulator({ unit: 'month' });
    const b = retentionCohortsAccumulator({ unit: 'month' });
    expect(() => a.merge(b as never)).toThrow(CommunityKitError);
  });
});
