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

if (failures > 0) process.exit(1);
console.log(
  `✓ ${subpaths.length} entry points load from ESM and CJS with the same exports; health and model import no graph code; the root does not ship sampleCommunity`,
);
