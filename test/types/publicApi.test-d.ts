/**
 * Type tests of the public API (vitest typecheck: these are compiled, not run).
 * They import the package by name, as a user does, and pin what the compiler
 * accepts and refuses: options objects, results, the union inputs that act as
 * overloads, and the readonly built-in catalogues.
 */
import * as root from 'community-kit';
import {
  activityLog,
  type HealthReport,
  type HealthReportOptions,
  type HealthReportOptionsSchema,
  healthReport,
  memberFlow,
} from 'community-kit/health';
import { lineBatches, type SourceExtract, type SourceExtractSchema, textChunks } from 'community-kit/io';
import {
  type AssignmentResult,
  expertiseIndex,
  findExperts,
  type MentorMatching,
  matchMentors,
  solveAssignment,
} from 'community-kit/matching';
import {
  type Community,
  type CommunityInput,
  parseCommunity,
  safeParseCommunity,
  serializeCommunity,
  type ValidationError,
} from 'community-kit/model';
import {
  communityOfPracticeRoles,
  coreTeam,
  type RoleCoverage,
  type RoleCoverageOptions,
  type RoleCoverageOptionsSchema,
  type RoleDefinition,
  reportingDue,
  roleCatalog,
  roleCoverage,
  specialisedRoles,
  succession,
  workload,
} from 'community-kit/roles';
import { sampleCommunity } from 'community-kit/sample';
import {
  careerPath,
  cscceSkillsWheel,
  roundtableSkillsFramework,
  type SkillProfile,
  skillProfile,
  teamCoverage,
} from 'community-kit/skills';
import {
  type BetweennessResult,
  betweennessCentrality,
  findClusters,
  interactionGraph,
  interactionTies,
} from 'community-kit/stakeholders';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';

declare const community: Community;

describe('readonly built-in catalogues', () => {
  it('are accepted wherever a catalogue option is', () => {
    expectTypeOf(communityOfPracticeRoles).toEqualTypeOf<readonly RoleDefinition[]>();
    expectTypeOf(
      roleCoverage(community, { at: '2026-01-01', catalogue: communityOfPracticeRoles }),
    ).toEqualTypeOf<RoleCoverage>();
    workload(community, { at: '2026-01-01', catalogue: specialisedRoles });
    coreTeam(community, { at: '2026-01-01', catalogue: communityOfPracticeRoles });
    reportingDue(community, { asOf: '2026-01-01', catalogue: communityOfPracticeRoles });
    succession(community, { at: '2026-01-01', catalogue: communityOfPracticeRoles });
    expectTypeOf(roleCatalog(communityOfPracticeRoles, specialisedRoles)).toEqualTypeOf<RoleDefinition[]>();
  });

  it('built-in frameworks are accepted as frameworks and as the framework of a function', () => {
    const profile = skillProfile(community, 'm-001', {
      asOf: '2026-01-01',
      frameworks: [cscceSkillsWheel, roundtableSkillsFramework],
    });
    expectTypeOf(profile).toEqualTypeOf<SkillProfile>();
    teamCoverage([profile], cscceSkillsWheel);
  });
});

describe('options objects', () => {
  it('are the input types of their zod schemas (dates as string, number or Date)', () => {
    expectTypeOf<RoleCoverageOptions>().toEqualTypeOf<z.input<typeof RoleCoverageOptionsSchema>>();
    expectTypeOf<HealthReportOptions>().toEqualTypeOf<z.input<typeof HealthReportOptionsSchema>>();
    expectTypeOf<HealthReportOptions['asOf']>().toEqualTypeOf<string | number | Date>();
    healthReport(community, { asOf: new Date('2026-01-01') });
    healthReport(community, { asOf: 1_767_225_600_000 });
  });

  it('need the instants the library never guesses (asOf, at)', () => {
    // @ts-expect-error asOf is required: no hidden clock
    matchMentors(community, { method: 'optimal' });
    // @ts-expect-error asOf is required: no hidden clock
    healthReport(community, {});
    // @ts-expect-error at is required
    roleCoverage(community, {});
    expectTypeOf(
      matchMentors(community, { method: 'optimal', asOf: '2026-01-01' }),
    ).toEqualTypeOf<MentorMatching>();
  });

  it('refuse misspelled and mistyped options at compile time', () => {
    const index = expertiseIndex(community, { asOf: '2026-01-01' });
    // @ts-expect-error `topp` is not an option of findExperts
    findExperts(index, 'python', { topp: 3 });
    // @ts-expect-error top is a number
    findExperts(index, 'python', { top: '3' });
    // @ts-expect-error period is one of the period units
    healthReport(community, { asOf: '2026-01-01', period: 'fortnight' });
  });
});

