import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Graph from 'graphology';
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
