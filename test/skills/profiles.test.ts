import { describe, expect, it } from 'vitest';
import { parseCommunity } from '../../src/model/parseCommunity.js';
import type { SkillAssessmentInput } from '../../src/model/skillAssessment.js';
import { sampleCommunity } from '../../src/sample/sampleCommunity.js';
import { assessMaturity } from '../../src/skills/assessMaturity.js';
import { careerPath } from '../../src/skills/careerPath.js';
import { cscceSkillsWheel } from '../../src/skills/cscceSkillsWheel.js';
import { deriveAssessments } from '../../src/skills/deriveAssessments.js';
import { learningPairs } from '../../src/skills/learningPairs.js';
import { reverseCrosswalk } from '../../src/skills/reverseCrosswalk.js';
import { roundtableToCscce } from '../../src/skills/roundtableToCscce.js';
import { skillGaps } from '../../src/skills/skillGaps.js';
import { skillProfile, skillProfiles } from '../../src/skills/skillProfile.js';
import { skillWheelSvg } from '../../src/skills/skillWheelSvg.js';
import { teamCoverage } from '../../src/skills/teamCoverage.js';
import { translateProfile } from '../../src/skills/translateProfile.js';
import { isWellFormedXml } from '../helpers/xml.js';

const W = 'cscce-skills-wheel';
const MENTORING = 'cscce/interpersonal/mentoring';
const FACILITATION = 'cscce/program-management/meeting-facilitation';
const asOf = '2026-01-01';

function community(assessments: SkillAssessmentInput[]) {
  return parseCommunity({
    name: 'Skills',
    members: [{ id: 'ana' }, { id: 'bo' }, { id: 'cy' }, { id: 'di' }],
    skillAssessments: assessments,
  });
}
const a = (
  memberId: string,
  skillId: string,
  level: number | string,
  source: 'self' | 'peer' | 'manager' | 'derived',
  at = '2025-06-01',
  assessorId?: string,
): SkillAssessmentInput => ({
  memberId,
  frameworkId: W,
  skillId,
  level,
  source,
  assessedAt: at,
  ...(assessorId ? { assessorId } : {}),
});

describe('skillProfile', () => {
  it('takes the manager over peers over self, and the lower median of peers', () => {
    const c = community([
      a('ana', MENTORING, 'expert', 'self'),
      a('ana', MENTORING, 1, 'peer', '2025-06-01', 'bo'),
      a('ana', MENTORING, 3, 'peer', '2025-06-01', 'cy'),
      a('ana', MENTORING, 2, 'peer', '2025-06-01', 'di'),
      a('ana', MENTORING, 2, 'peer', '2025-01-01', 'di'),
      a('ana', FACILITATION, 4, 'self'),
      a('ana', FACILITATION, 2, 'manager', '2025-03-01', 'bo'),
    ]);
    const p = skillProfile(c, 'ana', { asOf });
    expect(p.levels[MENTORING]).toMatchObject({ level: 2, levelId: 'working', source: 'peer', stale: false });
    expect(p.levels[MENTORING]!.evidence).toHaveLength(4); // the older peer assessment by di is superseded
    expect(p.levels[FACILITATION]).toMatchObject({ level: 2, source: 'manager' });
    expect(skillProfile(c, 'ana', { asOf, combine: 'max' }).levels[FACILITATION]!.level).toBe(4);
    expect(skillProfile(c, 'ana', { asOf, combine: 'latest' }).levels[FACILITATION]!.level).toBe(4);
  });

  it('ignores assessments after asOf, flags stale ones, and prefers fresh ones', () => {
    const c = community([
      a('ana', MENTORING, 4, 'manager', '2020-01-01', 'bo'),
      a('ana', MENTORING, 1, 'self', '2025-12-01'),
      a('ana', FACILITATION, 3, 'self', '2020-01-01'),
      a('ana', FACILITATION, 0, 'self', '2027-01-01'),
    ]);
    const p = skillProfile(c, 'ana', { asOf });
    expect(p.levels[MENTORING]).toMatchObject({ level: 1, source: 'self', stale: false });
    expect(p.levels[FACILITATION]).toMatchObject({ level: 3, stale: true });
  });

  it('uses derived levels only where no human assessed the skill', () => {
    const c = community([
      a('ana', MENTORING, 3, 'derived'),
      a('ana', MENTORING, 1, 'self'),
      a('ana', FACILITATION, 2, 'derived'),
    ]);
    const p = skillProfile(c, 'ana', { asOf });
    expect(p.levels[MENTORING]!.source).toBe('self');
    expect(p.levels[FACILITATION]!.source).toBe('derived');
  });

  it('marks a member with no assessments as unassessed, not unskilled', () => {
    expect(skillProfile(community([]), 'di', { asOf })).toEqual({
      memberId: 'di',
      asOf: '2026-01-01T00:00:00.000Z',
      assessed: false,
      levels: {},
    });
  });

  it('rejects unknown frameworks, unknown skills and levels off the scale, listing each with its path', () => {
    const assessments = community([
      { ...a('ana', MENTORING, 1, 'self'), frameworkId: 'nope' },
      a('ana', 'cscce/interpersonal/juggling', 1, 'self'),
      a('ana', MENTORING, 'guru', 'self'),
      a('ana', MENTORING, 9, 'self'),
    ]).skillAssessments;
    expect(() => skillProfile(assessments, 'ana', { asOf })).toThrow(
      /assessments\[0\]\.frameworkId: no framework "nope"[\s\S]*assessments\[1\]\.skillId: no skill "cscce\/interpersonal\/juggling"[\s\S]*assessments\[2\]\.level[\s\S]*assessments\[3\]\.level/,
    );
  });
});

