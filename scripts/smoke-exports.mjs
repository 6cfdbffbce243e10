// After `npm run build`: imports every subpath from ESM and from CommonJS
// (package self-reference), runs one function through each, and checks that
// `community-kit/health` and `community-kit/model` pull in no graph code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => !k.endsWith('.json'));
const require = createRequire(import.meta.url);
let failures = 0;
const fail = (msg) => {
  failures++;
  console.error(`✗ ${msg}`);
};

for (const sub of subpaths) {
  const spec = sub === '.' ? 'community-kit' : `community-kit/${sub.slice(2)}`;
  const esm = await import(spec);
  const cjs = require(spec);
  const esmKeys = Object.keys(esm).sort();
  const cjsKeys = Object.keys(cjs)
    .filter((k) => k !== 'default' && k !== '__esModule')
    .sort();
  if (sub === '.' && esmKeys.length === 0) fail(`${spec}: no exports`);
  if (esmKeys.join() !== cjsKeys.join()) fail(`${spec}: ESM and CJS export different names`);
}
const esmRoot = await import('community-kit');
const cjsRoot = require('community-kit');
for (const [name, mod] of [
  ['esm', esmRoot],
  ['cjs', cjsRoot],
]) {
  const c = mod.parseCommunity({ name: 'x', members: [{ id: 'm-1' }] });
  if (!(c.members[0] && c.members[0].id === 'm-1')) fail(`${name}: parseCommunity failed`);
  try {
    mod.parseCommunity({ name: '' });
    fail(`${name}: parseCommunity accepted an empty name`);
  } catch (error) {
    // The type guard works across the ESM and CJS copies, where instanceof does not.
    if (!esmRoot.isCommunityKitError(error) || !cjsRoot.isCommunityKitError(error))
      fail(`${name}: error guard failed`);
  }
}

// Tree-shaking: follow the local imports of an entry and look for graph code.
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    const spec = m[1];
    if (spec.startsWith('.')) closure(resolve(dirname(file), spec), seen);
    else seen.add(`pkg:${spec}`);
  }
  return seen;
}
for (const entry of ['health', 'model']) {
  const files = closure(join('dist', entry, 'index.js'));
  const graph = [...files].filter((f) => f.includes('graphology'));
  if (graph.length > 0) fail(`community-kit/${entry} pulls in graph code: ${graph.join(', ')}`);
}
// The demo generator ships only with community-kit/sample.
for (const entry of ['index.js', 'index.cjs']) {
  const text = readFileSync(join('dist', entry), 'utf8');
  if (/\bsampleCommunity\b/.test(text))
    fail(`dist/${entry} names sampleCommunity (it belongs to community-kit/sample only)`);
}

// Exact betweenness on worker threads: the built package finds its worker file
// (dist/stakeholders/brandesWorker.js or .cjs) from the ESM and the CJS chunks,
// the workers start and fail nowhere, and the scores are the bytes of one thread.
// Workers are seen through a wrapped process.getBuiltinModule (how the library reaches worker_threads).
const started = [];
const getBuiltinModule = process.getBuiltinModule;
if (typeof getBuiltinModule !== 'function')
  fail('process.getBuiltinModule is missing: betweenness cannot start threads');
else {
  const workerThreads = getBuiltinModule.call(process, 'node:worker_threads');
  class SeenWorker extends workerThreads.Worker {
    constructor(file, options) {
      super(file, options);
      const seen = { file: String(file), errors: [] };
      seen.exited = new Promise((done) => this.once('exit', done));
      this.on('error', (error) => seen.errors.push(error));
      started.push(seen);
    }
  }
  const wrapped = { ...workerThreads, Worker: SeenWorker };
  process.getBuiltinModule = (id) =>
    id === 'node:worker_threads' ? wrapped : getBuiltinModule.call(process, id);
}
/** A ring of 2,000 nodes with 10,000 seeded chords (≈ 0.3 s of searches on one thread). */
function ringWithChords(n, chords) {
  const nodes = Array.from({ length: n }, (_, i) => String(i));
  const source = [];
  const target = [];
  let x = 12345;
  const next = () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x % n;
  };
  const tie = (a, b) => {
    if (a === b) return;
    source.push(a);
    target.push(b);
  };
  for (let i = 0; i < n; i++) tie(i, (i + 1) % n);
  for (let k = 0; k < chords; k++) tie(next(), next());
  return {
    nodes,
    source: Int32Array.from(source),
    target: Int32Array.from(target),
    weight: new Float64Array(source.length).fill(1),
  };
}
const ring = ringWithChords(2000, 10_000);
const bitsOf = (scores) =>
  Buffer.from(Float64Array.from(ring.nodes, (id) => scores[id]).buffer).toString('base64');
for (const [name, mod, ext] of [
  ['esm', await import('community-kit/stakeholders'), '.js'],
  ['cjs', require('community-kit/stakeholders'), '.cjs'],
]) {
  const ties = ring;
  const before = started.length;
  const one = bitsOf(mod.betweennessCentrality(ties, { threads: 1 }).scores);
  const two = bitsOf(mod.betweennessCentrality(ties, { threads: 2 }).scores);
  const auto = bitsOf(mod.betweennessCentrality(ties, { threads: 'auto' }).scores);
  const mine = started.slice(before);
  if (one !== two || one !== auto) fail(`${name}: betweenness on threads differs from one thread`);
  if (mine.length === 0) fail(`${name}: betweennessCentrality({ threads: 2 }) started no worker thread`);
  for (const w of mine) {
    if (!w.file.endsWith(join('dist', 'stakeholders', `brandesWorker${ext}`)))
      fail(`${name}: started worker ${w.file}, not dist/stakeholders/brandesWorker${ext}`);
    await w.exited;
    if (w.errors.length > 0) fail(`${name}: a worker thread failed: ${w.errors[0]}`);
  }
}
if (typeof getBuiltinModule === 'function') process.getBuiltinModule = getBuiltinModule;

if (failures > 0) process.exit(1);
console.log(
  `✓ ${subpaths.length} entry points load from ESM and CJS with the same exports; health and model import no graph code; the root does not ship sampleCommunity; betweenness on worker threads (${started.length} started, from ESM and CJS) gives the bytes of one thread`,
);
