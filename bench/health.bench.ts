import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeMembers } from '../src/health/activeMembers.js';
import { healthReport } from '../src/health/healthReport.js';
import { memberPeriodCounts } from '../src/health/memberPeriodCounts.js';
import { retentionCohorts } from '../src/health/retentionCohorts.js';
import { type ActivityColumns, activityLog } from '../src/model/activityLog.js';
import type { Community } from '../src/model/community.js';
import { parseCommunity } from '../src/model/parseCommunity.js';
import { createRng } from '../src/model/rng.js';
import { serializeCommunity } from '../src/model/serializeCommunity.js';
import { sampleCommunity } from '../src/sample/sampleCommunity.js';
import { wallAndCpu } from './cpuTime.js';
import type { Bench } from './harness.js';

const FROM = Date.UTC(2023, 0, 1);
const TO = Date.UTC(2026, 0, 1);
const MONTHS = 36;

/**
 * n heavy-tailed activities from `members` members over 3 years, as typed
 * columns (time-sorted, seeded): member m is drawn with probability ∝ a power
 * law (the cube of a uniform), and acts only after a start date of its own.
 */
function synthetic(n: number, members: number, seed: number): ActivityColumns {
  const rng = createRng(seed);
  const times = new Float64Array(n);
  const member = new Int32Array(n);
  const kind = new Uint8Array(n);
  const span = TO - FROM;
  const start = new Float64Array(members);
  for (let m = 0; m < members; m++) start[m] = FROM + rng() * span * 0.9;
  for (let i = 0; i < n; i++) {
    const t = FROM + ((i + rng()) / n) * span;
    times[i] = Math.floor(t);
    let m = Math.floor(members * rng() ** 3);
    if ((start[m] as number) > t) m = (m * 7919 + i) % members;
    member[i] = m;
    kind[i] = 2 + Math.floor(rng() * 16); // any kind but join (0) and leave (1)
  }
  return {
    times,
    members: member,
    kinds: kind,
    memberIds: Array.from({ length: members }, (_, m) => `m${m}`),
  };
}

const PY_LOAD = `
import sys, json, time
import numpy as np
d = sys.argv[1].rsplit('/', 1)[0]
t_load = time.perf_counter()
t = np.load(d + '/times.npy')
m = np.load(d + '/member.npy')
`;

const PANDAS = `${PY_LOAD}
import pandas as pd
df = pd.DataFrame({'t': pd.to_datetime(t.astype('int64'), unit='ms'), 'm': m})
load_ms = (time.perf_counter() - t_load) * 1000
t0 = time.perf_counter()
c0 = time.process_time()
month = (df['t'].dt.year * 12 + df['t'].dt.month - 1).astype('int32')
df['month'] = month
months = range(2023 * 12, 2026 * 12)
active = df.groupby('month')['m'].nunique().reindex(months, fill_value=0)
pairs = df[['m', 'month']].drop_duplicates()
first = pairs.groupby('m')['month'].min().rename('cohort')
pairs = pairs.join(first, on='m')
pairs['k'] = pairs['month'] - pairs['cohort']
matrix = pairs.groupby(['cohort', 'k']).size().unstack(fill_value=0).reindex(index=months, columns=range(0, 36), fill_value=0)
ms = (time.perf_counter() - t0) * 1000
cpu_ms = (time.process_time() - c0) * 1000
print(json.dumps({'ms': ms, 'cpu_ms': cpu_ms, 'load_ms': load_ms, 'active': [int(v) for v in active.values], 'matrix': [[int(v) for v in row] for row in matrix.values]}))
`;

const POLARS = `${PY_LOAD}
import polars as pl
df = pl.DataFrame({'t': t.astype('int64'), 'm': m})
load_ms = (time.perf_counter() - t_load) * 1000
t0 = time.perf_counter()
c0 = time.process_time()
df = df.with_columns(pl.from_epoch('t', time_unit='ms').alias('d'))
df = df.with_columns((pl.col('d').dt.year().cast(pl.Int32) * 12 + pl.col('d').dt.month().cast(pl.Int32) - 1).alias('month'))
active = df.group_by('month').agg(pl.col('m').n_unique().alias('n')).sort('month')
pairs = df.select(['m', 'month']).unique()
first = pairs.group_by('m').agg(pl.col('month').min().alias('cohort'))
pairs = pairs.join(first, on='m').with_columns((pl.col('month') - pl.col('cohort')).alias('k'))
matrix = pairs.group_by(['cohort', 'k']).agg(pl.len().alias('n')).sort(['cohort', 'k'])
ms = (time.perf_counter() - t0) * 1000
cpu_ms = (time.process_time() - c0) * 1000
print(json.dumps({'ms': ms, 'cpu_ms': cpu_ms, 'load_ms': load_ms, 'active': active['n'].to_list(), 'cells': [[int(c) - 2023 * 12, int(k), int(v)] for c, k, v in matrix.iter_rows()]}))
`;

