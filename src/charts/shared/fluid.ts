/**
 * Fluid charts: drawn as wide as their container with no viewBox, so text is never scaled. A horizontal position
 * is a fraction of the width, written as a percentage (`40%`), or as pixels when the chart is drawn at a fixed
 * width (the export files). Vertical positions are always pixels. Pure.
 */
import { num } from './vnode.ts';

/** The x attribute of a fraction `f` of the width: `"f%"` when fluid (`width` undefined), else pixels. */
export function xAt(f: number, width?: number): string | number {
  return width === undefined ? `${num(f * 100)}%` : f * width;
}
