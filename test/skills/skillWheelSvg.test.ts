import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { builtInFrameworks } from '../../src/skills/builtInFrameworks.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { skillProfile } from '../../src/skills/skillProfile.js';
import { type SkillsFramework, SkillsFrameworkSchema } from '../../src/skills/skillsFramework.js';
import { skillWheelSvg } from '../../src/skills/skillWheelSvg.js';
import { teamCoverage } from '../../src/skills/teamCoverage.js';
import { illegibleTexts, svgTexts } from '../helpers/svgTextBoxes.js';
import { isWellFormedXml } from '../helpers/xml.js';

const asOf = new Date('2026-01-01T00:00:00Z');

/** The wheels of a framework: an empty team's coverage and one member's profile (nothing assessed). */
function wheels(f: SkillsFramework, size?: number): string[] {
  const opts = size === undefined ? {} : { size };
  return [
    skillWheelSvg(teamCoverage([], f), f, opts),
    skillWheelSvg(skillProfile([], 'ana', { asOf, frameworks: [f] }), f, opts),
  ];
}

describe('skillWheelSvg names every skill, legibly', () => {
  it.each(builtInFrameworks.map((f) => [f.name, f] as const))(
    '%s: a number per wedge and a key with every skill name; no label overlaps another or the edge',
    (_, f) => {
      const skills = f.families.flatMap((fam) => fam.skills);
      for (const size of [200, 520, 1200])
        for (const svg of wheels(f, size)) {
          expect(isWellFormedXml(svg)).toBe(true);
          expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
          const texts = svgTexts(svg).texts.map((t) => t.text);
          // 1…n around the wheel and again in the key.
          for (let k = 1; k <= skills.length; k++)
            expect(texts.filter((t) => t === String(k))).toHaveLength(2);
          // At the default size every name is in the key whole (on one or two lines).
          if (size === 520) {
            const keyText = texts.join(' ');
            for (const s of skills) expect(keyText).toContain(s.name);
          }
        }
    },
  );

  it('the CSCCE wheel numbers "Engagement" 1 and shows its family with its colour', () => {
    const svg = skillWheelSvg(skillProfile(sampleCommunity(), 'm-001', { asOf }), cscceSkillsWheel);
    expect(svg).toMatch(/>1<\/text>\n<text [^>]*>Engagement<\/text>/);
    expect(svg).toMatch(
      /<rect [^>]*fill="#0072B2"\/>\n<text [^>]*font-weight="bold"[^>]*>Interpersonal<\/text>/,
    );
  });

  it('grows the picture rather than crowd the numbers of a framework with many skills', () => {
    const many = SkillsFrameworkSchema.parse({
      ...cscceSkillsWheel,
      families: [
        {
          id: 'a',
          name: 'A',
          skills: Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, name: `Skill ${i}` })),
        },
      ],
    });
    const [svg] = wheels(many, 520);
    expect(Number(/width="(\d+)"/.exec(svg!)?.[1])).toBeGreaterThan(520);
    expect(illegibleTexts(svg!)).toEqual({ overlapping: [], outside: [] });
  });

  it('holds for any framework and size', () => {
    const name = fc.oneof(
      fc.string({ minLength: 1, maxLength: 60 }),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
      fc.constantFrom('W'.repeat(90), '漢字'.repeat(40), ' ', 'a\nb', '<&>"\''),
    );
    const framework = fc
      .array(fc.tuple(name, fc.array(name, { maxLength: 40 })), { minLength: 1, maxLength: 8 })
      .map((families) =>
        SkillsFrameworkSchema.parse({
          ...cscceSkillsWheel,
          families: families.map(([fam, skills], k) => ({
            id: `f${k}`,
            name: fam,
            skills: skills.map((s, i) => ({ id: `f${k}-s${i}`, name: s })),
          })),
        }),
      );
    fc.assert(
      fc.property(framework, fc.integer({ min: 200, max: 1200 }), (f, size) => {
        for (const svg of wheels(f, size)) {
          expect(isWellFormedXml(svg)).toBe(true);
          expect(illegibleTexts(svg)).toEqual({ overlapping: [], outside: [] });
        }
      }),
      { numRuns: 60 },
    );
  });
});
