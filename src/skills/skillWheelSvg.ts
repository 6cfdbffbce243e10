import { z } from 'zod';
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
  /** Width and height in px. */
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
 * assessed in) are drawn as a dashed empty outline, not as zero. A standalone, deterministic SVG document: readable in a notebook, a
 * report or a browser, no DOM needed.
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
  const skills = f.families.flatMap((fam, k) =>
    fam.skills.map((s) => ({ ...s, family: fam.name, colour: PALETTE[k % PALETTE.length] })),
  );
  const size = opts.size;
  const cx = size / 2;
  const cy = size / 2 + 14;
  const rMax = size / 2 - 70;
  const rMin = 18;
  const n = Math.max(1, skills.length);
  const step = (2 * Math.PI) / n;
  const pt = (r: number, a: number): string =>
    `${(cx + r * Math.sin(a)).toFixed(2)},${(cy - r * Math.cos(a)).toFixed(2)}`;
  // A wedge wider than a half turn (a framework of one or two skills) needs the large-arc flag.
  const wedge = (r: number, a0: number, a1: number): string => {
    const large = a1 - a0 > Math.PI ? 1 : 0;
    return `M${pt(rMin, a0)} L${pt(r, a0)} A${r.toFixed(2)},${r.toFixed(2)} 0 ${large} 1 ${pt(r, a1)} L${pt(rMin, a1)} A${rMin},${rMin} 0 ${large} 0 ${pt(rMin, a0)} Z`;
  };
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size + 20}" viewBox="0 0 ${size} ${size + 20}" font-family="sans-serif" font-size="10">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${size}" height="${size + 20}" fill="#ffffff"/>`,
    `<text x="${cx}" y="18" text-anchor="middle" font-size="14" font-weight="bold">${esc(title)}</text>`,
  ];
  for (let k = 1; k <= 4; k++)
    parts.push(
      `<circle cx="${cx}" cy="${cy}" r="${(rMin + ((rMax - rMin) * k) / 4).toFixed(2)}" fill="none" stroke="#e0e0e0"/>`,
    );
  skills.forEach((s, i) => {
    const a0 = i * step + step * 0.06;
    const a1 = (i + 1) * step - step * 0.06;
    const v = values.get(s.id);
    const label = `${s.family}: ${s.name}${v === undefined || v === null ? ' (not assessed)' : ` ${Math.round(v * 100)}%`}`;
    if (v === undefined || v === null)
      parts.push(
        `<path d="${wedge(rMax, a0, a1)}" fill="none" stroke="${s.colour}" stroke-dasharray="2,2" stroke-opacity="0.5"><title>${esc(label)}</title></path>`,
      );
    else
      parts.push(
        `<path d="${wedge(rMin + (rMax - rMin) * Math.max(0, Math.min(1, v)), a0, a1)}" fill="${s.colour}" fill-opacity="0.85"><title>${esc(label)}</title></path>`,
      );
  });
  let start = 0;
  f.families.forEach((fam, k) => {
    const mid = (start + fam.skills.length / 2) * step;
    start += fam.skills.length;
    if (fam.skills.length === 0) return;
    const [x, y] = pt(rMax + 22, mid).split(',');
    parts.push(
      `<text x="${x}" y="${y}" text-anchor="middle" fill="${PALETTE[k % PALETTE.length]}" font-weight="bold">${esc(fam.name)}</text>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}
