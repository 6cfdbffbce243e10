/**
 * Bad input and edge cases the issue asks to be documented and tested: two
 * frameworks with one id, unknown ids in options and rules, an empty team,
 * derived evidence from gatherings, and wheels of unusual shape.
 */
import { describe, expect, it } from 'vitest';
import { isCommunityKitError } from '../../src/model/errors.js';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import { builtInFrameworks } from '../../src/skills/builtInFrameworks.js';
import { careerPath } from '../../src/skills/careerPath.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { defineFramework } from '../../src/skills/defineFramework.js';
import { deriveAssessments } from '../../src/skills/deriveAssessments.js';
import { getFramework } from '../../src/skills/getFramework.js';
import { learningPairs } from '../../src/skills/learningPairs.js';
import { defaultProficiencyScale } from '../../src/skills/proficiencyScale.js';
import { resolveLevel } from '../../src/skills/resolveLevel.js';
import { skillGaps } from '../../src/skills/skillGaps.js';
import { skillProfile } from '../../src/skills/skillProfile.js';
import { skillWheelSvg } from '../../src/skills/skillWheelSvg.js';
import { teamCoverage } from '../../src/skills/teamCoverage.js';
import { isWellFormedXml } from '../helpers/xml.js';

const W = 'cscce-skills-wheel';
const MENTORING = 'cscce/interpersonal/mentoring';
const FACILITATION = 'cscce/program-management/meeting-facilitation';
const SPEAKING = 'cscce/communication/speaking-and-presenting';
const asOf = '2026-01-01';

const ours = defineFramework({
  id: 'ours',
  name: 'Our skills',
  families: [{ id: 'care', name: 'Care', skills: [{ id: 'ours/care/welcoming', name: 'Welcoming' }] }],
  scale: defaultProficiencyScale,
});

describe('two frameworks with the same id', () => {
  const clash = { ...ours, id: W };
  it('skillProfile rejects them, naming the second one', () => {
    expect(() => skillProfile([], 'm-1', { asOf, frameworks: [cscceSkillsWheel, clash] })).toThrow(
      /options\.frameworks\[1\]\.id: duplicate framework id "cscce-skills-wheel" \(also frameworks\[0\]\)/,
    );
  });
  it('skillGaps and careerPath reject them too', () => {
    const profile = skillProfile([], 'm-1', { asOf });
    expect(() => skillGaps(profile, [], { frameworks: [clash, cscceSkillsWheel] })).toThrow(
      /options\.frameworks\[1\]\.id: duplicate framework id/,
    );
    expect(() => careerPath(profile, [], { frameworks: [clash, clash] })).toThrow(/duplicate framework id/);
  });
  it('getFramework reports duplicate-id rather than picking one', () => {
    try {
      getFramework([cscceSkillsWheel, clash], W);
      expect.unreachable();
    } catch (error) {
      expect(isCommunityKitError(error, 'duplicate-id')).toBe(true);
      expect((error as Error).message).toContain('2 frameworks have the id "cscce-skills-wheel"');
    }
  });
  it('a user framework with its own id sits beside the built-in ones', () => {
    const assessments = parseCommunity({
      name: 'x',
      members: [{ id: 'ana' }],
      skillAssessments: [
        {
          memberId: 'ana',
          frameworkId: 'ours',
          skillId: 'ours/care/welcoming',
          level: 'expert',
          assessedAt: '2025-01-01',
          source: 'self',
        },
      ],
    }).skillAssessments;
    const p = skillProfile(assessments, 'ana', { asOf, frameworks: [...builtInFrameworks, ours] });
    expect(p.levels['ours/care/welcoming']).toMatchObject({ level: 4, levelId: 'expert', source: 'self' });
  });
});

describe('resolveLevel', () => {
  it('lists the scale levels when an id is unknown, and the range when an index is out of it', () => {
    expect(() => resolveLevel(defaultProficiencyScale, 'guru', 'assessments[3].level')).toThrow(
      'resolveLevel: assessments[3].level: no level "guru" on the scale "community-kit-default"; levels: none, aware, working, proficient, expert',
    );
    expect(() => resolveLevel(defaultProficiencyScale, 5)).toThrow(/level 5 is outside the scale .* \(0–4\)/);
    expect(() => resolveLevel(defaultProficiencyScale, 1.5)).toThrow(/outside the scale/);
    expect(resolveLevel(defaultProficiencyScale, 'none')).toBe(0);
  });
});

