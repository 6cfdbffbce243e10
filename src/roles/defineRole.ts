import { parseWith } from '../model/validate.js';
import { type RoleDefinition, type RoleDefinitionInput, RoleDefinitionSchema } from './roleDefinition.js';

/**
 * Validates a role definition of your own and fills in the defaults, so it can
 * be combined with the built-in catalogues in `roleCatalog`.
 *
 * @param input - the role, as plain data
 * @returns the parsed role
 * @throws {@link ValidationError} naming every bad field (`role.allocation.max: …`)
 *
 * @example
 * ```ts
 * const eventLead = defineRole({ id: 'event-lead', name: 'Event Lead', summary: 'Runs our events.', source: { title: 'Our handbook', author: 'Us' } });
 * eventLead.holders; // → { min: 1 }
 * ```
 */
export function defineRole(input: RoleDefinitionInput): RoleDefinition {
  return parseWith('defineRole', RoleDefinitionSchema, input, 'role');
}
