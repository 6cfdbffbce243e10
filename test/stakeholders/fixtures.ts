import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
import { createRng } from '../../src/model/rng.js';
import type { CommunityGraph } from '../../src/stakeholders/communityGraph.js';

const here = fileURLToPath(new URL('.', import.meta.url));
/** Vendored classic networks (provenance and licences: test/fixtures/README.md). */
const data = join(here, '..', 'fixtures', 'networks');

function rows(file: string): string[][] {
  return readFileSync(join(data, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'))
    .slice(1)
    .map((l) => l.split('\t'));
}

/** Zachary's karate club (weights = interaction contexts), node ids as strings. */
export function karate(weighted = true): CommunityGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (let i = 0; i < 34; i++) g.addNode(String(i));
  for (const [s, t, w] of rows('karate/karate_edges.tsv'))
    g.addEdge(s as string, t as string, { weight: weighted ? Number(w) : 1 });
  return g;
}

/** The club each karate member joined after the split. */
export function karateFactions(): Record<string, string> {
  return Object.fromEntries(rows('karate/karate_factions.tsv').map(([n, c]) => [n as string, c as string]));
}

/** Padgett's Florentine marriage network. */
export function florentine(): CommunityGraph {
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (const [s, t] of rows('florentine/florentine_marriage_edges.tsv'))
    g.mergeEdge(s as string, t as string, { weight: 1 });
  return g;
}

/** Reference numbers computed with NetworkX 3.6.1 (test/fixtures/networks/*_reference_networkx.json, networkx-broker-reference.json). */
export const karateReference = JSON.parse(
  readFileSync(join(data, 'karate', 'karate_reference_networkx.json'), 'utf8'),
);
export const brokerReference = JSON.parse(readFileSync(join(data, 'networkx-broker-reference.json'), 'utf8'));
export function karateCentrality(): Record<string, Record<string, number>> {
  return Object.fromEntries(
    rows('karate/karate_centrality_networkx.tsv').map(([n, deg, bn, br]) => [
      n as string,
      { degree: Number(deg), betweenness: Number(bn), raw: Number(br) },
    ]),
  );
}
export function florentineCentrality(): Record<string, number> {
  return Object.fromEntries(
    rows('florentine/florentine_centrality_networkx.tsv').map(([n, , bn]) => [n as string, Number(bn)]),
  );
}

/** A ring of n nodes plus `extra` seeded chords (weights 1, 2 or 4): connected, so one search visits n + 2m. */
export function ringWithChords(n: number, extra: number, seed: number): CommunityGraph {
  const rng = createRng(seed);
  const g = new Graph({ type: 'undirected' }) as unknown as CommunityGraph;
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 0; i < n; i++) g.mergeEdge(`n${i}`, `n${(i + 1) % n}`, { weight: 1 });
  for (let k = 0; k < extra; k++) {
    const a = Math.floor(rng() * n);
    const b = Math.floor(rng() * n);
    if (a !== b) g.mergeEdge(`n${a}`, `n${b}`, { weight: 2 ** Math.floor(rng() * 3) });
  }
  return g;
}
