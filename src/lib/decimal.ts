/** Exact arithmetic on decimals written as text ("0.935", "0.90"), so a difference has no binary rounding. Pure. */

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** `b - a` as text, with as many decimals as the more precise of the two (e.g. "0.935" - "0.90" = "0.035"); undefined when either is not a decimal. */
export function decimalDiff(b: string, a: string): string | undefined {
  if (!DECIMAL.test(b) || !DECIMAL.test(a)) return undefined;
  const places = Math.max(b.split('.')[1]?.length ?? 0, a.split('.')[1]?.length ?? 0);
  const scaled = (s: string) => {
    const [int, frac = ''] = s.replace('-', '').split('.');
    const n = BigInt(int! + frac.padEnd(places, '0'));
    return s.startsWith('-') ? -n : n;
  };
  const d = scaled(b) - scaled(a);
  const neg = d < 0n;
  const digits = (neg ? -d : d).toString().padStart(places + 1, '0');
  const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return neg ? `-${text}` : text;
}
