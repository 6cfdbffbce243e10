import type * as Fs from 'node:fs';
import type * as Os from 'node:os';
import type * as Path from 'node:path';
import type * as Url from 'node:url';
import type * as WorkerThreads from 'node:worker_threads';
import { CommunityKitError } from '../../model/errors.js';
import { addPartial, betweennessChunks, chunksInSequence } from './betweennessChunks.js';
import { exactKernel, searchLengths } from './brandes.js';
import {
  type BrandesJob,
  claimChunks,
  controlLength,
  DONE,
  FAILED,
  failureMessage,
  PENDING,
  STATE,
} from './brandesJob.js';
import type { Csr } from './csr.js';
import { foldLeaves } from './leafFolding.js';
import type { BrandesKernel } from './levelBrandes.js';

/**
 * Estimated work (see `betweennessWork`) from which `threads: 'auto'` starts
 * worker threads: about 0.3 s of searches on one thread (10,000 nodes and
 * 50,000 ties are 1.1·10⁹, 8–9 s). Starting a worker from the built package
 * was measured at about 35 ms of CPU, ready within 55–85 ms on a busy 2-core
 * machine, and under 5 ms of the calling thread's (the constructor); below
 * this the calling thread would run most chunks before the workers are ready.
 */
export const AUTO_THREADS_MIN_WORK = 40_000_000;

/** Where the worker file may be, relative to the module running this code (sources, dist/stakeholders, a dist/ chunk, another dist/ entry). */
const WORKER_DIRS = ['.', 'stakeholders', '../stakeholders'];

/** The worker file's name without its extension (the running module's: .ts, .js or .cjs). */
const WORKER_NAME = 'brandesWorker';

/** Beside the `.ts` worker: starts it from the sources, with tsx (tests, benches). */
const FROM_SOURCE = 'brandesWorkerFromSource.mjs';

/** How much UTF-8 of a failed worker's message is kept. */
const ERROR_BYTES = 2048;

/** The Node built-in modules threads need, found without a static import (the module must load in browsers). */
interface NodeRuntime {
  workerThreads: typeof WorkerThreads;
  fs: typeof Fs;
  os: typeof Os;
  path: typeof Path;
  url: typeof Url;
}

/** Knobs for tests. */
export interface ThreadedOptions {
  /** false: the calling thread claims no chunk and only waits (so that the workers run them all). Default true. */
  callerWorks?: boolean;
  /** How long (ms) the calling thread waits without any chunk finishing before running a claimed one itself. */
  patienceMs?: number;
  /** Every worker thread throws an Error with this message in the first chunk it claims. */
  failInWorkers?: string;
  /** The file the workers start instead of the one found beside this module (e.g. one that does not load). */
  workerPath?: string;
}

/** Exact betweenness as {@link exactBetweennessThreaded} computed it. */
export interface ThreadedBetweenness {
  /** Raw scores (see `exactBetweenness`). */
  scores: Float64Array;
  /** Threads that were started, the calling one included (1: it ran in sequence). */
  threads: number;
  /** Chunks the worker threads ran. */
  chunksByWorkers: number;
}

/**
 * The number of threads `threads` asks for on a job of `work`: `auto` is one
 * below {@link AUTO_THREADS_MIN_WORK} or where threads cannot run, else
 * `os.availableParallelism()`.
 */
export function threadCount(threads: 'auto' | number, work: number): number {
  if (threads !== 'auto') return threads;
  if (work < AUTO_THREADS_MIN_WORK) return 1;
  const rt = nodeRuntime();
  if (rt === null) return 1;
  const os = rt.os;
  return Math.max(
    1,
    typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length,
  );
}

/**
 * Exact betweenness (as `exactBetweenness`) on up to `threads` threads: the
 * calling thread and `threads − 1` worker threads claim the chunks of
 * `betweennessChunks` from a shared atomic counter, each chunk into its own
 * partial buffer on a SharedArrayBuffer; the calling thread blocks with
 * `Atomics.wait` until every chunk is done, then adds the partials in chunk
 * order — the bytes `chunksInSequence` gives on one thread. Runs in sequence
 * where worker threads, shared memory or `Atomics.wait` are missing, when
 * the worker file cannot be found, or when no worker starts. Workers are
 * unreferenced and terminated once done; one that never comes up costs
 * nothing (the calling thread runs its chunks), and a chunk claimed by a
 * worker that makes no progress for `patienceMs` (default: 1 s or 8 × the
 * calling thread's mean chunk time) is run again by the calling thread.
 *
 * @throws {@link CommunityKitError} (`thread-failed`) when a worker fails
 */
