import { fail, parseWith } from '../model/validate.js';
import { frameworkIssues } from './internal/frameworkIssues.js';
import { type SkillsFramework, type SkillsFrameworkInput, SkillsFrameworkSchema } from './skillsFramework.js';

/**
 * Validates a skills framework of your own — its schema, then unique family
 * and skill ids and no empty family (unless the framework is marked
 * `complete: false`) — and fills in the defaults.
 *
 * @param input - the framework as plain data
 * @returns the parsed framework
 * @throws {@link ValidationError} listing every problem with its path (`framework.families[1].skills[0].id: duplicate skill id "x"`)
 *
 * @example
 * ```ts
 * const ours = defineFramework({
 *   id: 'our-skills', name: 'Our skills',
 *   families: [{ id: 'care', name: 'Care', skills: [{ id: 'our/care/welcoming', name: 'Welcoming' }] }],
 *   scale: defaultProficiencyScale,
 * });
 * ours.families[0]?.skills[0]?.description; // → ''
 * ```
 */
export function defineFramework(input: SkillsFrameworkInput): SkillsFramework {
  const framework = parseWith('defineFramework', SkillsFrameworkSchema, input, 'framework');
  const issues = frameworkIssues(framework);
  if (issues.length > 0) fail('defineFramework', issues);
  return framework;
}