describe('skillGaps and careerPath', () => {
  const c = community([a('ana', MENTORING, 1, 'self'), a('ana', FACILITATION, 3, 'self')]);
  const p = skillProfile(c, 'ana', { asOf });
  const reqs = [
    { frameworkId: W, skillId: MENTORING, level: 'proficient', importance: 2 },
    { frameworkId: W, skillId: FACILITATION, level: 'working', importance: 3 },
    { frameworkId: W, skillId: 'cscce/communication/social-media', level: 'working', importance: 3 },
  ];
  it('splits requirements into met, below and missing, ranks the unmet, and weights the fit', () => {
    const g = skillGaps(p, reqs);
    expect(g.met.map((x) => x.skillId)).toEqual([FACILITATION]);
    expect(g.below).toMatchObject([{ skillId: MENTORING, current: 1, required: 3, shortfall: 2 }]);
    expect(g.missing).toMatchObject([
      { skillId: 'cscce/communication/social-media', current: null, shortfall: 2 },
    ]);
    expect(g.ranked.map((x) => x.skillId)).toEqual(['cscce/communication/social-media', MENTORING]);
    expect(g.fit).toBeCloseTo(3 / 8, 12);
  });
  it('gives a perfect fit for no requirements and rejects unknown skills with their path', () => {
    expect(skillGaps(p, []).fit).toBe(1);
    expect(() => skillGaps(p, [{ frameworkId: W, skillId: 'cscce/x/y', level: 'working' }])).toThrow(
      /requirements\[0\]\.skillId/,
    );
  });
  it('careerPath climbs one level per step, essential skills first', () => {
    const path = careerPath(p, { skills: reqs });
    expect(path.steps.map((s) => [s.skillId, s.from, s.to])).toEqual([
      ['cscce/communication/social-media', 0, 1],
      ['cscce/communication/social-media', 1, 2],
      [MENTORING, 1, 2],
      [MENTORING, 2, 3],
    ]);
    expect(path.alreadyMet).toEqual([FACILITATION]);
  });
});