export function exactBetweennessThreaded(
  g: Csr,
  lengths: Float64Array | null,
  threads: number,
  options: ThreadedOptions = {},
): ThreadedBetweenness {
  const folded = foldLeaves(g);
  const bounds = betweennessChunks(g);
  const chunks = bounds.length - 1;
  const dijkstra = searchLengths(lengths);
  let kernel: BrandesKernel | null = null;
  const ownKernel = (): BrandesKernel => {
    kernel ??= exactKernel(g, dijkstra, folded);
    return kernel;
  };
  const sequential = (): ThreadedBetweenness => ({
    scores: chunksInSequence(g.n, bounds, ownKernel()),
    threads: 1,
    chunksByWorkers: 0,
  });
  const wanted = Math.min(threads, chunks) - 1;
  if (wanted < 1) return sequential();
  const rt = nodeRuntime();
  const file =
    rt === null
      ? null
      : options.workerPath !== undefined
        ? { path: options.workerPath, execArgv: [] }
        : workerFile(rt);
  if (rt === null || file === null) return sequential();
  const job = sharedJob(g, dijkstra, bounds, options.failInWorkers ?? null);
  const workers = startWorkers(rt, file, job, wanted);
  if (workers.length === 0) return sequential();
  try {
    let ran = 0;
    const started = performance.now();
    if (options.callerWorks !== false) ran = claimChunks(job, ownKernel());
    const patience =
      options.patienceMs ?? Math.max(1000, ran > 0 ? (8 * (performance.now() - started)) / ran : 0);
    const stolen = waitForChunks(job, patience, ownKernel);
    const message = failureMessage(job);
    if (message !== null) throw threadFailure(message);
    const n = g.n;
    const scores = new Float64Array(n);
    for (let c = 0; c < chunks; c++)
      addPartial(scores, stolen.get(c) ?? job.partials.subarray(c * n, (c + 1) * n));
    return { scores, threads: workers.length + 1, chunksByWorkers: chunks - ran - stolen.size };
  } finally {
    for (const w of workers) w.terminate().then(undefined, () => undefined);
  }
}

/**
 * Waits for every chunk in turn (`Atomics.wait` in slices of at most 50 ms);
 * runs with `kernel` into a buffer of its own any chunk still pending once no
 * chunk has finished for `patience` ms (a worker that died or never came up),
 * and returns those buffers by chunk.
 *
 * @throws {@link CommunityKitError} when a chunk failed
 */
function waitForChunks(
  job: BrandesJob,
  patience: number,
  kernel: () => BrandesKernel,
): Map<number, Float64Array> {
  const { n, bounds, control } = job;
  const stolen = new Map<number, Float64Array>();
  let progress = performance.now();
  for (let c = 0; c + 1 < bounds.length; c++) {
    for (;;) {
      const state = Atomics.load(control, STATE + c);
      if (state === DONE) break;
      if (state === FAILED) throw threadFailure(failureMessage(job) ?? 'a thread failed');
      let waited = false;
      const left = patience - (performance.now() - progress);
      if (left > 0) {
        try {
          Atomics.wait(control, STATE + c, PENDING, Math.min(50, left));
          waited = true;
        } catch {
          // (Atomics.wait refused on this thread: run the chunk here)
        }
      }
      if (!waited) {
        const part = new Float64Array(n);
        kernel()(bounds[c] as number, bounds[c + 1] as number, part);
        stolen.set(c, part);
        break;
      }
      if (Atomics.load(control, STATE + c) === DONE) progress = performance.now();
    }
  }
  return stolen;
}

/** The error a failed worker becomes. */
function threadFailure(message: string): CommunityKitError {
  return new CommunityKitError(`betweennessCentrality: a worker thread failed: ${message}`, {
    code: 'thread-failed',
  });
}

