import { z } from 'zod';
import { DateInputSchema } from '../../model/dateInput.js';
import { RoleDefinitionSchema } from '../roleDefinition.js';

/** `at`: the instant at which assignments are read (required: no hidden clock). */
export const AtSchema = DateInputSchema;

/** A catalogue option: an array of role definitions (validated). */
export const CatalogueSchema = z.array(RoleDefinitionSchema).readonly();

/** True when assignment `a` is active at `t` (from ≤ t < to). */
export function isActiveAt(a: { from: Date; to?: Date | null | undefined }, t: number): boolean {
  return a.from.getTime() <= t && (a.to == null || a.to.getTime() > t);
}
