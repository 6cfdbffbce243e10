import { UsageError } from '../commands/command.js';

/** The value of `--seed`: an integer, or a UsageError (a seed of "abc" is a mistake, not a seed of NaN). */
export function seedFlag(value: unknown): number {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^-?\d{1,15}$/.test(value))
    throw new UsageError(`--seed must be an integer, not "${String(value)}"`);
  return Number(value);
}

/** The value of a flag that takes one of `choices`, or a UsageError naming them. */
export function choiceFlag<T extends string>(
  name: string,
  value: unknown,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (typeof value === 'string' && (choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(
    `--${name} must be ${choices.join(', ').replace(/, ([^,]*)$/, ' or $1')}, not "${String(value)}"`,
  );
}

/** Exactly `n` positional arguments (file names), or a UsageError. */
export function expectPositionals(command: string, positionals: readonly string[], n: number): void {
  if (positionals.length !== n)
    throw new UsageError(
      n === 0
        ? `"${command}" takes no arguments`
        : `"${command}" needs exactly ${n} file argument${n === 1 ? '' : 's'}`,
    );
}
