/**
 * A chart as a file: its SVG (drawn at a fixed width) inside a frame that draws in its title above it and its
 * source, edition, licence and address below, so the file can be quoted on its own. Pure: the build writes it
 * (and renders the PNG from it, png.ts); the compare page builds it in the browser for the view on screen.
 */
import type { Provenance } from '../../indicators/dataset.ts';
import { chartFileUrl } from '../../lib/urls.ts';
import { displayUrl, FONT_FAMILY } from '../shared/figure.ts';
import { PALETTE } from '../shared/palette.ts';
import { textWidth, wrap } from '../shared/text.ts';
import { h, num, toMarkup, type VNode } from '../shared/vnode.ts';

/** The font the files name first: Inter, which the PNG renderer is given (png.ts); a viewer without it uses the system's. */
export const EXPORT_FONT = 'Inter';

/** What the frame draws around a chart. */
export interface ExportText {
  title: string;
  sources: readonly Provenance[];
  /** The page the chart is on, as a full address. */
  page: string;
  /** Source and licence in words, for a chart of the hub's own records (no indicator edition to name). */
  credit?: { source: string; licence: string };
}

const PAD = 16;
const TITLE = 17;
const SMALL = 12;

/** Lines of `text` that fit `width` pixels at `size`. */
const lines = (text: string, width: number, size: number) => wrap(text, Math.max(20, Math.floor(width / textWidth('x', size))));

/** The lines under the chart: each source with its edition and address, the licence(s), and where the chart is from. */
export function footerText(t: ExportText): string[] {
  const end = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  if (t.credit) return [end(`Source: ${t.credit.source}`), end(`Licence: ${t.credit.licence}`), `Chart: E-Leaders hub, ${displayUrl(t.page)}.`];
  const sources = sourceGroups(t.sources).map((g) => {
    const [p] = g;
    if (g.length === 1) return `Source: ${p!.source} (${p!.shortName} ${p!.edition}), ${displayUrl(p!.sourceUrl)}.`;
    const editions = listOf(g.map((x) => String(x.edition)));
    return `Source: ${p!.source.replace(String(p!.edition), editions)} (${p!.shortName}, ${g.length} editions), ${displayUrl(p!.sourceUrl)}.`;
  });
  const licences = [...new Set(t.sources.map((p) => p.licence))];
  return [...sources, end(`Licence: ${licences.join('; ')}`), `Chart: E-Leaders hub, ${displayUrl(t.page)}.`];
}

/**
 * The sources in groups that read as one: editions of one publication series (the same address and licence, the
 * same words but for the edition's year) become one line, "UN E-Government Survey 2010, 2012 and 2014, …", instead
 * of a line each. Order kept; any other source stays on its own.
 */
export function sourceGroups(sources: readonly Provenance[]): Provenance[][] {
  const groups: Provenance[][] = [];
  const sameSeries = (a: Provenance, b: Provenance) =>
    a.sourceUrl === b.sourceUrl && a.licence === b.licence && a.shortName === b.shortName && a.edition !== b.edition &&
    a.source.split(String(a.edition)).length === 2 && a.source.replace(String(a.edition), String(b.edition)) === b.source;
  for (const p of sources) {
    const group = groups.find((g) => g.every((q) => sameSeries(q, p)));
    if (group) group.push(p);
    else groups.push([p]);
  }
  return groups;
}

/** "a", "a and b", "a, b and c". */
const listOf = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The framed SVG of `chart` (an SVG root drawn at a fixed width, in pixels). */
export function exportSvg(chart: VNode, t: ExportText): VNode {
  const w = Number(chart.attrs.width);
  const ch = Number(chart.attrs.height);
  if (!(w > 0 && ch > 0)) throw new Error(`export of "${t.title}": the chart must be drawn at a fixed width and height (got ${String(chart.attrs.width)} × ${String(chart.attrs.height)})`);
  const width = w + 2 * PAD;
  const title = lines(t.title, w, TITLE);
  const top = PAD + title.length * (TITLE + 5) + 8;
  const foot = footerText(t).flatMap((l) => lines(l, w, SMALL));
  const footY = top + ch + 16;
  const height = footY + foot.length * (SMALL + 5) + PAD;
  // The chart's own <title> and <desc> give way to the file's; its marks keep their attributes.
  const marks = chart.children.filter((c) => !(typeof c === 'object' && c && (c.tag === 'title' || c.tag === 'desc')));
  return h('svg', {
    xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${num(width)} ${num(height)}`, width: num(width), height: num(height),
    'font-family': `${EXPORT_FONT}, ${FONT_FAMILY}`, 'font-size': 13,
  },
  h('title', null, t.title),
  h('desc', null, footerText(t).join(' ')),
  h('rect', { width: '100%', height: '100%', fill: PALETTE.paper }),
  h('text', { x: PAD, y: PAD + TITLE, 'font-size': TITLE, 'font-weight': 700, fill: PALETTE.ink, 'data-export': 'title' },
    title.map((line, i) => h('tspan', { x: PAD, dy: i === 0 ? 0 : TITLE + 5 }, line))),
  h('g', { transform: `translate(${PAD} ${num(top)})` }, marks),
  h('text', { x: PAD, y: footY + SMALL, 'font-size': SMALL, fill: PALETTE.muted, 'data-export': 'source' },
    foot.map((line, i) => h('tspan', { x: PAD, dy: i === 0 ? 0 : SMALL + 5 }, line))),
  );
}

/** The framed SVG as the text of a file. */
export const exportMarkup = (chart: VNode, t: ExportText) => `<?xml version="1.0" encoding="UTF-8"?>\n${toMarkup(exportSvg(chart, t))}\n`;

/** "Download: SVG · PNG": links to the chart's files, with the names they are saved under. */
export function exportLinks(key: string, svgHref = chartFileUrl(key, 'svg'), pngHref: string | null = chartFileUrl(key, 'png')): VNode {
  const file = key.replace(/\//g, '-');
  // Not for search: every page would match "download" and its excerpts would end with these words.
  return h('span', { class: 'chart-export', 'data-export-links': key, 'data-pagefind-ignore': '' },
    'Download the chart: ',
    h('a', { href: svgHref, download: `${file}.svg`, 'data-export': 'svg' }, 'SVG'),
    pngHref ? [' · ', h('a', { href: pngHref, download: `${file}.png`, 'data-export': 'png' }, 'PNG')] : null,
    '.');
}