describe('teamCoverage and learningPairs', () => {
  const c = community([
    a('ana', MENTORING, 4, 'self'),
    a('bo', MENTORING, 1, 'self'),
    a('cy', MENTORING, 0, 'self'),
    a('ana', FACILITATION, 1, 'self'),
    a('bo', FACILITATION, 1, 'self'),
  ]);
  const team = ['ana', 'bo', 'cy', 'di'].map((id) => skillProfile(c, id, { asOf }));
  it('separates single-holder, uncovered and never-assessed skills, and lists unassessed members', () => {
    const cov = teamCoverage(team, cscceSkillsWheel);
    expect(cov.singleHolder).toEqual([{ skillId: MENTORING, memberId: 'ana' }]);
    expect(cov.uncovered).toEqual([FACILITATION]);
    expect(cov.notAssessed).toHaveLength(43);
    expect(cov.unassessed).toEqual(['di']);
    expect(cov.skills.find((s) => s.skillId === MENTORING)!.levels).toEqual([4, 1, 0, null]);
    expect(cov.families.find((f) => f.familyId === 'interpersonal')).toMatchObject({ skills: 9, covered: 1 });
  });
  it('an empty team covers nothing; duplicate members are rejected', () => {
    const cov = teamCoverage([], cscceSkillsWheel);
    expect(cov.notAssessed).toHaveLength(45);
    expect(cov.singleHolder).toEqual([]);
    expect(() => teamCoverage([team[0]!, team[0]!], cscceSkillsWheel)).toThrow(
      /profiles\[1\]\.memberId: duplicate member "ana"/,
    );
  });
  it('learningPairs pairs proficient teachers with learners below working, within teacher capacity', () => {
    const { candidates, plan } = learningPairs(team, cscceSkillsWheel, { maxPerTeacher: 1 });
    expect(candidates.map((x) => [x.teacherId, x.learnerId, x.score])).toEqual([
      ['ana', 'bo', 3],
      ['ana', 'cy', 4],
    ]);
    expect(plan.map((x) => x.learnerId)).toEqual(['cy']);
  });
});

describe('deriveAssessments', () => {
  it('turns activity counts in the window into derived levels by the thresholds', () => {
    const c = parseCommunity({
      name: 'x',
      members: [{ id: 'ana' }, { id: 'bo' }],
      activities: [
        ...[1, 2, 3].map((i) => ({ id: `h${i}`, memberId: 'ana', at: `2025-0${i}-10`, kind: 'host' })),
        { id: 'h4', memberId: 'ana', at: '2023-01-10', kind: 'host' },
        { id: 'p1', memberId: 'bo', at: '2025-05-01', kind: 'present' },
      ],
    });
    const d = deriveAssessments(c, { asOf });
    expect(d.map((x) => [x.memberId, x.skillId, x.level, x.source])).toEqual([
      ['ana', FACILITATION, 2, 'derived'],
      ['bo', 'cscce/communication/speaking-and-presenting', 1, 'derived'],
    ]);
    expect(d[0]!.evidence).toBe('host, gathering hosts: 3 in 365 days');
    expect(() =>
      deriveAssessments(c, {
        asOf,
        rules: [{ kinds: ['host'], frameworkId: W, skillId: FACILITATION, thresholds: [3, 1] }],
      }),
    ).toThrow(/options\.rules\[0\]\.thresholds/);
  });
});

describe('assessMaturity', () => {
  it('gives the stage per competency, the median stage and the weakest competencies', () => {
    const r = assessMaturity({
      strategy: 2,
      leadership: 3,
      culture: 2,
      'community-management': 'community',
      'content-and-programming': 3,
      'policies-and-governance': 1,
      tools: 3,
      'metrics-and-measurement': 'hierarchy',
    });
    expect(r.overall).toEqual({ stage: 2, stageName: 'Emergent Community', mean: 2.25 });
    expect(r.weakest).toEqual(['policies-and-governance', 'metrics-and-measurement']);
    expect(r.unanswered).toEqual([]);
  });
  it('lists unanswered competencies and rejects unknown ones, unknown stages and no answers', () => {
    expect(assessMaturity({ tools: 4 }).unanswered).toHaveLength(7);
    expect(() => assessMaturity({ vibes: 2, tools: 'cosmic' })).toThrow(
      /no competency "vibes"[\s\S]*answers\.tools: no stage "cosmic"/,
    );
    expect(() => assessMaturity({})).toThrow(/no competency was answered/);
  });
});

