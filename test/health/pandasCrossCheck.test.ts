import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { activeMembers } from '../../src/health/activeMembers.js';
import { retentionCohorts } from '../../src/health/retentionCohorts.js';
import { activityLog } from '../../src/model/activityLog.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';

const hasPandas = spawnSync('python3', ['-c', 'import pandas'], { stdio: 'ignore' }).status === 0;
if (!hasPandas)
  console.log(
    'health pandas cross-check: skipped (pandas not installed; python3 -m pip install pandas to run it)',
  );

const SCRIPT = `
import sys, json
import pandas as pd
df = pd.read_csv(sys.stdin, names=['m', 't', 'k'])
df = df[~df['k'].isin(['join', 'leave'])]
d = pd.to_datetime(df['t'], unit='ms', utc=True)
df['month'] = d.dt.year * 12 + d.dt.month - 1
active = df.groupby('month')['m'].nunique()
cohort = df.groupby('m')['month'].min().value_counts().sort_index()
print(json.dumps({'active': {int(k): int(v) for k, v in active.items()}, 'cohorts': {int(k): int(v) for k, v in cohort.items()}}))
`;

describe('health metrics vs an independent pandas computation', () => {
  it.runIf(hasPandas)(
    'activeMembers (monthly) and retentionCohorts sizes on a small sampleCommunity equal pandas nunique / first-month counts',
    () => {
      const c = sampleCommunity({ seed: 7, members: 300, months: 12 });
      const log = activityLog(c);
      const csv = c.activities.map((a) => `${a.memberId},${a.at.getTime()},${a.kind}`).join('\n');
      const r = spawnSync('python3', ['-c', SCRIPT], { input: csv, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      const py = JSON.parse(r.stdout) as { active: Record<string, number>; cohorts: Record<string, number> };
      const monthIndex = (iso: string): number => {
        const d = new Date(iso);
        return d.getUTCFullYear() * 12 + d.getUTCMonth();
      };
      const ours = activeMembers(log, { unit: 'month' }).periods.filter((p) => p.active > 0);
      expect(ours.length).toBeGreaterThan(6);
      expect(Object.fromEntries(ours.map((p) => [monthIndex(p.start), p.active]))).toEqual(
        Object.fromEntries(Object.entries(py.active).map(([k, v]) => [Number(k), v])),
      );
      const cohorts = retentionCohorts(log, { unit: 'month' }).cohorts.filter((k) => k.size > 0);
      expect(Object.fromEntries(cohorts.map((k) => [monthIndex(k.start), k.size]))).toEqual(
        Object.fromEntries(Object.entries(py.cohorts).map(([k, v]) => [Number(k), v])),
      );
    },
  );
});
