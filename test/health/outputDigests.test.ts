import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { healthReport } from '../../src/health/healthReport.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import { activityLog } from '../../src/model/activityLog.js';
import { createRng } from '../../src/model/rng.js';
import { healthSection } from '../../src/report/sections/healthSection.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { ALL_METRIC_ACCUMULATORS } from './metricList.js';

/**
 * The JSON outputs of the health metrics on seeded communities, as SHA-256
 * digests recorded before the counting was reworked (issue 19): speed work
 * must leave every output byte for byte as it was. To record them again
 * after a deliberate change of output, run with UPDATE_DIGESTS=1.
 */
const FIXTURE = new URL('../fixtures/health/outputDigests.json', import.meta.url);

const digest = (x: unknown): string => createHash('sha256').update(JSON.stringify(x)).digest('hex');

function outputs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const seed of [1, 2, 3]) {
    const community = sampleCommunity({ seed, members: 160, months: 20 });
    const log = activityLog(community);
    for (const [name, make] of Object.entries(ALL_METRIC_ACCUMULATORS)) {
      const acc = make();
      acc.add(log);
      out[`${seed}/${name}`] = digest(acc.result());
    }
    out[`${seed}/activeMembers.month`] = digest(activeMembers(log, { unit: 'month', asOf: '2025-07-15' }));
    out[`${seed}/retentionCohorts.quarter`] = digest(
      retentionCohorts(community, { unit: 'quarter', maxOffset: 3 }),
    );
    out[`${seed}/healthReport`] = digest(healthReport(community, { asOf: '2025-10-01' }));
    out[`${seed}/healthReport.partialMonth`] = digest(
      healthReport(community, { asOf: '2025-09-17', period: 'month', compareTo: '2025-05-02' }),
    );
    out[`${seed}/healthSection`] = digest(
      healthSection(community, { asOf: new Date('2026-01-01Z') }).markdown,
    );
  }
  // A log from typed columns, unsorted, with a kind outside the default ones.
  const rng = createRng(9);
  const n = 5000;
  const times = Float64Array.from(
    { length: n },
    () => Date.UTC(2024, 0, 1) + Math.floor(rng() * 400 * 86_400_000),
  );
  const members = Int32Array.from({ length: n }, () => Math.floor(300 * rng() ** 2));
  const kinds = Uint8Array.from({ length: n }, () => Math.floor(rng() * 6));
  const memberIds = Array.from({ length: 300 }, (_, i) => `c${i}`);
  const columns = activityLog({ times, members, kinds, memberIds });
  out['columns/activeMembers'] = digest(activeMembers(columns, { unit: 'week', minCount: 2 }));
  out['columns/retentionCohorts'] = digest(retentionCohorts(columns, { unit: 'month' }));
  return out;
}

describe('health outputs', () => {
  it('are byte for byte those recorded before the counting was reworked', () => {
    const now = outputs();
    if (process.env.UPDATE_DIGESTS === '1') writeFileSync(FIXTURE, `${JSON.stringify(now, null, 2)}\n`);
    const recorded = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, string>;
    expect(now).toEqual(recorded);
  });
});