describe('translateProfile', () => {
  it('maps Roundtable levels onto the wheel, taking the highest source level per target', () => {
    const c = parseCommunity({
      name: 'x',
      members: [{ id: 'ana' }],
      skillAssessments: [
        {
          memberId: 'ana',
          frameworkId: 'roundtable-skills-framework',
          skillId: 'roundtable/technical/technical-support',
          level: 2,
          source: 'self',
          assessedAt: '2025-06-01',
        },
        {
          memberId: 'ana',
          frameworkId: 'roundtable-skills-framework',
          skillId: 'roundtable/technical/technology-issue-resolution',
          level: 3,
          source: 'self',
          assessedAt: '2025-06-01',
        },
      ],
    });
    const t = translateProfile(skillProfile(c, 'ana', { asOf }), roundtableToCscce);
    expect(t.levels['cscce/technical/technical-support']).toMatchObject({ frameworkId: W, level: 3 });
    expect(Object.keys(t.levels)).toEqual(['cscce/technical/technical-support']);
    expect(
      reverseCrosswalk(roundtableToCscce).pairs.find((p) => p.from === 'cscce/technical/technical-support')!
        .to,
    ).toEqual([
      'roundtable/engagement/response-and-escalation',
      'roundtable/technical/technical-support',
      'roundtable/technical/technology-issue-resolution',
    ]);
  });
});

describe('skillWheelSvg', () => {
  const sample = sampleCommunity();
  const profile = skillProfile(sample, 'm-001', { asOf });
  it('draws one wedge per skill, outlines for unassessed skills, and is deterministic', () => {
    const svg = skillWheelSvg(profile, cscceSkillsWheel);
    expect(isWellFormedXml(svg)).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(45);
    const assessedOnWheel = Object.values(profile.levels).filter((l) => l.frameworkId === W).length;
    expect(assessedOnWheel).toBeGreaterThan(0);
    expect(svg.match(/stroke-dasharray/g)).toHaveLength(45 - assessedOnWheel);
    expect(skillWheelSvg(profile, cscceSkillsWheel)).toBe(svg);
    expect(svg).toMatchSnapshot();
  });
  it('draws a team coverage as shares of the team', () => {
    const team = sample.members.slice(0, 10).map((m) => skillProfile(sample, m.id, { asOf }));
    const svg = skillWheelSvg(teamCoverage(team, cscceSkillsWheel), cscceSkillsWheel);
    expect(svg).toContain('Team coverage (10 members)');
  });
});

describe('skillProfiles', () => {
  const asOf = new Date('2026-01-01T00:00:00Z');
  const good = {
    memberId: 'a',
    frameworkId: 'cscce-skills-wheel',
    skillId: 'cscce/interpersonal/mentoring',
    level: 2,
    assessedAt: new Date('2025-01-01T00:00:00Z'),
    source: 'self' as const,
  };

  it('names a bad assessment of a wanted member by its index in the whole list, and ignores other members', () => {
    const assessments = [
      good,
      { ...good, memberId: 'b', skillId: 'no/such' },
      { ...good, skillId: 'no/such' },
    ];
    // b's bad assessment is not read when only a is wanted…
    expect(() => skillProfiles(assessments.slice(0, 2), ['a'], { asOf })).not.toThrow();
    // …and a's bad one is named by its place in the whole list, as skillProfile names it.
    expect(() => skillProfiles(assessments, ['a'], { asOf })).toThrow(
      /skillProfiles:[\s\S]*assessments\[2\]/,
    );
    expect(() => skillProfile(assessments, 'a', { asOf })).toThrow(/skillProfile:[\s\S]*assessments\[2\]/);
  });

  it('refuses ids that are not ids and unknown options', () => {
    expect(() => skillProfiles([good], ['__proto__'], { asOf })).toThrow(
      /skillProfiles:[\s\S]*memberIds\[0\]/,
    );
    expect(() => skillProfiles([good], 'a' as never, { asOf })).toThrow(/skillProfiles:[\s\S]*memberIds/);
    expect(() => skillProfiles([good], ['a'], { asOf, colour: 1 } as never)).toThrow(
      /skillProfiles:[\s\S]*options/,
    );
  });
});