/** The job of `g` on shared memory: graph, chunk bounds, zeroed partials and control words. */
function sharedJob(
  g: Csr,
  lengths: Float64Array | null,
  bounds: Int32Array,
  failWith: string | null,
): BrandesJob {
  const chunks = bounds.length - 1;
  return {
    n: g.n,
    offsets: sharedInt32(g.offsets),
    targets: sharedInt32(g.targets),
    lengths: lengths === null ? null : sharedFloat64(lengths),
    bounds: sharedInt32(bounds),
    partials: new Float64Array(new SharedArrayBuffer(8 * g.n * chunks)),
    control: new Int32Array(new SharedArrayBuffer(4 * controlLength(chunks))),
    error: new Uint8Array(new SharedArrayBuffer(ERROR_BYTES)),
    failWith,
  };
}

/** A copy of `xs` on a SharedArrayBuffer. */
function sharedInt32(xs: Int32Array): Int32Array {
  const copy = new Int32Array(new SharedArrayBuffer(4 * xs.length));
  copy.set(xs);
  return copy;
}

/** A copy of `xs` on a SharedArrayBuffer. */
function sharedFloat64(xs: Float64Array): Float64Array {
  const copy = new Float64Array(new SharedArrayBuffer(8 * xs.length));
  copy.set(xs);
  return copy;
}

/** Starts up to `count` workers on `job` (fewer when starting one throws), unreferenced: they never keep the process alive. */
function startWorkers(
  rt: NodeRuntime,
  file: { path: string; execArgv: string[] },
  job: BrandesJob,
  count: number,
): WorkerThreads.Worker[] {
  const workers: WorkerThreads.Worker[] = [];
  for (let i = 0; i < count; i++) {
    try {
      const worker = new rt.workerThreads.Worker(file.path, { workerData: job, execArgv: file.execArgv });
      // A worker that fails to load reports it here, after the fact: the calling thread has run its chunks.
      worker.on('error', () => undefined);
      worker.unref();
      workers.push(worker);
    } catch {
      break;
    }
  }
  return workers;
}

/**
 * The worker file next to the running module (see {@link WORKER_DIRS}), with
 * the options to start it: from a `.ts` source (tests, benches), the
 * bootstrap that registers tsx's loader first. Null when it is not found (e.g. the library bundled into one
 * file): then the work runs in sequence.
 */
function workerFile(rt: NodeRuntime): { path: string; execArgv: string[] } | null {
  try {
    // (in the CommonJS build, tsup defines import.meta.url as __filename)
    const here: unknown = import.meta.url;
    if (typeof here !== 'string') return null;
    const self = here.startsWith('file:') ? rt.url.fileURLToPath(here) : here;
    const ext = rt.path.extname(self);
    const dir = rt.path.dirname(self);
    for (const sub of WORKER_DIRS) {
      const path = rt.path.join(dir, sub, `${WORKER_NAME}${ext}`);
      if (!rt.fs.existsSync(path)) continue;
      if (ext !== '.ts') return { path, execArgv: [] };
      // (sources: a bootstrap registers tsx in the worker, then imports the .ts worker)
      const bootstrap = rt.path.join(dir, sub, FROM_SOURCE);
      return rt.fs.existsSync(bootstrap) ? { path: bootstrap, execArgv: [] } : null;
    }
  } catch {
    // not a file the runtime can read: no threads
  }
  return null;
}

/**
 * Node's `worker_threads`, `fs`, `os`, `path` and `url`, when the runtime
 * has them and shared memory with `Atomics.wait` (Node ≥ 20.16 or 22.3, by
 * `process.getBuiltinModule`, so that no static import breaks a browser
 * bundle); null elsewhere.
 */
function nodeRuntime(): NodeRuntime | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const get = proc?.getBuiltinModule;
  if (typeof get !== 'function') return null;
  if (typeof SharedArrayBuffer !== 'function' || typeof Atomics?.wait !== 'function') return null;
  try {
    const load = (id: string): unknown => get.call(proc, id);
    const workerThreads = load('node:worker_threads') as typeof WorkerThreads | undefined;
    if (typeof workerThreads?.Worker !== 'function') return null;
    return {
      workerThreads,
      fs: load('node:fs') as typeof Fs,
      os: load('node:os') as typeof Os,
      path: load('node:path') as typeof Path,
      url: load('node:url') as typeof Url,
    };
  } catch {
    return null;
  }
}
