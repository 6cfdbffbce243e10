import { describe, expect, it } from 'vitest';
import { CoreSizeResultSchema, coreSize } from '../../src/health/coreSize.js';
import { ValidationError } from '../../src/model/errors.js';
import { act } from './helpers.js';

// March: ana 6, bo 3, cy 1 (10). April: nothing. May: bo 2, cy 2 (4).
const acts = [
  ...Array.from({ length: 6 }, (_, i) => act('ana', `2025-03-0${i + 1}T10:00:00Z`)),
  ...Array.from({ length: 3 }, (_, i) => act('bo', `2025-03-1${i}T10:00:00Z`)),
  act('cy', '2025-03-20T10:00:00Z'),
  act('bo', '2025-05-02T10:00:00Z'),
  act('cy', '2025-05-03T10:00:00Z'),
  act('bo', '2025-05-04T10:00:00Z'),
  act('cy', '2025-05-05T10:00:00Z'),
  act('dee', '2025-05-06T10:00:00Z', 'join'),
];

describe('coreSize', () => {
  it('counts members above the share threshold and cuts each period like the onion model (hand-computed)', () => {
    const r = coreSize(acts, { unit: 'month', threshold: 0.2 });
    expect(CoreSizeResultSchema.parse(r)).toEqual(r);
    expect(r.periods.map((p) => p.key)).toEqual(['2025-03', '2025-04', '2025-05']);
    const [march, april, may] = r.periods;
    // 60% and 30% ≥ 20%; cy's 10% is not
    expect(march).toMatchObject({
      activities: 10,
      active: 3,
      core: 2,
      coreShare: 0.9,
      coreMembers: ['ana', 'bo'],
    });
    // running shares 60% (core), 90% (regular), 100% (casual)
    expect(march?.onion).toEqual({ core: 1, regular: 1, casual: 1 });
    expect(april).toMatchObject({ activities: 0, active: 0, core: 0, coreShare: null, coreMembers: [] });
    expect(april?.onion).toEqual({ core: 0, regular: 0, casual: 0 });
    // bo and cy tie at 50% each (ties by id: bo first); the join does not count
    expect(may).toMatchObject({ activities: 4, active: 2, core: 2, coreShare: 1, coreMembers: ['bo', 'cy'] });
    expect(may?.onion).toEqual({ core: 1, regular: 0, casual: 1 });
  });

  it('uses 5% by default, honours from and asOf, and is empty without activity', () => {
    const r = coreSize(acts, { unit: 'month', from: '2025-05-01', asOf: '2025-05-04' });
    expect(r.threshold).toBe(0.05);
    expect(r.periods).toHaveLength(1);
    expect(r.periods[0]).toMatchObject({ key: '2025-05', activities: 2, core: 2 });
    expect(coreSize([], {}).periods).toEqual([]);
  });

  it('refuses a threshold outside (0, 1] with its path', () => {
    expect(() => coreSize(acts, { threshold: 0 })).toThrow(ValidationError);
    expect(() => coreSize(acts, { threshold: 1.5 })).toThrow(/coreSize.*options\.threshold/s);
  });
});
