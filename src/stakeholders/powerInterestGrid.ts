import { match } from 'ts-pattern';
import { z } from 'zod';
import { type Stakeholder, StakeholderSchema } from '../model/stakeholder.js';
import { parseWith } from '../model/validate.js';
import { type StakeholderMapOptions, StakeholderMapOptionsSchema } from './stakeholderMapOptions.js';

/**
 * The four quadrants of Mendelow's power/interest grid, in order of attention.
 *
 * @example
 * ```ts
 * PowerInterestQuadrantSchema.options; // → ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor']
 * ```
 */
export const PowerInterestQuadrantSchema = z.enum([
  'manage-closely',
  'keep-satisfied',
  'keep-informed',
  'monitor',
]);

/** The four quadrants of Mendelow's power/interest grid. */
export type PowerInterestQuadrant = z.output<typeof PowerInterestQuadrantSchema>;

/**
 * A stakeholder placed on the power/interest grid by {@link powerInterestGrid}.
 *
 * @example
 * ```ts
 * PowerInterestPlacementSchema.shape.cadence.options; // → ['monthly', 'quarterly', 'twice a year']
 * ```
 */
export const PowerInterestPlacementSchema = z.object({
  stakeholderId: z.string(),
  name: z.string(),
  power: z.number(),
  interest: z.number(),
  quadrant: PowerInterestQuadrantSchema,
  /** What to do, and how often (our recommendation). */
  engagement: z.string(),
  cadence: z.enum(['monthly', 'quarterly', 'twice a year']),
});

/** A stakeholder placed on the power/interest grid. */
export type PowerInterestPlacement = z.output<typeof PowerInterestPlacementSchema>;

/**
 * Mendelow's power/interest grid (Mendelow 1991): each stakeholder in one of
 * four quadrants — **manage closely** (high power, high interest), **keep
 * satisfied** (high power, low interest), **keep informed** (low power, high
 * interest), **monitor** (low, low) — with a recommended engagement and
 * cadence (our own recommendation: monthly, quarterly, monthly updates, twice
 * a year). A rating equal to the threshold counts as high. Sorted by quadrant,
 * then by power + interest, then id.
 *
 * @param stakeholders - stakeholders (parsed or as input: ratings may be low/medium/high)
 * @param options - `threshold`
 * @returns the placements
 * @throws {@link ValidationError} when a stakeholder is invalid
 *
 * @example
 * ```ts
 * powerInterestGrid([{ id: 'f', name: 'Funder', power: 'high', interest: 'high' }])[0]?.quadrant; // → 'manage-closely'
 * ```
 */
export function powerInterestGrid(
  stakeholders: readonly z.input<typeof StakeholderSchema>[],
  options: StakeholderMapOptions = {},
): PowerInterestPlacement[] {
  const list: Stakeholder[] = parseWith(
    'powerInterestGrid',
    z.array(StakeholderSchema),
    stakeholders,
    'stakeholders',
  );
  const { threshold } = parseWith('powerInterestGrid', StakeholderMapOptionsSchema, options, 'options');
  const order = PowerInterestQuadrantSchema.options;
  return list
    .map((s) => {
      const hp = s.power >= threshold;
      const hi = s.interest >= threshold;
      const quadrant: PowerInterestQuadrant = hp
        ? hi
          ? 'manage-closely'
          : 'keep-satisfied'
        : hi
          ? 'keep-informed'
          : 'monitor';
      const [engagement, cadence] = match(quadrant)
        .with(
          'manage-closely',
          () => ['involve in decisions and report progress in person', 'monthly'] as const,
        )
        .with(
          'keep-satisfied',
          () => ['brief on outcomes and risks that touch their interests', 'quarterly'] as const,
        )
        .with('keep-informed', () => ['share news and invite to take part', 'monthly'] as const)
        .with('monitor', () => ['watch for changes in their power or interest', 'twice a year'] as const)
        .exhaustive();
      return {
        stakeholderId: s.id,
        name: s.name,
        power: s.power,
        interest: s.interest,
        quadrant,
        engagement,
        cadence,
      };
    })
    .sort(
      (a, b) =>
        order.indexOf(a.quadrant) - order.indexOf(b.quadrant) ||
        b.power + b.interest - (a.power + a.interest) ||
        (a.stakeholderId < b.stakeholderId ? -1 : 1),
    );
}
