import { match } from 'ts-pattern';
import { z } from 'zod';
import { type Stakeholder, StakeholderSchema } from '../model/stakeholder.js';
import { parseWith } from '../model/validate.js';

/**
 * Options of {@link powerInterestGrid} and {@link stakeholderSalience}.
 *
 * @example
 * ```ts
 * StakeholderMapOptionsSchema.parse({}); // → { threshold: 0.5 }
 * ```
 */
export const StakeholderMapOptionsSchema = z.object({
  /** A rating at or above this counts as high (ratings are 0–1; low/medium/high read as 1/6, 1/2, 5/6). */
  threshold: z.number().min(0).max(1).default(0.5),
});

/** Options of the stakeholder maps. */
export type StakeholderMapOptions = z.input<typeof StakeholderMapOptionsSchema>;

/** The four quadrants of Mendelow's power/interest grid. */
export type PowerInterestQuadrant = 'manage-closely' | 'keep-satisfied' | 'keep-informed' | 'monitor';

/** A stakeholder placed on the power/interest grid. */
export interface PowerInterestPlacement {
  stakeholderId: string;
  name: string;
  power: number;
  interest: number;
  quadrant: PowerInterestQuadrant;
  /** What to do, and how often (our recommendation). */
  engagement: string;
  cadence: 'monthly' | 'quarterly' | 'twice a year';
}

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
  const order: PowerInterestQuadrant[] = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'];
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

/** The stakeholder types of Mitchell, Agle and Wood (1997), and non-stakeholders. */
export type SalienceType =
  | 'dormant'
  | 'discretionary'
  | 'demanding'
  | 'dominant'
  | 'dangerous'
  | 'dependent'
  | 'definitive'
  | 'non-stakeholder';

/** A stakeholder's salience. */
export interface SalienceClassification {
  stakeholderId: string;
  name: string;
  /** The attributes held (at or above the threshold). */
  attributes: { power: boolean; legitimacy: boolean; urgency: boolean };
  type: SalienceType;
  /** latent (one attribute), expectant (two), definitive (three), none. */
  salience: 'none' | 'latent' | 'expectant' | 'definitive';
}

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
