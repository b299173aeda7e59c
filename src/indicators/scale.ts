/** An indicator's scale as numbers and as the text pages show ("0–1"). Pure: runs at build time and in the browser. */
import type { Scale } from '../schemas/indicator.ts';

/** The text of a scale, e.g. "0–1" or "0–0.33" (en dash): the one way the hub writes a scale. */
export function scaleText(s: Scale): string {
  return `${s.min}–${s.max}`;
}

/** Whether `value` lies on the scale, ends included. */
export function onScale(s: Scale, value: number): boolean {
  return value >= s.min && value <= s.max;
}
