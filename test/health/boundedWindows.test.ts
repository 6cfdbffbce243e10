import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { healthReport } from '../../src/health/healthReport.js';
import { MAX_COHORT_CELLS, retentionCohorts } from '../../src/health/retentionCohorts.js';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';

// Two activities in 1985: the window to a far asOf is what used to abort the process.
const tiny = parseCommunity({
  name: 'x',
  members: [{ id: 'a' }, { id: 'b' }],
  activities: [
    { id: '1', memberId: 'a', at: '1985-01-01', kind: 'post' },
    { id: '2', memberId: 'b', at: '1985-02-01', kind: 'post' },
    { id: '3', memberId: 'a', at: '1985-03-01', kind: 'post' },
  ],
});

describe('windows far from the data', () => {
  it('retentionCohorts to asOf 9999-12-31 fails with too-large naming options.maxOffset, not a RangeError', () => {
    try {
      retentionCohorts(tiny, { asOf: '9999-12-31' });
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error, 'too-large')).toBe(true);
      expect((error as { path: string }).path).toBe('options.maxOffset');
      expect((error as Error).message).toContain('96180 month periods (1985-01 to 9999-12)');
    }
  });

  it('retentionCohorts to asOf 9999-12-31 by year with maxOffset 2 gives the cohorts, hand-checked', () => {
    const r = retentionCohorts(tiny, { asOf: '9999-12-31', unit: 'year', maxOffset: 2 });
    expect(r.cohorts.length).toBe(9999 - 1985 + 1);
    expect(r.cohorts[0]).toMatchObject({ key: '1985', size: 2, retained: [2, 0, 0] });
    expect(r.cohorts[1]).toMatchObject({ key: '1986', size: 0, retained: [0, 0, 0], shares: [] });
    expect(r.cohorts.at(-1)).toMatchObject({ key: '9999', size: 0, retained: [0] });
    expect(r.averageByOffset).toEqual([1, 0, 0]);
  });

  it('retentionCohorts by month with maxOffset 2 counts each cohort on its own, hand-checked', () => {
    const r = retentionCohorts(tiny, { asOf: '1985-06-01', maxOffset: 2 });
    expect(r.cohorts.map((c) => [c.key, c.size, c.retained])).toEqual([
      ['1985-01', 1, [1, 0, 1]],
      ['1985-02', 1, [1, 0, 0]],
      ['1985-03', 0, [0, 0, 0]],
      ['1985-04', 0, [0, 0]],
      ['1985-05', 0, [0]],
    ]);
  });

  it('healthReport with asOf 9999-12-31 returns a report (it ran out of memory before)', () => {
    const r = healthReport(tiny, { asOf: '9999-12-31' });
    expect(r.metrics.find((m) => m.id === 'active')?.current).toBe(0);
  });

  it('any window and unit over a small log returns within the cell budget or fails with too-large', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1980, max: 2060 }),
        fc.constantFrom('day', 'week', 'month', 'quarter', 'year' as const),
        fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
        (year, unit, maxOffset) => {
          const asOf = `${String(year).padStart(4, '0')}-06-01`;
          try {
            const r = retentionCohorts(tiny, {
              asOf,
              unit,
              ...(maxOffset === undefined ? {} : { maxOffset }),
            });
            const cells = r.cohorts.reduce((n, c) => n + c.retained.length, 0);
            expect(cells).toBeLessThanOrEqual(MAX_COHORT_CELLS);
          } catch (error) {
            expect(isCommunityKitError(error, 'too-large')).toBe(true);
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
