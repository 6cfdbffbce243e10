import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SkillAssessment } from '../../src/model/skillAssessment.js';
import { careerPath } from '../../src/skills/careerPath.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { learningPairs } from '../../src/skills/learningPairs.js';
import { skillGaps } from '../../src/skills/skillGaps.js';
import { skillProfile, skillProfiles } from '../../src/skills/skillProfile.js';
import { teamCoverage } from '../../src/skills/teamCoverage.js';

const W = 'cscce-skills-wheel';
/** A few skills, so that members share skills often. */
const SKILLS = [
  'cscce/interpersonal/mentoring',
  'cscce/program-management/meeting-facilitation',
  'cscce/communication/social-media',
  'cscce/technical/data-management',
];
const SOURCES = ['self', 'peer', 'manager', 'derived'] as const;
const MEMBERS = ['m0', 'm1', 'm2', 'm3', 'm4'];
const T0 = Date.parse('2024-01-01T00:00:00Z');
const asOf = new Date('2026-01-01T00:00:00Z');

const arbAssessments = fc
  .array(
    fc.record({
      m: fc.integer({ min: 0, max: MEMBERS.length - 1 }),
      s: fc.integer({ min: 0, max: SKILLS.length - 1 }),
      level: fc.integer({ min: 0, max: 4 }),
      // Few distinct days, so that ties on the date happen.
      day: fc.integer({ min: 0, max: 5 }).map((d) => d * 150),
      src: fc.integer({ min: 0, max: 3 }),
      assessor: fc.integer({ min: 0, max: 2 }),
    }),
    { maxLength: 40 },
  )
  .map((rows) =>
    rows.map(
      (r): SkillAssessment => ({
        memberId: MEMBERS[r.m] as string,
        frameworkId: W,
        skillId: SKILLS[r.s] as string,
        level: r.level,
        assessedAt: new Date(T0 + r.day * 86_400_000),
        source: SOURCES[r.src] as SkillAssessment['source'],
        ...(SOURCES[r.src] === 'peer' ? { assessorId: `p${r.assessor}` } : {}),
      }),
    ),
  );

const profilesOf = (assessments: readonly SkillAssessment[]) =>
  MEMBERS.map((id) => skillProfile(assessments, id, { asOf }));

describe('skillProfile (properties)', () => {
  it('skillProfiles gives, for any list of ids (repeats and unknown ids included), what skillProfile gives one by one', () => {
    const ids = fc.array(fc.constantFrom(...MEMBERS, 'nobody'), { maxLength: 8 });
    fc.assert(
      fc.property(
        arbAssessments,
        ids,
        fc.constantFrom('trusted-source', 'latest', 'max'),
        (assessments, wanted, combine) => {
          expect(skillProfiles(assessments, wanted, { asOf, combine })).toEqual(
            wanted.map((id) => skillProfile(assessments, id, { asOf, combine })),
          );
        },
      ),
      { numRuns: 150, seed: 19 },
    );
  });

  it('gives the same profile whatever the order of the assessments, for every combine rule', () => {
    fc.assert(
      fc.property(arbAssessments, fc.integer(), (assessments, k) => {
        const shuffled = [...assessments].sort(
          (a, b) => (((a.level as number) * 31 + k) % 7) - (((b.level as number) * 31 + k) % 7),
        );
        for (const combine of ['trusted-source', 'latest', 'max'] as const)
          for (const id of MEMBERS)
            expect(skillProfile(shuffled, id, { asOf, combine })).toEqual(
              skillProfile([...assessments].reverse(), id, { asOf, combine }),
            );
      }),
      { numRuns: 60 },
    );
  });

  it('never mutates its input, and takes every level from its own evidence', () => {
    fc.assert(
      fc.property(arbAssessments, (assessments) => {
        const before = JSON.stringify(assessments);
        for (const p of profilesOf(assessments)) {
          expect(p.assessed).toBe(Object.keys(p.levels).length > 0);
          for (const l of Object.values(p.levels)) {
            const used = l.evidence.filter((e) => e.used);
            expect(used).toHaveLength(1);
            expect(used[0]!.level).toBe(l.level);
            expect(used[0]!.source).toBe(l.source);
            // A derived level is used only when no human assessed the skill within the horizon.
            if (l.source === 'derived')
              for (const e of l.evidence) if (e.source !== 'derived') expect(e.ageDays).toBeGreaterThan(730);
          }
        }
        expect(JSON.stringify(assessments)).toBe(before);
      }),
      { numRuns: 60 },
    );
  });
});