describe('results', () => {
  it('are the output types of their schemas', () => {
    expectTypeOf(healthReport(community, { asOf: '2026-01-01' })).toEqualTypeOf<HealthReport>();
    expectTypeOf(roleCoverage(community, { at: '2026-01-01' }).vacancies).toEqualTypeOf<string[]>();
    expectTypeOf<SourceExtract>().toEqualTypeOf<z.output<typeof SourceExtractSchema>>();
  });

  it('parseCommunity gives a Community; safeParseCommunity a union narrowed by success', () => {
    expectTypeOf(parseCommunity).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseCommunity({})).toEqualTypeOf<Community>();
    const r = safeParseCommunity({});
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<Community>();
    else expectTypeOf(r.error).toEqualTypeOf<ValidationError>();
    expectTypeOf(serializeCommunity(community)).toEqualTypeOf<CommunityInput>();
    expectTypeOf(community.members[0]?.joinedAt).toEqualTypeOf<Date | undefined>();
  });
});

describe('union inputs (the overloads of the API)', () => {
  it('graph functions take a graphology graph or a tie list', () => {
    expectTypeOf(betweennessCentrality(interactionGraph(community))).toEqualTypeOf<BetweennessResult>();
    expectTypeOf(betweennessCentrality(interactionTies(community))).toEqualTypeOf<BetweennessResult>();
    findClusters(interactionTies(community), { seed: 1 });
    // @ts-expect-error a community is not a graph
    betweennessCentrality(community);
  });

  it('solveAssignment takes nested arrays or a flat Float64Array matrix', () => {
    expectTypeOf(solveAssignment([[1, 2]])).toEqualTypeOf<AssignmentResult>();
    expectTypeOf(
      solveAssignment({ rows: 1, cols: 2, data: new Float64Array(2) }),
    ).toEqualTypeOf<AssignmentResult>();
    // @ts-expect-error a matrix of strings
    solveAssignment([['1']]);
  });

  it('metrics take a community, its activities or a built log', () => {
    memberFlow(community, { unit: 'month' });
    memberFlow(community.activities, { unit: 'month' });
    memberFlow(activityLog(community), { unit: 'month' });
  });

  it('careerPath takes a role-like target or a list of requirements', () => {
    const profile = skillProfile(community, 'm-001', { asOf: '2026-01-01' });
    const need = {
      frameworkId: 'cscce-skills-wheel',
      skillId: 'cscce/interpersonal/mentoring',
      level: 'proficient',
    };
    careerPath(profile, [need]);
    careerPath(profile, { skills: [need] });
  });

  it('text inputs are strings, bytes or (async) iterables of chunks', () => {
    expectTypeOf(textChunks('a\nb')).toEqualTypeOf<AsyncGenerator<string>>();
    lineBatches(new Uint8Array(0));
    lineBatches(['a', new Uint8Array(0)]);
    // @ts-expect-error a number is not text
    lineBatches(42);
  });
});

describe('entry points', () => {
  it('the root re-exports each module’s functions with the same types', () => {
    expectTypeOf(root.healthReport).toEqualTypeOf(healthReport);
    expectTypeOf(root.roleCoverage).toEqualTypeOf(roleCoverage);
    // The demo generator is only in its own entry point, so apps do not ship it.
    expectTypeOf(root).not.toHaveProperty('sampleCommunity');
    expectTypeOf(sampleCommunity).returns.toEqualTypeOf<Community>();
    expectTypeOf(root.coreGroup).toEqualTypeOf<typeof import('community-kit/health').coreGroup>();
  });
});
