import { z } from 'zod';
import { fitText, textWidth, wrapText } from '../model/internal/textBoxes.js';
import { parseWith } from '../model/validate.js';
import { type SkillProfile, SkillProfileSchema } from './skillProfile.js';
import { type SkillsFramework, SkillsFrameworkSchema } from './skillsFramework.js';
import { type TeamCoverage, TeamCoverageSchema } from './teamCoverage.js';

const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

const esc = (t: string): string =>
  t.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] as string,
  );

/**
 * Options of {@link skillWheelSvg}.
 *
 * @example
 * ```ts
 * SkillWheelSvgOptionsSchema.parse({}); // → { size: 520 }
 * ```
 */
export const SkillWheelSvgOptionsSchema = z.strictObject({
  /**
   * Width in px (the wheel's diameter with its numbers); the height follows
   * from the key under it. A framework with too many skills to number around
   * a wheel this size gets a wider picture.
   */
  size: z.number().int().min(200).max(4000).default(520),
  /** Title (default: the member id, or "Team coverage"). */
  title: z.string().max(200).optional(),
});

/** Options of {@link skillWheelSvg}. */
export type SkillWheelSvgOptions = z.input<typeof SkillWheelSvgOptionsSchema>;

/**
 * A static SVG wheel of a framework: one wedge per skill, grouped and
 * coloured by family, its length the level — for a profile, the member's level
 * on the scale; for a team coverage, the share of the team holding the skill
 * at the needed level. Unassessed skills (for a team: skills nobody in it was
 * assessed in) are drawn as a dashed empty outline, not as zero. The wedges
 * are numbered around the rim and a key under the wheel names each skill
 * under its family's colour, so the picture reads on paper (hovering a wedge
 * also shows its name and value); no two labels overlap and none passes the
 * picture's edge (long names wrap to two lines, then end with "…"). A
 * standalone, deterministic SVG document: readable in a notebook, a report
 * or a browser, no DOM needed.
 *
 * @param data - a profile (`skillProfile`) or a coverage (`teamCoverage`)
 * @param framework - the framework to draw
 * @param options - `size`, `title`
 * @returns the SVG text
 * @throws {@link ValidationError} when the data or framework is malformed
 *
 * @example
 * ```ts
 * skillWheelSvg(skillProfile(sampleCommunity(), 'm-001', { asOf: '2026-01-01' }), cscceSkillsWheel).startsWith('<svg'); // → true
 * ```
 */
export function skillWheelSvg(
  data: SkillProfile | TeamCoverage,
  framework: SkillsFramework,
  options: SkillWheelSvgOptions = {},
): string {
  const f = parseWith('skillWheelSvg', SkillsFrameworkSchema, framework, 'framework');
  const opts = parseWith('skillWheelSvg', SkillWheelSvgOptionsSchema, options, 'options');
  const isCoverage = 'skills' in (data as object) && 'uncovered' in (data as object);
  const values = new Map<string, number | null>();
  let title: string;
  if (isCoverage) {
    const cov = parseWith('skillWheelSvg', TeamCoverageSchema, data, 'data');
    const n = cov.members.length;
    for (const s of cov.skills)
      values.set(s.skillId, s.levels.every((l) => l === null) ? null : s.holders.length / n);
    title = opts.title ?? `Team coverage (${n} members)`;
  } else {
    const p = parseWith('skillWheelSvg', SkillProfileSchema, data, 'data');
    const max = f.scale.levels.length - 1;
    for (const [id, l] of Object.entries(p.levels)) if (l.frameworkId === f.id) values.set(id, l.level / max);
    title = opts.title ?? `Skills of ${p.memberId}`;
  }
  return wheelSvg(f, values, title, opts.size);
}

/** Font size of the numbers around the wheel and of the key. */
const FONT = 10;

/** A skill's name in the key: up to two lines, and one (empty) line for a blank name so its number keeps its row. */
function keyLines(name: string, width: number): string[] {
  const lines = wrapText(name, FONT, width, 2);
  return lines.length === 0 ? [''] : lines;
}
/** Line height of the key. */
const LINE = 14;
/** Smallest gap in px between two labels. */
const GAP = 2;

/**
 * The wheel and its key: wedges numbered 1…n around the rim, far enough out
 * that no two numbers touch (the picture grows when a framework has too many
 * skills for `size`), and below it the key — each family with its colour, each
 * skill with its number and name (wrapped to two lines, then cut with an
 * ellipsis) — in as many columns as the width holds.
 */
