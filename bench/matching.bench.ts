import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { munkres } from 'munkres';
import { solveAssignment } from '../src/matching/solveAssignment.js';
import { createRng } from '../src/model/rng.js';
import type { Bench } from './harness.js';

/**
 * Issue #7 targets: solveAssignment no slower than SciPy's linear_sum_assignment
 * at 2000×2000 and at least 3× faster than the munkres npm package.
 */
export default async function (b: Bench): Promise<void> {
  const hasScipy = b.hasPython('scipy');
  if (!hasScipy) b.note('SciPy not installed: skipping the SciPy comparison (python3 -m pip install scipy)');
  for (const n of [1000, 2000, 4000]) {
    const rng = createRng(n);
    const data = new Float64Array(n * n);
    for (let i = 0; i < data.length; i++) data[i] = 1 + Math.floor(rng() * 1000);
    const repeat = n >= 4000 ? 1 : 3;
    let cost = 0;
    const ours = b.time(
      () => {
        cost = solveAssignment({ rows: n, cols: n, data }).cost;
      },
      { repeat, warmup: n >= 4000 ? 0 : 1 },
    );
    let scipy: number | undefined;
    if (hasScipy) {
      const file = join(b.tmpDir, `cost-${n}.f64`);
      writeFileSync(file, Buffer.from(data.buffer));
      const out = b.python(
        `import sys, time, json, numpy as np
from scipy.optimize import linear_sum_assignment
c = np.fromfile(${JSON.stringify(file)}, dtype=np.float64).reshape(${n}, ${n})
best = None
for _ in range(${repeat}):
    t = time.perf_counter(); r, k = linear_sum_assignment(c); dt = (time.perf_counter() - t) * 1000
    best = dt if best is None else min(best, dt)
print(json.dumps({"ms": best, "cost": float(c[r, k].sum())}))`,
      ) as { ms: number; cost: number } | undefined;
      if (out) {
        scipy = out.ms;
        if (out.cost !== cost) b.note(`cost differs from SciPy at n=${n}: ours ${cost}, SciPy ${out.cost}`);
      }
    }
    b.report(`solveAssignment ${n}×${n} (uniform integer costs 1–1000)`, ours, 'ms', {
      name: 'SciPy linear_sum_assignment',
      value: scipy,
    });
  }
  // munkres (npm) is O(n³) with large constants: compare at 300×300.
  const n = 300;
  const rng = createRng(7);
  const rows = Array.from({ length: n }, () => Array.from({ length: n }, () => 1 + Math.floor(rng() * 1000)));
  const ours = b.time(() => solveAssignment(rows), { repeat: 3 });
  const theirs = b.time(() => munkres(rows), { repeat: 1, warmup: 0 });
  b.report(`solveAssignment ${n}×${n} vs the munkres npm package (target ≥ 3× faster)`, ours, 'ms', {
    name: 'munkres (npm)',
    value: theirs,
  });
}
