import { z } from 'zod';
import { parseWith } from '../model/validate.js';
import type { CommunityGraph } from './communityGraph.js';
import { requireGraph } from './internal/graphInput.js';
import { attributeText, attributeType, escapeXml } from './internal/xml.js';

function nodeKeys(graph: CommunityGraph, extra: Record<string, Record<string, unknown>>): string[] {
  const keys = new Set<string>();
  graph.forEachNode((n, a) => {
    for (const k of Object.keys(a)) keys.add(k);
    for (const k of Object.keys(extra[n] ?? {})) keys.add(k);
  });
  return [...keys].sort();
}

function edgeKeys(graph: CommunityGraph): string[] {
  const keys = new Set<string>();
  graph.forEachEdge((_e, a) => {
    for (const k of Object.keys(a)) keys.add(k);
  });
  return [...keys].sort();
}

/** The `extra` argument of the exports: attributes by node id. */
const ExtraAttributesSchema = z.record(z.string(), z.record(z.string(), z.unknown()));

/**
 * The graph as GEXF 1.3 (Gephi's format): node and edge attributes become
 * typed GEXF attributes (arrays are joined with `;`), `weight` becomes the
 * edge weight. `extra` adds per-node attributes such as a cluster or a
 * centrality without writing them onto the graph.
 *
 * @param graph - any graphology graph
 * @param extra - attributes to add per node id (e.g. `{ 'm-1': { cluster: 2 } }`)
 * @returns the GEXF document
 *
 * @example
 * ```ts
 * const graph = interactionGraph(sampleCommunity());
 * const { clusterOf } = findClusters(graph, { seed: 1 });
 * const gexf = toGexf(graph, Object.fromEntries(Object.entries(clusterOf).map(([n, c]) => [n, { cluster: c }])));
 * gexf.split('\n').slice(0, 2);
 * // → ['<?xml version="1.0" encoding="UTF-8"?>', '<gexf xmlns="http://gexf.net/1.3" version="1.3">']
 * ```
 */
