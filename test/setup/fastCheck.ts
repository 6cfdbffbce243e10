import fc from 'fast-check';

// Property tests are deterministic by default, so CI is never flaky; run with
// FC_SEED=<n> (or FC_SEED=random) to explore other inputs locally.
const seed = process.env.FC_SEED;
if (seed !== 'random') fc.configureGlobal({ seed: seed === undefined ? 20261122 : Number(seed) });
