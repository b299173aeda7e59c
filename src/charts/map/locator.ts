/** A locator map: the world's land as one grey outline and one country highlighted, small and without links. */
import { PALETTE } from '../shared/palette.ts';
import { h, type VNode } from '../shared/vnode.ts';
import { locator, type MapFrame } from './geometry.ts';

/** Small and coarse: 240 × 124, whole pixels, points under 1.2 px apart merged. */
export const LOCATOR: MapFrame = { width: 240, height: 124, digits: 0, tolerance: 1.2 };

/** The locator of `iso3` named `name`; a country too small for the 1:110m map is marked by a ring instead. */
export function locatorSvg(iso3: string, name: string, id: string): VNode {
  const { land, country } = locator(LOCATOR, iso3);
  return h('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${LOCATOR.width} ${LOCATOR.height}`, width: LOCATOR.width, height: LOCATOR.height,
    role: 'img', 'aria-labelledby': `${id}-title`, class: 'chart-svg locator', 'data-locator': iso3,
  },
  h('title', { id: `${id}-title` }, country ? `Where ${name} is, on a world map` : `${name} is too small for this world map`),
  h('path', { d: land, fill: PALETTE.grid }),
  country ? h('path', { d: country, fill: PALETTE.reference, stroke: PALETTE.reference, 'stroke-width': 1 }) : null);
}
