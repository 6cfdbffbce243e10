/**
 * Geometry of chart labels measured in the browser: whether two labels'
 * boxes (convex quadrilaterals, since a label may be rotated) intersect, and
 * whether a label sticks out of its chart.
 */
import type { ChartLabels } from './pageProbes.js';

type Point = [number, number];

/** How far (px) two boxes may overlap, or a box stick out, before it counts: sub-pixel rounding only. */
export const TOLERANCE = 0.5;

/** The extent of `quad` projected on the axis `axis`. */
function project(quad: readonly Point[], axis: Point): [number, number] {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const [x, y] of quad) {
    const p = x * axis[0] + y * axis[1];
    min = Math.min(min, p);
    max = Math.max(max, p);
  }
  return [min, max];
}

/** The unit normals of the edges of a convex polygon. */
function edgeNormals(quad: readonly Point[]): Point[] {
  const normals: Point[] = [];
  quad.forEach(([x1, y1], i) => {
    const [x2, y2] = quad[(i + 1) % quad.length] as Point;
    const len = Math.hypot(x2 - x1, y2 - y1);
    if (len > 0) normals.push([-(y2 - y1) / len, (x2 - x1) / len]);
  });
  return normals;
}

/**
 * True when two convex polygons overlap by more than `tolerance` px along
 * every separating axis (the separating axis theorem): touching or grazing
 * boxes do not count.
 */
export function polygonsOverlap(a: readonly Point[], b: readonly Point[], tolerance = TOLERANCE): boolean {
  for (const axis of [...edgeNormals(a), ...edgeNormals(b)]) {
    const [aMin, aMax] = project(a, axis);
    const [bMin, bMax] = project(b, axis);
    if (Math.min(aMax, bMax) - Math.max(aMin, bMin) <= tolerance) return false;
  }
  return true;
}

/** Every pair of labels of a chart whose boxes intersect, as `"a" × "b"`. */
export function labelCollisions(chart: ChartLabels, tolerance = TOLERANCE): string[] {
  const out: string[] = [];
  chart.labels.forEach((a, i) => {
    for (const b of chart.labels.slice(i + 1))
      if (polygonsOverlap(a.corners, b.corners, tolerance)) out.push(`"${a.text}" × "${b.text}"`);
  });
  return out;
}

/** Every label of a chart that sticks out of the chart's box, with by how much (px) on which side. */
export function labelsCut(chart: ChartLabels, tolerance = TOLERANCE): string[] {
  const { left, top, right, bottom } = chart.box;
  const out: string[] = [];
  for (const label of chart.labels) {
    const xs = label.corners.map((c) => c[0]);
    const ys = label.corners.map((c) => c[1]);
    const sides = [
      ['left', left - Math.min(...xs)],
      ['right', Math.max(...xs) - right],
      ['top', top - Math.min(...ys)],
      ['bottom', Math.max(...ys) - bottom],
    ] as const;
    const cut = sides.filter(([, by]) => by > tolerance).map(([side, by]) => `${side} by ${by.toFixed(1)}px`);
    if (cut.length > 0) out.push(`"${label.text}" (${cut.join(', ')})`);
  }
  return out;
}
