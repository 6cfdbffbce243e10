import type { Csr } from './csr.js';
import type { BrandesKernel } from './levelBrandes.js';

/**
 * What the threads of exact betweenness share (every array on a
 * SharedArrayBuffer when threads run it): the graph, the chunks of
 * `betweennessChunks`, a partial-score buffer per chunk and the control words.
 */
export interface BrandesJob {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** Dijkstra's arc lengths; null: breadth-first searches (see `exactKernel`). */
  lengths: Float64Array | null;
  /** Chunk c runs sources `bounds[c] .. bounds[c+1] − 1`. */
  bounds: Int32Array;
  /** Chunk c's partial scores are `partials[c·n .. (c+1)·n)`. */
  partials: Float64Array;
  /** `control[NEXT_CHUNK]`: the next chunk to claim; `control[ERROR_LENGTH]`: bytes of `error` used (−1 while written); `control[STATE + c]`: chunk c's state. */
  control: Int32Array;
  /** A failed thread's message, UTF-8. */
  error: Uint8Array;
  /** Tests: a worker thread throws an Error with this message in the first chunk it claims. */
  failWith: string | null;
}

/** Index in `control` of the next chunk to claim (incremented atomically). */
export const NEXT_CHUNK = 0;
/** Index in `control` of the length of the error message (0: none). */
export const ERROR_LENGTH = 1;
/** Index in `control` of chunk 0's state; chunk c's is at STATE + c. */
export const STATE = 2;
/** A chunk's state: not done yet. */
export const PENDING = 0;
/** A chunk's state: its partial scores are written. */
export const DONE = 1;
/** A chunk's state: the thread that ran it failed (message in `error`). */
export const FAILED = 2;

/** The control words of a job of `chunks` chunks. */
export function controlLength(chunks: number): number {
  return STATE + chunks;
}

/** The job's graph as a CSR (without weights: the kernel reads `lengths`). */
export function jobGraph(job: BrandesJob): Csr {
  return { n: job.n, offsets: job.offsets, targets: job.targets, weights: null, loops: new Float64Array(0) };
}

/**
 * Claims chunks one after the other (an atomic counter shared by every
 * thread) and runs each into its partial buffer with `kernel`, marking it
 * done and waking whoever waits for it, until none is left. Returns the
 * number of chunks run. When the kernel throws, the chunk is marked failed
 * with the message (the waiting thread reports it) and the error is rethrown.
 */
export function claimChunks(job: BrandesJob, kernel: BrandesKernel): number {
  const { n, bounds, partials, control } = job;
  const chunks = bounds.length - 1;
  // The kernel adds into a private buffer, copied into the chunk's shared
  // slot: a kernel that has seen buffers on both shared and private memory
  // is compiled for both and runs about 10% slower on one thread afterwards.
  const scratch = new Float64Array(n);
  let ran = 0;
  for (;;) {
    const c = Atomics.add(control, NEXT_CHUNK, 1);
    if (c >= chunks) return ran;
    try {
      kernel(bounds[c] as number, bounds[c + 1] as number, scratch);
      partials.set(scratch, c * n);
      scratch.fill(0);
    } catch (error) {
      recordFailure(job, error);
      Atomics.store(control, STATE + c, FAILED);
      Atomics.notify(control, STATE + c);
      throw error;
    }
    ran++;
    Atomics.store(control, STATE + c, DONE);
    Atomics.notify(control, STATE + c);
  }
}

/** Writes the message of `error` into the job's error buffer (the first failure only). */
export function recordFailure(job: BrandesJob, error: unknown): void {
  // (−1 while the first failing thread writes its message)
  if (Atomics.compareExchange(job.control, ERROR_LENGTH, 0, -1) !== 0) return;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const bytes = new TextEncoder().encode(message || 'unknown error').subarray(0, job.error.length);
  job.error.set(bytes);
  Atomics.store(job.control, ERROR_LENGTH, bytes.length);
}

/** The message a failed thread left, or null. */
export function failureMessage(job: BrandesJob): string | null {
  const length = Atomics.load(job.control, ERROR_LENGTH);
  // (a copy: TextDecoder does not read shared memory)
  if (length === 0) return null;
  return length < 0 ? 'a thread failed' : new TextDecoder().decode(job.error.slice(0, length));
}
