import { z } from 'zod';
import type { ValidationIssue } from '../model/errors.js';
import { fail, parseWith } from '../model/validate.js';
import { type RoleDefinition, RoleDefinitionSchema } from './roleDefinition.js';

const CataloguesSchema = z.array(z.array(RoleDefinitionSchema));

/**
 * Combines role catalogues into one: the built-ins and your own. Within one
 * catalogue ids must be unique; across catalogues a later role with the same
 * id replaces the earlier one (that is how you override a built-in). The
 * result is checked as a whole: every `reportsTo` must name a role in it, and
 * the reporting lines may not form a cycle.
 *
 * @param catalogues - arrays of role definitions, in order of precedence (last wins)
 * @returns the combined roles, in order of first appearance
 * @throws {@link ValidationError} listing duplicate ids, unknown `reportsTo` targets and reporting cycles with their paths
 *
 * @example
 * ```ts
 * const roles = roleCatalog(communityOfPracticeRoles, [defineRole({ id: 'event-lead', name: 'Event Lead', summary: '…', reportsTo: 'community-manager', source: { title: 'Handbook', author: 'Us' } })]);
 * roles.length; // → 11
 * ```
 */
export function roleCatalog(...catalogues: readonly (readonly RoleDefinition[])[]): RoleDefinition[] {
  const parsed = parseWith('roleCatalog', CataloguesSchema, catalogues, 'catalogues');
  const issues: ValidationIssue[] = [];
  const byId = new Map<string, RoleDefinition>();
  const order: string[] = [];
  parsed.forEach((catalogue, c) => {
    const seen = new Set<string>();
    catalogue.forEach((role, r) => {
      if (seen.has(role.id))
        issues.push({
          path: `catalogues[${c}][${r}].id`,
          message: `duplicate role id "${role.id}"`,
          code: 'duplicate-id',
        });
      seen.add(role.id);
      if (!byId.has(role.id)) order.push(role.id);
      byId.set(role.id, role);
    });
  });
  const roles = order.map((id) => byId.get(id) as RoleDefinition);
  roles.forEach((role, i) => {
    if (role.reportsTo !== undefined && !byId.has(role.reportsTo))
      issues.push({
        path: `roles[${i}].reportsTo`,
        message: `role "${role.id}" reports to "${role.reportsTo}", which is not in the catalogue`,
        code: 'unknown-reference',
      });
  });
  // Reporting cycles: follow reportsTo from each role; a revisit on the current path is a cycle.
  const reported = new Set<string>();
  for (const start of roles) {
    const path: string[] = [];
    let current: RoleDefinition | undefined = start;
    while (current !== undefined && !reported.has(current.id)) {
      const at = path.indexOf(current.id);
      if (at >= 0) {
        const cycle = [...path.slice(at), current.id];
        issues.push({
          path: `roles[${order.indexOf(current.id)}].reportsTo`,
          message: `reporting lines form a cycle: ${cycle.join(' → ')}`,
          code: 'cycle',
        });
        break;
      }
      path.push(current.id);
      current = current.reportsTo === undefined ? undefined : byId.get(current.reportsTo);
    }
    for (const id of path) reported.add(id);
  }
  if (issues.length > 0) fail('roleCatalog', issues);
  return roles;
}