describe('teamCoverage and learningPairs (properties)', () => {
  it('holders are exactly the members at the needed level, and single holders have one', () => {
    fc.assert(
      fc.property(arbAssessments, (assessments) => {
        const cov = teamCoverage(profilesOf(assessments), cscceSkillsWheel);
        for (const s of cov.skills) {
          const expected = cov.members.filter((_, i) => (s.levels[i] ?? -1) >= s.needed);
          expect(s.holders).toEqual(expected);
        }
        expect(cov.singleHolder.map((x) => x.skillId)).toEqual(
          cov.skills.filter((s) => s.holders.length === 1).map((s) => s.skillId),
        );
        for (const id of cov.uncovered) expect(cov.notAssessed).not.toContain(id);
      }),
      { numRuns: 60 },
    );
  });

  it('the plan is drawn from the candidates, respects maxPerTeacher and gives each learner one teacher per skill', () => {
    fc.assert(
      fc.property(arbAssessments, fc.integer({ min: 1, max: 3 }), (assessments, maxPerTeacher) => {
        const { candidates, plan } = learningPairs(profilesOf(assessments), cscceSkillsWheel, {
          maxPerTeacher,
        });
        for (const c of candidates) {
          expect(c.teacherLevel).toBeGreaterThanOrEqual(cscceSkillsWheel.scale.teachingLevel);
          expect(c.learnerLevel).toBeLessThan(cscceSkillsWheel.scale.workingLevel);
          expect(c.teacherId).not.toBe(c.learnerId);
          expect(c.score).toBe(c.teacherLevel - c.learnerLevel);
        }
        for (const p of plan) expect(candidates).toContainEqual(p);
        const load = new Map<string, number>();
        for (const p of plan) load.set(p.teacherId, (load.get(p.teacherId) ?? 0) + 1);
        for (const n of load.values()) expect(n).toBeLessThanOrEqual(maxPerTeacher);
        const keys = plan.map((p) => `${p.learnerId}/${p.skillId}`);
        expect(new Set(keys).size).toBe(keys.length);
        // Every (learner, skill) with a candidate is served unless all its teachers are full.
        for (const c of candidates)
          if (!keys.includes(`${c.learnerId}/${c.skillId}`))
            expect(load.get(c.teacherId)).toBe(maxPerTeacher);
      }),
      { numRuns: 60 },
    );
  });
});

describe('skillGaps and careerPath (properties)', () => {
  it('the path climbs exactly the total shortfall, one level per step, ending at each required level', () => {
    const arbRequirements = fc.uniqueArray(
      fc.record({
        s: fc.integer({ min: 0, max: SKILLS.length - 1 }),
        level: fc.integer({ min: 0, max: 4 }),
        importance: fc.integer({ min: 1, max: 3 }),
      }),
      { selector: (r) => r.s, maxLength: SKILLS.length },
    );
    fc.assert(
      fc.property(arbAssessments, arbRequirements, (assessments, reqs) => {
        const requirements = reqs.map((r) => ({
          frameworkId: W,
          skillId: SKILLS[r.s] as string,
          level: r.level,
          importance: r.importance,
        }));
        const profile = skillProfile(assessments, 'm0', { asOf });
        const gaps = skillGaps(profile, requirements);
        const path = careerPath(profile, requirements);
        expect(path.levelsToClimb).toBe(gaps.ranked.reduce((s, g) => s + g.shortfall, 0));
        for (const step of path.steps) expect(step.to).toBe(step.from + 1);
        expect(gaps.met.length + gaps.below.length + gaps.missing.length).toBe(requirements.length);
        expect(gaps.fit).toBeGreaterThanOrEqual(0);
        expect(gaps.fit).toBeLessThanOrEqual(1);
      }),
      { numRuns: 60 },
    );
  });
});
