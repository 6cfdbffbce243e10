/**
 * A small benchmark harness. Each `bench/*.bench.ts` exports a default
 * `async (b: Bench) => void`; `npm run bench` runs them all (or those named on
 * the command line: `npm run bench -- health`) and prints one line per figure,
 * with the reference implementation's figure and the ratio where one exists.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a benchmark gets from the harness. */
export interface Bench {
  /**
   * Runs `fn` `repeat` times (after `warmup` runs) and returns the median time
   * in ms. Before the warm-up it collects the garbage the untimed setup left
   * (when node runs with --expose-gc, as `npm run bench` does), so that a
   * figure is not charged for collecting, say, a parsed JSON text; garbage
   * that `fn` itself leaves is collected whenever V8 decides, inside the runs.
   */
  time(fn: () => unknown, options?: { repeat?: number; warmup?: number }): number;
  /** The times (ms, in run order) behind the last `time` figure: how far the median is from its neighbours. */
  lastRuns(): readonly number[];
  /** Prints a figure: label, our value, and optionally a reference value and its name. */
  report(
    label: string,
    ours: number,
    unit: string,
    reference?: { name: string; value: number | undefined },
  ): void;
  /** Prints a line of text (a note, a skipped comparison). */
  note(text: string): void;
  /** True when `python3 -c "import <module>"` succeeds (cached). */
  hasPython(module: string): boolean;
  /**
   * Runs a Python script (text) with `input` written to a temporary file whose
   * path is passed as argv[1]; returns the script's stdout parsed as JSON, or
   * undefined (with a printed reason) when it fails.
   */
  python(script: string, input?: string | Buffer): unknown;
  /** A scratch directory for data files shared with Python. */
  tmpDir: string;
  /** Peak resident memory so far (MB). */
  peakRssMb(): number;
}

const pyCache = new Map<string, boolean>();

export function createBench(name: string): Bench {
  const tmpDir = join(process.cwd(), '.bench-tmp', name);
  mkdirSync(tmpDir, { recursive: true });
  let peak = 0;
  let runs: number[] = [];
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  return {
    tmpDir,
    time(fn, { repeat = 5, warmup = 1 } = {}) {
      (globalThis as { gc?: () => void }).gc?.();
      for (let i = 0; i < warmup; i++) fn();
      const times: number[] = [];
      for (let i = 0; i < repeat; i++) {
        const t = performance.now();
        fn();
        times.push(performance.now() - t);
        sample();
      }
      runs = [...times];
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length / 2)] as number;
    },
    lastRuns() {
      return runs;
    },
    report(label, ours, unit, reference) {
      sample();
      const fmt = (v: number): string => (v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toPrecision(3));
      let line = `  ${label.padEnd(58)} ${fmt(ours).padStart(10)} ${unit}`;
      if (reference) {
        if (reference.value === undefined) line += `   | ${reference.name}: skipped (not installed)`;
        else
          line += `   | ${reference.name}: ${fmt(reference.value)} ${unit}   ratio ours/ref ${(ours / reference.value).toFixed(2)}×`;
      }
      process.stdout.write(`${line}\n`);
    },
    note(text) {
      process.stdout.write(`  · ${text}\n`);
    },
    hasPython(module) {
      let ok = pyCache.get(module);
      if (ok === undefined) {
        ok = spawnSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0;
        pyCache.set(module, ok);
      }
      return ok;
    },
    python(script, input) {
      const scriptPath = join(tmpDir, 'script.py');
      const inputPath = join(tmpDir, 'input.dat');
      writeFileSync(scriptPath, script);
      if (input !== undefined) writeFileSync(inputPath, input);
      const r = spawnSync('python3', [scriptPath, inputPath], { encoding: 'utf8', maxBuffer: 1 << 28 });
      if (r.status !== 0) {
        process.stdout.write(
          `  · python failed: ${(r.stderr || '').trim().split('\n').slice(-3).join(' | ')}\n`,
        );
        return undefined;
      }
      try {
        return JSON.parse(r.stdout.trim().split('\n').pop() ?? 'null');
      } catch {
        return undefined;
      }
    },
    peakRssMb() {
      sample();
      return peak / 1e6;
    },
  };
}
