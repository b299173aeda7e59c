/** The frame every chart shares: an accessible SVG root, and a <figure> naming title, note, source and edition. */
import type { Provenance } from '../../indicators/dataset.ts';
import { h, type Child, type Children, type VNode } from './vnode.ts';

/** What the SVG root needs: a page-unique id, its size, and the words that stand for it. */
export interface SvgFrame {
  id: string;
  /** Width in pixels, or `'fluid'`: as wide as its container, x positions in % (see fluid.ts), nothing scaled. */
  width: number | 'fluid';
  height: number;
  /** Which layout this is when a chart has two (see `figure`). */
  variant?: 'wide' | 'narrow';
  /** Short name of the chart (the SVG <title>). */
  title: string;
  /** What the chart shows, in words (the SVG <desc>): the numbers a sighted reader takes from it. */
  desc: string;
}

/** The charts' type: the system sans-serif on pages; the exports name the font they embed first (export.ts). */
export const FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';

/**
 * An `<svg role="img">` labelled by its own title and description. A fixed-size chart scales with its `viewBox`
 * (never above its drawn size, see global.css); a fluid one has no viewBox: its text is always drawn at its size.
 */
export function svgRoot(f: SvgFrame, ...children: Children): VNode {
  const fluid = f.width === 'fluid';
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: fluid ? undefined : `0 0 ${f.width} ${f.height}`,
      width: fluid ? '100%' : f.width,
      height: f.height,
      role: 'img',
      'aria-labelledby': `${f.id}-title ${f.id}-desc`,
      class: `chart-svg${fluid ? ' chart-fluid' : ''}${f.variant ? ` chart-${f.variant}` : ''}`,
      'font-family': FONT_FAMILY,
      'font-size': 13,
    },
    h('title', { id: `${f.id}-title` }, f.title),
    h('desc', { id: `${f.id}-desc` }, f.desc),
    ...children,
  );
}

/** An address as people read it in a citation: without the protocol or a trailing slash. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '');

/** "Source: <citation> (DGI 2023), <address>." for one or more editions, the address linked as in a reference list. */
export function sourceLine(sources: readonly Provenance[]): VNode {
  return h(
    'span',
    { class: 'chart-source' },
    'Source: ',
    sources.map((p, i) => [
      i > 0 ? '; ' : '',
      `${p.source} (${p.shortName} ${p.edition}), `,
      h('a', { href: p.sourceUrl }, displayUrl(p.sourceUrl)),
    ]).flat(),
    '.',
  );
}

/** The parts of a chart's figure. */
export interface FigureParts {
  id: string;
  kind: string;
  title: string;
  /** What a reader must know to read the chart honestly (a substituted measure, missing values…). */
  notes?: readonly string[];
  sources: readonly Provenance[];
  /** The SVG, or a paragraph saying why there is no chart. */
  body: Child;
  /**
   * A second SVG laid out for narrow columns (under 40rem, or 45rem with `wideFrom: 45`): the page shows one of
   * the two by a container query, so a phone reads labels at their drawn size. No JavaScript.
   */
  narrow?: VNode;
  /** A legend drawn as an SVG of its own, after the chart. */
  legend?: VNode;
  /** The width (rem) from which the wide layout shows; 40 unless the wide layout is drawn wider than 640 px. */
  wideFrom?: 40 | 45;
  /** Links to the chart as files (export.ts), written at the end of the caption. */
  exports?: Child;
  /** A table of the numbers, when the page does not already show them. */
  table?: Child;
}

/**
 * `<figure>`: the chart (fitted to its column: no sideways scrolling, so nothing to focus), its table, then its
 * caption with the export links.
 */
export function figure(p: FigureParts): VNode {
  const capId = `${p.id}-caption`;
  const wideFrom = p.narrow ? ` chart-wide-from-${p.wideFrom ?? 40}` : '';
  return h(
    'figure',
    { class: `chart chart-${p.kind}${wideFrom}`, id: p.id, 'data-chart': p.kind },
    // The SVG's labels repeat the table's numbers: Pagefind indexes the caption and the table, not the drawing.
    isSvg(p.body) ? h('div', { class: 'chart-body', 'data-pagefind-ignore': 'all' }, p.body, p.narrow, p.legend) : p.body,
    // HTML lets a figure's caption come only first or last: the table comes before it.
    p.table,
    h(
      'figcaption',
      { id: capId },
      h('span', { class: 'chart-title' }, p.title),
      ' ',
      (p.notes ?? []).map((n) => h('span', { class: 'chart-note' }, n, ' ')),
      sourceLine(p.sources),
      p.exports ? [' ', p.exports] : null,
    ),
  );
}

const isSvg = (c: Child) => typeof c === 'object' && c !== null && c.tag === 'svg';

/** Says, instead of a chart, why there is nothing to draw. */
export function noChart(text: string): VNode {
  return h('p', { class: 'chart-empty' }, text);
}