describe('defineFramework', () => {
  it('rejects a scale whose teaching level is beyond its last level, with the path', () => {
    expect(() =>
      defineFramework({
        ...ours,
        scale: {
          id: 's',
          levels: [
            { id: 'no', label: 'No' },
            { id: 'yes', label: 'Yes' },
          ],
          workingLevel: 1,
        },
      }),
    ).toThrow(/framework\.scale\.teachingLevel: teachingLevel is beyond the last level/);
  });
});

describe('an empty team', () => {
  it('teamCoverage covers nothing, with every family at share 0 and no single holders', () => {
    const cov = teamCoverage([], cscceSkillsWheel);
    expect(cov.members).toEqual([]);
    expect(cov.uncovered).toEqual([]);
    expect(cov.notAssessed).toHaveLength(45);
    expect(cov.families.map((f) => f.share)).toEqual([0, 0, 0, 0, 0]);
  });
  it('learningPairs returns no candidates and an empty plan', () => {
    expect(learningPairs([], cscceSkillsWheel)).toEqual({ candidates: [], plan: [] });
  });
  it('skillWheelSvg draws every wedge of an empty team as a dashed outline, as well-formed XML', () => {
    const svg = skillWheelSvg(teamCoverage([], cscceSkillsWheel), cscceSkillsWheel);
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(45);
    expect(svg).toContain('Team coverage (0 members)');
  });
});

describe('learningPairs', () => {
  const c = parseCommunity({
    name: 'x',
    members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }],
    skillAssessments: [
      {
        memberId: 'ana',
        frameworkId: W,
        skillId: MENTORING,
        level: 'expert',
        assessedAt: '2025-01-01',
        source: 'self',
      },
      {
        memberId: 'bo',
        frameworkId: W,
        skillId: MENTORING,
        level: 'aware',
        assessedAt: '2025-01-01',
        source: 'self',
      },
      {
        memberId: 'cy',
        frameworkId: W,
        skillId: MENTORING,
        level: 'proficient',
        assessedAt: '2025-01-01',
        source: 'self',
      },
    ],
  });
  const team = ['ana', 'bo', 'cy'].map((id) => skillProfile(c, id, { asOf }));
  it('explains each candidate: the teacher level, the learner level and the gap', () => {
    const { candidates, plan } = learningPairs(team, cscceSkillsWheel);
    expect(candidates.map((p) => [p.teacherId, p.learnerId, p.score])).toEqual([
      ['ana', 'bo', 3],
      ['cy', 'bo', 2],
    ]);
    expect(candidates[0]!.reasons).toEqual([
      'ana is expert in Mentoring (teaching level: proficient or above)',
      'bo is aware (below working)',
      '3 levels apart',
    ]);
    // One teacher per learner and skill: the larger gap wins.
    expect(plan.map((p) => p.teacherId)).toEqual(['ana']);
  });
  it('rejects duplicate profiles and skills that are not in the framework, with paths', () => {
    expect(() => learningPairs([team[0]!, team[0]!], cscceSkillsWheel)).toThrow(
      /profiles\[1\]\.memberId: duplicate member "ana"/,
    );
    expect(() => learningPairs(team, cscceSkillsWheel, { skills: [MENTORING, 'cscce/x/y'] })).toThrow(
      /options\.skills\[1\]: no skill "cscce\/x\/y" in framework "cscce-skills-wheel"/,
    );
  });
});