function wheelSvg(
  f: SkillsFramework,
  values: ReadonlyMap<string, number | null>,
  title: string,
  size: number,
): string {
  const skills = f.families.flatMap((fam, k) =>
    fam.skills.map((s) => ({ ...s, family: fam.name, colour: PALETTE[k % PALETTE.length] as string })),
  );
  const n = Math.max(1, skills.length);
  const step = (2 * Math.PI) / n;
  // Numbers sit on a ring where neighbours (the closest pair) are a box diagonal apart.
  const numW = textWidth(String(n), FONT);
  const half = Math.hypot(numW + GAP, 1.1 * FONT + GAP) / 2;
  const rMin = 18;
  const rLabel = Math.max(
    size / 2 - 30 + half,
    n === 1 ? 0 : (2 * half) / (2 * Math.sin(Math.min(step, Math.PI) / 2)),
    rMin + 40 + half,
  );
  const rMax = rLabel - half - 2;
  const width = Math.max(size, Math.ceil(2 * (rLabel + half) + 8));
  const cx = width / 2;
  const cy = 30 + rLabel + half;
  const pt = (r: number, a: number): string =>
    `${(cx + r * Math.sin(a)).toFixed(2)},${(cy - r * Math.cos(a)).toFixed(2)}`;
  // A wedge wider than a half turn (a framework of one or two skills) needs the large-arc flag.
  const wedge = (r: number, a0: number, a1: number): string => {
    const large = a1 - a0 > Math.PI ? 1 : 0;
    return `M${pt(rMin, a0)} L${pt(r, a0)} A${r.toFixed(2)},${r.toFixed(2)} 0 ${large} 1 ${pt(r, a1)} L${pt(rMin, a1)} A${rMin},${rMin} 0 ${large} 0 ${pt(rMin, a0)} Z`;
  };
  const body: string[] = [
    `<text x="${(width / 2).toFixed(1)}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(fitText(title, 14, width - 16))}</text>`,
  ];
  for (let k = 1; k <= 4; k++)
    body.push(
      `<circle cx="${cx}" cy="${cy.toFixed(2)}" r="${(rMin + ((rMax - rMin) * k) / 4).toFixed(2)}" fill="none" stroke="#e0e0e0"/>`,
    );
  skills.forEach((s, i) => {
    const a0 = i * step + step * 0.06;
    const a1 = (i + 1) * step - step * 0.06;
    const v = values.get(s.id);
    const label = `${i + 1}. ${s.family}: ${s.name}${v === undefined || v === null ? ' (not assessed)' : ` ${Math.round(v * 100)}%`}`;
    if (v === undefined || v === null)
      body.push(
        `<path d="${wedge(rMax, a0, a1)}" fill="none" stroke="${s.colour}" stroke-dasharray="2,2" stroke-opacity="0.5"><title>${esc(label)}</title></path>`,
      );
    else
      body.push(
        `<path d="${wedge(rMin + (rMax - rMin) * Math.max(0, Math.min(1, v)), a0, a1)}" fill="${s.colour}" fill-opacity="0.85"><title>${esc(label)}</title></path>`,
      );
    const mid = (i + 0.5) * step;
    const x = cx + rLabel * Math.sin(mid);
    // Baseline 0.3 em below the point so the box (0.85 em up, 0.25 em down) is centred on it.
    const y = cy - rLabel * Math.cos(mid) + 0.3 * FONT;
    body.push(
      `<text x="${x.toFixed(2)}" y="${y.toFixed(2)}" text-anchor="middle" fill="#333">${i + 1}</text>`,
    );
  });
  const keyTop = cy + rLabel + half + 14;
  const key = wheelKey(f, width, keyTop);
  const height = Math.ceil(key.bottom + 8);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="${FONT}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...body,
    ...key.parts,
    '</svg>',
  ].join('\n');
}

/** One line of the key: a family heading or a numbered skill (its name on one or two lines). */
type KeyEntry =
  | { kind: 'family'; name: string; colour: string }
  | { kind: 'skill'; number: number; lines: string[] };

/**
 * The key under the wheel, laid out in columns from `top`: its SVG elements
 * and where it ends. A column never ends on a family heading.
 */
function wheelKey(f: SkillsFramework, width: number, top: number): { parts: string[]; bottom: number } {
  const cols = Math.max(1, Math.floor((width - 16) / 220));
  const colWidth = (width - 16) / cols;
  const entries: KeyEntry[] = [];
  let number = 0;
  f.families.forEach((fam, k) => {
    if (fam.skills.length === 0) return;
    entries.push({
      kind: 'family',
      name: fitText(fam.name, FONT, colWidth - 22),
      colour: PALETTE[k % PALETTE.length] as string,
    });
    for (const s of fam.skills) {
      number++;
      entries.push({ kind: 'skill', number, lines: keyLines(s.name, colWidth - 34) });
    }
  });
  const heightOf = (e: KeyEntry): number => (e.kind === 'family' ? 1 : e.lines.length);
  const total = entries.reduce((t, e) => t + heightOf(e), 0);
  const perColumn = Math.ceil(total / cols);
  const parts: string[] = [];
  let col = 0;
  let line = 0;
  let deepest = 0;
  entries.forEach((e, i) => {
    const next = entries[i + 1];
    const needs = heightOf(e) + (e.kind === 'family' && next !== undefined ? heightOf(next) : 0);
    if (line > 0 && line + needs > perColumn && col < cols - 1) {
      col++;
      line = 0;
    }
    const x = 8 + col * colWidth;
    const y = top + line * LINE + FONT;
    if (e.kind === 'family')
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${(y - 9).toFixed(1)}" width="10" height="10" fill="${e.colour}"/>`,
        `<text x="${(x + 14).toFixed(1)}" y="${y.toFixed(1)}" font-weight="bold" fill="#333">${esc(e.name)}</text>`,
      );
    else {
      parts.push(
        `<text x="${(x + 26).toFixed(1)}" y="${y.toFixed(1)}" text-anchor="end" fill="#333">${e.number}</text>`,
      );
      for (const [j, l] of e.lines.entries())
        parts.push(
          `<text x="${(x + 30).toFixed(1)}" y="${(y + j * LINE).toFixed(1)}" fill="#333">${esc(l)}</text>`,
        );
    }
    line += heightOf(e);
    deepest = Math.max(deepest, line);
  });
  return { parts, bottom: top + deepest * LINE };
}
