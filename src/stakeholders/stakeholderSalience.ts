import { match } from 'ts-pattern';
import { z } from 'zod';
import { type Stakeholder, StakeholderSchema } from '../model/stakeholder.js';
import { parseWith } from '../model/validate.js';
import { type StakeholderMapOptions, StakeholderMapOptionsSchema } from './stakeholderMapOptions.js';

/**
 * The stakeholder types of Mitchell, Agle and Wood (1997), and non-stakeholders.
 *
 * @example
 * ```ts
 * SalienceTypeSchema.options.length; // → 8
 * ```
 */
export const SalienceTypeSchema = z.enum([
  'dormant',
  'discretionary',
  'demanding',
  'dominant',
  'dangerous',
  'dependent',
  'definitive',
  'non-stakeholder',
]);

/** The stakeholder types of Mitchell, Agle and Wood (1997), and non-stakeholders. */
export type SalienceType = z.output<typeof SalienceTypeSchema>;

/**
 * A stakeholder's salience, from {@link stakeholderSalience}.
 *
 * @example
 * ```ts
 * SalienceClassificationSchema.shape.salience.options; // → ['none', 'latent', 'expectant', 'definitive']
 * ```
 */
export const SalienceClassificationSchema = z.object({
  stakeholderId: z.string(),
  name: z.string(),
  /** The attributes held (at or above the threshold). */
  attributes: z.object({ power: z.boolean(), legitimacy: z.boolean(), urgency: z.boolean() }),
  type: SalienceTypeSchema,
  /** latent (one attribute), expectant (two), definitive (three), none. */
  salience: z.enum(['none', 'latent', 'expectant', 'definitive']),
});

/** A stakeholder's salience. */
export type SalienceClassification = z.output<typeof SalienceClassificationSchema>;

/**
 * Stakeholder salience (Mitchell, Agle & Wood 1997): from which of power,
 * legitimacy and urgency a stakeholder holds, its type — dormant (power
 * only), discretionary (legitimacy only), demanding (urgency only), dominant
 * (power + legitimacy), dangerous (power + urgency), dependent (legitimacy +
 * urgency), definitive (all three) or non-stakeholder (none) — and its
 * salience class (latent, expectant, definitive). Sorted by salience, then id.
 *
 * @param stakeholders - stakeholders (ratings 0–1 or low/medium/high)
 * @param options - `threshold`: a rating at or above it counts as held
 * @returns the classifications
 * @throws {@link ValidationError} when a stakeholder is invalid
 *
 * @example
 * ```ts
 * stakeholderSalience([{ id: 'p', name: 'Publisher', power: 0.6, legitimacy: 0.3, urgency: 0.7 }])[0]?.type; // → 'dangerous'
 * ```
 */
export function stakeholderSalience(
  stakeholders: readonly z.input<typeof StakeholderSchema>[],
  options: StakeholderMapOptions = {},
): SalienceClassification[] {
  const list: Stakeholder[] = parseWith(
    'stakeholderSalience',
    z.array(StakeholderSchema),
    stakeholders,
    'stakeholders',
  );
  const { threshold } = parseWith('stakeholderSalience', StakeholderMapOptionsSchema, options, 'options');
  const rank = { definitive: 0, expectant: 1, latent: 2, none: 3 } as const;
  return list
    .map((s) => {
      const a = {
        power: s.power >= threshold,
        legitimacy: s.legitimacy >= threshold,
        urgency: s.urgency >= threshold,
      };
      const key = `${a.power ? 'P' : ''}${a.legitimacy ? 'L' : ''}${a.urgency ? 'U' : ''}`;
      const type = match(key)
        .with('', () => 'non-stakeholder' as const)
        .with('P', () => 'dormant' as const)
        .with('L', () => 'discretionary' as const)
        .with('U', () => 'demanding' as const)
        .with('PL', () => 'dominant' as const)
        .with('PU', () => 'dangerous' as const)
        .with('LU', () => 'dependent' as const)
        .otherwise(() => 'definitive' as const);
      const n = key.length;
      const salience =
        n === 0
          ? ('none' as const)
          : n === 1
            ? ('latent' as const)
            : n === 2
              ? ('expectant' as const)
              : ('definitive' as const);
      return { stakeholderId: s.id, name: s.name, attributes: a, type, salience };
    })
    .sort((x, y) => rank[x.salience] - rank[y.salience] || (x.stakeholderId < y.stakeholderId ? -1 : 1));
}