describe('deriveAssessments from gatherings', () => {
  const c = parseCommunity({
    name: 'x',
    members: [{ id: 'ana' }, { id: 'bo' }],
    gatherings: [
      { id: 'g1', title: 'Call 1', kind: 'community-call', start: '2025-02-01T15:00:00Z', hosts: ['ana'] },
      {
        id: 'g2',
        title: 'Call 2',
        kind: 'community-call',
        start: '2025-03-01T15:00:00Z',
        hosts: ['ana'],
        speakers: ['bo'],
      },
      { id: 'g3', title: 'Old call', kind: 'community-call', start: '2023-03-01T15:00:00Z', hosts: ['ana'] },
    ],
    activities: [
      // The same hosting recorded twice: as a gathering host and as an activity in its thread.
      { id: 'h1', memberId: 'ana', at: '2025-02-01T15:00:00Z', kind: 'host', thread: 'g1' },
      // A hosting with no gathering record counts on its own.
      { id: 'h2', memberId: 'ana', at: '2025-04-01T15:00:00Z', kind: 'host' },
    ],
  });
  it('counts each hosted gathering once, and activities that are not about a recorded gathering', () => {
    const d = deriveAssessments(c, { asOf });
    expect(d.map((x) => [x.memberId, x.skillId, x.level, x.evidence])).toEqual([
      ['ana', FACILITATION, 2, 'host, gathering hosts: 3 in 365 days'],
      ['bo', SPEAKING, 1, 'present, gathering speakers: 1 in 365 days'],
    ]);
    expect(d.every((x) => x.source === 'derived')).toBe(true);
  });
  it('never mixes derived levels with a human assessment of the same skill', () => {
    const human = parseCommunity({
      name: 'y',
      members: [{ id: 'ana' }],
      skillAssessments: [
        {
          memberId: 'ana',
          frameworkId: W,
          skillId: FACILITATION,
          level: 'aware',
          assessedAt: '2025-06-01',
          source: 'self',
        },
      ],
    }).skillAssessments;
    const p = skillProfile([...human, ...deriveAssessments(c, { asOf })], 'ana', { asOf });
    expect(p.levels[FACILITATION]).toMatchObject({ level: 1, source: 'self' });
    expect(p.levels[FACILITATION]!.evidence.map((e) => [e.source, e.used])).toEqual([
      ['derived', false],
      ['self', true],
    ]);
  });
  it('rejects rules naming unknown skills, rules with no evidence, and more thresholds than the scale has levels', () => {
    expect(() =>
      deriveAssessments(c, {
        asOf,
        rules: [
          { kinds: ['host'], frameworkId: W, skillId: 'cscce/x/y', thresholds: [1] },
          { kinds: ['host'], frameworkId: 'nope', skillId: FACILITATION, thresholds: [1] },
          { kinds: ['host'], frameworkId: W, skillId: FACILITATION, thresholds: [1, 2, 3, 4, 5] },
        ],
      }),
    ).toThrow(
      /options\.rules\[0\]\.skillId: no skill "cscce\/x\/y"[\s\S]*options\.rules\[1\]\.frameworkId: no framework "nope"[\s\S]*options\.rules\[2\]\.thresholds: 5 thresholds/,
    );
    expect(() =>
      deriveAssessments(c, { asOf, rules: [{ frameworkId: W, skillId: FACILITATION, thresholds: [1] }] }),
    ).toThrow(/options\.rules\[0\]\.kinds: a rule needs at least one activity kind or gathering role/);
  });
});

describe('skillWheelSvg of a small framework', () => {
  it('draws a one-skill wheel as a near-full ring (large-arc flag set)', () => {
    const p = skillProfile([], 'ana', { asOf, frameworks: [ours] });
    const svg = skillWheelSvg(p, ours);
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg).toMatch(/A\d+\.\d+,\d+\.\d+ 0 1 1 /);
  });
});

describe('skillProfile with two assessments from one source at the same instant', () => {
  it('takes the lower level whatever the input order (it used to take whichever came first)', () => {
    const base = {
      memberId: 'ana',
      frameworkId: W,
      skillId: MENTORING,
      assessedAt: new Date('2025-01-01T00:00:00Z'),
      source: 'self' as const,
    };
    const both = [
      { ...base, level: 1 },
      { ...base, level: 3 },
    ];
    expect(skillProfile(both, 'ana', { asOf }).levels[MENTORING]!.level).toBe(1);
    expect(skillProfile([...both].reverse(), 'ana', { asOf }).levels[MENTORING]!.level).toBe(1);
  });
});
