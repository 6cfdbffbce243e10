/** Medians of wall-clock and CPU time (ms) of the same runs. */
export interface WallAndCpu {
  wall: number;
  /** User + system time of the whole process (V8's collector threads included). */
  cpu: number;
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/**
 * Runs `fn` `repeat` times after `warmup` runs (collecting the setup's garbage
 * first, as the harness's `time` does) and returns the median wall-clock and
 * CPU times. On a machine shared with other jobs, wall time measures the
 * load as much as the code; CPU time much less so: compare it with the
 * reference's CPU time (Python's `time.process_time()`).
 */
export function wallAndCpu(fn: () => unknown, { repeat = 3, warmup = 1 } = {}): WallAndCpu {
  (globalThis as { gc?: () => void }).gc?.();
  for (let i = 0; i < warmup; i++) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}
