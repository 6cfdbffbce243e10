// Starts the betweenness worker from its TypeScript source (tests and benches
// run the sources): tsx's loader is registered inside the worker thread first
// (Node 20 does not apply `--import tsx` to a worker's own module), then the
// worker module is imported. The built package starts dist/stakeholders/brandesWorker.js instead.
import { register } from 'tsx/esm/api';

register();
await import('./brandesWorker.ts');