/** A 1-D .npy file (format 1.0) of a typed array. */
function npy(a: Float64Array | Int32Array): Buffer {
  const descr = a instanceof Float64Array ? '<f8' : '<i4';
  let header = `{'descr': '${descr}', 'fortran_order': False, 'shape': (${a.length},), }`;
  const pad = 64 - ((10 + header.length + 1) % 64);
  header = `${header}${' '.repeat(pad % 64)}\n`;
  const pre = Buffer.alloc(10);
  pre.write('\x93NUMPY', 0, 'latin1');
  pre[6] = 1;
  pre[7] = 0;
  pre.writeUInt16LE(header.length, 8);
  return Buffer.concat([
    pre,
    Buffer.from(header, 'latin1'),
    Buffer.from(a.buffer, a.byteOffset, a.byteLength),
  ]);
}

/**
 * The sample community as parseCommunity returns it from JSON text, and what
 * it took to get there. The generated objects are released before anything
 * is timed (kept alive, they would double the heap every collection walks).
 */
function parsedSample(members: number): { community: Community; notes: string[] } {
  const generated = sampleCommunity({ seed: 1, members, months: 36 });
  let t0 = performance.now();
  activityLog(generated);
  const generatedMs = performance.now() - t0;
  t0 = performance.now();
  const text = JSON.stringify(serializeCommunity(generated));
  const community = parseCommunity(JSON.parse(text));
  return {
    community,
    notes: [
      `sample community: ${community.members.length} members, ${community.activities.length} activities (${(text.length / 1e6).toFixed(0)} MB of JSON, serialised and parsed in ${((performance.now() - t0) / 1000).toFixed(1)} s, untimed)`,
      `activityLog from the generated objects before parsing, one run: ${generatedMs.toFixed(0)} ms`,
    ],
  };
}

/**
 * Health benchmarks (issue #6): monthly active members + the monthly cohort
 * retention matrix on 10M synthetic activities from 200k members over 3
 * years, counted once with memberPeriodCounts and read by both metrics
 * (target ≥ 5× faster than polars in wall and CPU time, including building
 * the log from typed columns), against pandas and polars on the same data
 * (their load timed apart), with an exact cross-check of every number; then
 * activityLog from about 1M activity objects (target < 1 s) and healthReport
 * on them (target < 2 s), with peak memory.
 * Sizes: HEALTH_BENCH_N, HEALTH_BENCH_MEMBERS, HEALTH_BENCH_SAMPLE.
 */
