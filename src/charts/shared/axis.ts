/** Linear axes for the charts, wrapping d3-scale: a scale from a domain to pixels, and its labelled ticks. */
import { extent } from 'd3-array';
import { scaleLinear, type ScaleLinear } from 'd3-scale';

/** A tick: its position in pixels and its label. */
export interface Tick {
  at: number;
  label: string;
}

/** A linear scale from `domain` to `range` (pixels). */
export function linear(domain: readonly [number, number], range: readonly [number, number]): ScaleLinear<number, number> {
  return scaleLinear().domain(domain).range(range);
}

/** About `count` round ticks of a scale, labelled without trailing zeros (0, 0.2, … 1). */
export function ticksOf(scale: ScaleLinear<number, number>, count = 5): Tick[] {
  const format = scale.tickFormat(count, '~f');
  return scale.ticks(count).map((t) => ({ at: scale(t), label: format(t) }));
}

/**
 * A domain that shows change between editions: the values' extent, padded and rounded outwards to tenths,
 * kept inside the indicator's scale `limits`. Falls back to the limits when there are no values.
 */
export function changeDomain(values: readonly number[], limits: readonly [number, number]): [number, number] {
  const [lo, hi] = extent(values);
  if (lo === undefined || hi === undefined) return [limits[0], limits[1]];
  const pad = Math.max((hi - lo) * 0.1, 0.02);
  const floor = Math.max(limits[0], Math.floor((lo - pad) * 10) / 10);
  const ceil = Math.min(limits[1], Math.ceil((hi + pad) * 10) / 10);
  return floor < ceil ? [floor, ceil] : [limits[0], limits[1]];
}