export function toGexf(graph: CommunityGraph, extra: Record<string, Record<string, unknown>> = {}): string {
  requireGraph('toGexf', graph, 'graph', { multi: true });
  parseWith('toGexf', ExtraAttributesSchema, extra, 'extra');
  const nk = nodeKeys(graph, extra);
  const ek = edgeKeys(graph).filter((k) => k !== 'weight');
  const nodeValue = (n: string, k: string): unknown => extra[n]?.[k] ?? graph.getNodeAttribute(n, k);
  const ntypes = nk.map((k) => attributeType(graph.nodes().map((n) => nodeValue(n, k))));
  const etypes = ek.map((k) => attributeType(graph.edges().map((e) => graph.getEdgeAttribute(e, k))));
  const type = graph.type === 'directed' ? 'directed' : graph.type === 'undirected' ? 'undirected' : 'mixed';
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <graph defaultedgetype="${type}">`,
    '    <attributes class="node">',
    ...nk.map((k, i) => `      <attribute id="n${i}" title="${escapeXml(k)}" type="${ntypes[i]}"/>`),
    '    </attributes>',
    '    <attributes class="edge">',
    ...ek.map((k, i) => `      <attribute id="e${i}" title="${escapeXml(k)}" type="${etypes[i]}"/>`),
    '    </attributes>',
    '    <nodes>',
  ];
  graph.forEachNode((n) => {
    const label = graph.getNodeAttribute(n, 'label');
    out.push(
      `      <node id="${escapeXml(n)}" label="${escapeXml(String(label ?? n))}">`,
      '        <attvalues>',
    );
    nk.forEach((k, i) => {
      const v = nodeValue(n, k);
      if (v !== undefined && v !== null)
        out.push(`          <attvalue for="n${i}" value="${escapeXml(attributeText(v))}"/>`);
    });
    out.push('        </attvalues>', '      </node>');
  });
  out.push('    </nodes>', '    <edges>');
  graph.forEachEdge((e, a, s, t) => {
    const w = typeof a.weight === 'number' ? ` weight="${a.weight}"` : '';
    out.push(
      `      <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${w}>`,
      '        <attvalues>',
    );
    ek.forEach((k, i) => {
      const v = a[k];
      if (v !== undefined && v !== null)
        out.push(`          <attvalue for="e${i}" value="${escapeXml(attributeText(v))}"/>`);
    });
    out.push('        </attvalues>', '      </edge>');
  });
  out.push('    </edges>', '  </graph>', '</gexf>');
  return `${out.join('\n')}\n`;
}

/**
 * The graph as GraphML (Cytoscape, yEd, NetworkX's `read_graphml`), with typed
 * keys for node and edge attributes; arrays are joined with `;`.
 *
 * @param graph - any graphology graph
 * @param extra - attributes to add per node id
 * @returns the GraphML document
 *
 * @example
 * ```ts
 * toGraphML(interactionGraph(sampleCommunity())).includes('<graphml'); // → true
 * ```
 */
export function toGraphML(
  graph: CommunityGraph,
  extra: Record<string, Record<string, unknown>> = {},
): string {
  requireGraph('toGraphML', graph, 'graph', { multi: true });
  parseWith('toGraphML', ExtraAttributesSchema, extra, 'extra');
  const nk = nodeKeys(graph, extra);
  const ek = edgeKeys(graph);
  const nodeValue = (n: string, k: string): unknown => extra[n]?.[k] ?? graph.getNodeAttribute(n, k);
  const ntypes = nk.map((k) => attributeType(graph.nodes().map((n) => nodeValue(n, k))));
  const etypes = ek.map((k) => attributeType(graph.edges().map((e) => graph.getEdgeAttribute(e, k))));
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nk.map(
      (k, i) => `  <key id="n${i}" for="node" attr.name="${escapeXml(k)}" attr.type="${ntypes[i]}"/>`,
    ),
    ...ek.map(
      (k, i) => `  <key id="e${i}" for="edge" attr.name="${escapeXml(k)}" attr.type="${etypes[i]}"/>`,
    ),
    `  <graph id="G" edgedefault="${graph.type === 'directed' ? 'directed' : 'undirected'}">`,
  ];
  graph.forEachNode((n) => {
    out.push(`    <node id="${escapeXml(n)}">`);
    nk.forEach((k, i) => {
      const v = nodeValue(n, k);
      if (v !== undefined && v !== null)
        out.push(`      <data key="n${i}">${escapeXml(attributeText(v))}</data>`);
    });
    out.push('    </node>');
  });
  graph.forEachEdge((e, a, s, t) => {
    out.push(`    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}">`);
    ek.forEach((k, i) => {
      const v = a[k];
      if (v !== undefined && v !== null)
        out.push(`      <data key="e${i}">${escapeXml(attributeText(v))}</data>`);
    });
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

/**
 * The graph as node-link JSON — the shape NetworkX's `node_link_graph` reads
 * (`{ directed, multigraph, graph, nodes: [{ id, … }], edges: [{ source, target, … }] }`)
 * and D3 force layouts use.
 *
 * @param graph - any graphology graph
 * @param extra - attributes to add per node id
 * @returns a JSON-serialisable object
 *
 * @example
 * ```ts
 * toNodeLink(interactionGraph(sampleCommunity())).nodes[0]; // → { id: 'm-001', label: 'Hugo Wanjiru', … }
 * ```
 */
export function toNodeLink(
  graph: CommunityGraph,
  extra: Record<string, Record<string, unknown>> = {},
): {
  directed: boolean;
  multigraph: boolean;
  graph: Record<string, unknown>;
  nodes: Record<string, unknown>[];
  edges: Record<string, unknown>[];
} {
  requireGraph('toNodeLink', graph, 'graph', { multi: true });
  parseWith('toNodeLink', ExtraAttributesSchema, extra, 'extra');
  return {
    directed: graph.type === 'directed',
    multigraph: graph.multi,
    graph: { ...graph.getAttributes() },
    nodes: graph.mapNodes((n, a) => ({ id: n, ...a, ...(extra[n] ?? {}) })),
    edges: graph.mapEdges((_e, a, s, t) => ({ source: s, target: t, ...a })),
  };
}