export default async function (b: Bench): Promise<void> {
  const n = Number(process.env.HEALTH_BENCH_N ?? 10_000_000);
  const members = Number(process.env.HEALTH_BENCH_MEMBERS ?? 200_000);
  const cols = synthetic(n, members, 42);
  const options = { from: new Date(FROM), asOf: new Date(TO), unit: 'month' as const };
  let active: number[] = [];
  let matrix: number[][] = [];
  let buildMs = 0;
  const oursTimes = wallAndCpu(
    () => {
      const t0 = performance.now();
      const log = activityLog(cols);
      buildMs = performance.now() - t0;
      // Count once, then both metrics read the counts (the public way to share them).
      const counts = memberPeriodCounts(log, { unit: options.unit, asOf: options.asOf });
      active = activeMembers(counts, options).periods.map((p) => p.active);
      matrix = retentionCohorts(counts, options).cohorts.map((c) => c.retained);
    },
    { repeat: 5, warmup: 1 },
  );
  const ours = oursTimes.wall;
  const label = `monthly active + cohort matrix, ${(n / 1e6).toFixed(1)}M activities, ${members / 1000}k members`;
  b.report(`${label} (ours, incl. log from columns)`, ours, 'ms');
  b.report('  of which activityLog from typed columns', buildMs, 'ms');
  b.note(`ours: CPU ${oursTimes.cpu.toFixed(0)} ms (median of 5; wall ${oursTimes.wall.toFixed(0)} ms)`);
  b.report('  peak RSS so far', b.peakRssMb(), 'MB');
  let pandas:
    | { ms: number; cpu_ms: number; load_ms: number; active: number[]; matrix: number[][] }
    | undefined;
  let polars:
    | { ms: number; cpu_ms: number; load_ms: number; active: number[]; cells: [number, number, number][] }
    | undefined;
  const havePandas = b.hasPython('pandas');
  const havePolars = b.hasPython('polars');
  if (havePandas || havePolars) {
    writeFileSync(join(b.tmpDir, 'times.npy'), npy(cols.times));
    writeFileSync(join(b.tmpDir, 'member.npy'), npy(cols.members));
  }
  if (havePandas) pandas = b.python(PANDAS, '') as typeof pandas;
  else b.note('pandas: skipped (not installed; python3 -m pip install pandas to compare)');
  if (havePolars) polars = b.python(POLARS, '') as typeof polars;
  else b.note('polars: skipped (not installed; python3 -m pip install polars to compare)');
  b.report(`${label} vs pandas (compute only)`, ours, 'ms', { name: 'pandas', value: pandas?.ms });
  b.report(`${label} vs polars (compute only)`, ours, 'ms', { name: 'polars', value: polars?.ms });
  if (pandas) b.note(`pandas load (npy → DataFrame): ${pandas.load_ms.toFixed(0)} ms`);
  if (polars) b.note(`polars load (npy → DataFrame): ${polars.load_ms.toFixed(0)} ms`);
  if (polars)
    b.note(
      `speed-up over polars: ${(polars.ms / ours).toFixed(2)}× in wall time, ${(polars.cpu_ms / oursTimes.cpu).toFixed(2)}× in CPU time (polars ${polars.cpu_ms.toFixed(0)} ms on all its threads; target ≥ 5×)`,
    );
  const sameList = (a: number[], c: number[] | undefined): boolean =>
    c !== undefined && a.length === c.length && a.every((v, i) => v === c[i]);
  const ourCells = (): Map<string, number> => {
    const m = new Map<string, number>();
    matrix.forEach((row, c) => {
      row.forEach((v, k) => {
        if (v > 0) m.set(`${c},${k}`, v);
      });
    });
    return m;
  };
  const sameCells = (other: Map<string, number>): boolean => {
    const mine = ourCells();
    return mine.size === other.size && [...mine].every(([key, v]) => other.get(key) === v);
  };
  if (pandas) {
    const theirs = new Map<string, number>();
    pandas.matrix.forEach((row, c) => {
      row.forEach((v, k) => {
        if (v > 0) theirs.set(`${c},${k}`, v);
      });
    });
    b.note(
      `cross-check with pandas: monthly active (${active.length} months) ${sameList(active, pandas.active) ? 'identical' : 'DIFFERENT'}; cohort matrix (${ourCells().size} non-zero cells) ${sameCells(theirs) ? 'identical' : 'DIFFERENT'}`,
    );
  }
  if (polars) {
    const theirs = new Map(polars.cells.map(([c, k, v]) => [`${c},${k}`, v] as const));
    b.note(
      `cross-check with polars: monthly active ${sameList(active, polars.active) ? 'identical' : 'DIFFERENT'}; cohort matrix ${sameCells(theirs) ? 'identical' : 'DIFFERENT'}`,
    );
  }
  if (active.length !== MONTHS) b.note(`unexpected number of months: ${active.length}`);

  // activityLog from activity objects and healthReport at the size of the
  // targets (48,000 members: about 1.05M activities). The community is read
  // the way data arrives — JSON text through parseCommunity — so the objects
  // lie in memory as a parsed file's do (untimed).
  const { community, notes } = parsedSample(Number(process.env.HEALTH_BENCH_SAMPLE ?? 48_000));
  for (const line of notes) b.note(line);
  const size = `${(community.activities.length / 1e6).toFixed(2)}M`;
  const build = wallAndCpu(() => activityLog(community), { repeat: 5, warmup: 1 });
  b.report(`activityLog from ${size} parsed activity objects (target < 1000 ms)`, build.wall, 'ms');
  b.note(`  CPU ${build.cpu.toFixed(0)} ms (median of 5)`);
  const report = wallAndCpu(() => healthReport(community, { asOf: '2026-01-01' }), { repeat: 5, warmup: 1 });
  b.report(`healthReport on ${size} activities, log included (target < 2000 ms)`, report.wall, 'ms');
  b.note(`  CPU ${report.cpu.toFixed(0)} ms (median of 5, the collector's threads included)`);
  b.report('peak RSS', b.peakRssMb(), 'MB');
}
