/** The frame every chart shares: an accessible SVG root, and a <figure> naming title, note, source and edition. */
import type { Provenance } from '../../indicators/dataset.ts';
import { h, type Child, type Children, type VNode } from './vnode.ts';

/** What the SVG root needs: a page-unique id, its size, and the words that stand for it. */
export interface SvgFrame {
  id: string;
  width: number;
  height: number;
  /** Short name of the chart (the SVG <title>). */
  title: string;
  /** What the chart shows, in words (the SVG <desc>): the numbers a sighted reader takes from it. */
  desc: string;
}

/** An `<svg role="img">` labelled by its own title and description. */
export function svgRoot(f: SvgFrame, ...children: Children): VNode {
  return h(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${f.width} ${f.height}`,
      width: f.width,
      height: f.height,
      role: 'img',
      'aria-labelledby': `${f.id}-title ${f.id}-desc`,
      class: 'chart-svg',
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
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
  /** A table of the numbers, when the page does not already show them. */
  table?: Child;
}

/** `<figure>`: the chart in a region that scrolls sideways on small screens, then its caption and table. */
export function figure(p: FigureParts): VNode {
  const capId = `${p.id}-caption`;
  return h(
    'figure',
    { class: `chart chart-${p.kind}`, id: p.id, 'data-chart': p.kind },
    // The SVG's labels repeat the table's numbers: Pagefind indexes the caption and the table, not the drawing.
    isSvg(p.body) ? h('div', { class: 'chart-scroll', tabindex: 0, role: 'group', 'aria-labelledby': capId, 'data-pagefind-ignore': 'all' }, p.body) : p.body,
    h(
      'figcaption',
      { id: capId },
      h('span', { class: 'chart-title' }, p.title),
      ' ',
      (p.notes ?? []).map((n) => h('span', { class: 'chart-note' }, n, ' ')),
      sourceLine(p.sources),
    ),
    p.table,
  );
}

const isSvg = (c: Child) => typeof c === 'object' && c !== null && c.tag === 'svg';

/** Says, instead of a chart, why there is nothing to draw. */
export function noChart(text: string): VNode {
  return h('p', { class: 'chart-empty' }, text);
}
