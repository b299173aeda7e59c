/** Reading whole-number options of the command-line scripts, with errors that say what to type. */

/**
 * `value` as a whole number of at least `min`, or `fallback` when it is absent.
 * Throws e.g. `--practices must be a whole number of at least 1, e.g. --practices 2000 (got "lots")`.
 */
export function wholeNumber(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  const n = Number(value.replace(/_/g, ''));
  if (!Number.isInteger(n) || n < min) {
    throw new Error(`--${name} must be a whole number of at least ${min}, e.g. --${name} ${Math.max(min, fallback)} (got "${value}")`);
  }
  return n;
}
