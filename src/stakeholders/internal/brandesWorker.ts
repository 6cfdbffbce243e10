/**
 * The worker thread of exact betweenness (started by `brandesPool`, never
 * imported by the library): reads the shared job from `workerData`, builds
 * its own kernel and claims chunks until none is left (see `claimChunks`).
 * A failure is written into the job for the calling thread to report; the
 * thread then ends.
 */
import { workerData } from 'node:worker_threads';
import { exactKernel } from './brandes.js';
import { type BrandesJob, claimChunks, jobGraph, recordFailure } from './brandesJob.js';
import { foldLeaves } from './leafFolding.js';

const job = workerData as BrandesJob;
try {
  const g = jobGraph(job);
  const kernel = exactKernel(g, job.lengths, foldLeaves(g));
  claimChunks(
    job,
    job.failWith === null
      ? kernel
      : () => {
          throw new Error(job.failWith as string);
        },
  );
} catch (error) {
  // (claimChunks has marked its chunk failed; a failure before any chunk is recorded here)
  recordFailure(job, error);
}
