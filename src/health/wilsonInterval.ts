import { z } from 'zod';
import { parseWith } from '../model/validate.js';

const WilsonArgsSchema = z
  .strictObject({
    successes: z.number().int().min(0),
    trials: z.number().int().min(0),
    quantile: z.number().positive().finite(),
  })
  .refine((a) => a.successes <= a.trials, { message: 'expected successes ≤ trials', path: ['successes'] });

/**
 * The Wilson score interval of a proportion: where the true rate likely lies
 * given `successes` out of `trials` (Wilson 1927; the interval recommended
 * for small counts by Brown, Cai and DasGupta 2001, "Interval Estimation for
 * a Binomial Proportion"). Rates in the health report carry it, so 2 of 3
 * reads as "somewhere between 21% and 94%", not as 67%.
 *
 * @param successes - how many cases had the property (0 ≤ successes ≤ trials)
 * @param trials - how many cases there were
 * @param quantile - the normal quantile (1.96 for 95%, the default)
 * @returns `{ low, high }`, or null without trials
 * @throws {@link ValidationError} when the counts are not non-negative integers with successes ≤ trials
 *
 * @example
 * ```ts
 * const interval = wilsonInterval(2, 3);
 * [Math.round((interval?.low ?? 0) * 100), Math.round((interval?.high ?? 0) * 100)]; // → [21, 94]
 * wilsonInterval(0, 0); // → null
 * ```
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  quantile = 1.96,
): { low: number; high: number } | null {
  parseWith('wilsonInterval', WilsonArgsSchema, { successes, trials, quantile }, 'arguments');
  if (trials === 0) return null;
  const p = successes / trials;
  const q2 = quantile * quantile;
  const centre = (p + q2 / (2 * trials)) / (1 + q2 / trials);
  const half =
    (quantile / (1 + q2 / trials)) * Math.sqrt((p * (1 - p)) / trials + q2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
