import { describe, expect, it } from 'vitest';
import { changeDomain, linear, ticksOf } from '../../../src/charts/shared/axis.ts';
import { spreadLabels } from '../../../src/charts/shared/labels.ts';
import { contrast } from '../../../src/charts/matrix/layout.ts';
import { xAt } from '../../../src/charts/shared/fluid.ts';
import { PALETTE, SERIES, seriesColour } from '../../../src/charts/shared/palette.ts';
import { clip, listing, wrap } from '../../../src/charts/shared/text.ts';
import { fragment, h, textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';

describe('vnode markup', () => {
  it('escapes text and attributes, and leaves out false, null and undefined attributes', () => {
    const node = h('a', { href: '/x?a=1&b="2"', hidden: false, 'data-x': undefined, download: true }, '<b> & "c"');
    expect(toMarkup(node)).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;" download="">&lt;b&gt; &amp; "c"</a>');
  });
  it('writes numbers with at most two decimals, fragments without a wrapper, and void elements without an end tag', () => {
    expect(toMarkup(h('rect', { x: 1 / 3, width: 10 }))).toBe('<rect x="0.33" width="10"></rect>');
    expect(toMarkup(fragment(h('br'), 'a', null, false, 2))).toBe('<br>a2');
  });
  it('reads back the text a node shows', () => {
    expect(textOf(h('p', null, 'No ', h('em', null, 'data'), [' here']))).toBe('No data here');
  });
});

describe('axis', () => {
  it('labels ticks without trailing zeros', () => {
    expect(ticksOf(linear([0, 1], [0, 100]), 5).map((t) => t.label)).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
  });
  it('zooms a change axis on the values, rounded to tenths, inside the scale', () => {
    expect(changeDomain([0.478, 0.935], [0, 1])).toEqual([0.4, 1]);
    expect(changeDomain([0.01, 0.02], [0, 1])).toEqual([0, 0.1]);
    expect(changeDomain([], [0, 1])).toEqual([0, 1]);
  });
});

describe('spreadLabels', () => {
  it('keeps labels at least the gap apart, in order, inside the band', () => {
    const out = spreadLabels([50, 52, 51, 200], 10, 0, 100);
    const sorted = [...out].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i += 1) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(10 - 1e-9);
    expect(out[3]).toBe(100);
    expect(out[0]).toBeLessThan(out[2]!);
  });
  it('leaves well-separated labels where they are', () => {
    expect(spreadLabels([10, 40, 80], 12, 0, 100)).toEqual([10, 40, 80]);
  });
});

describe('text', () => {
  it('wraps at spaces and keeps long words whole', () => {
    expect(wrap('Government as a platform', 10)).toEqual(['Government', 'as a', 'platform']);
    expect(wrap('Telecommunication index', 8)).toEqual(['Telecommunication', 'index']);
  });
  it('clips with an ellipsis and lists in English', () => {
    expect(clip('Democratic Republic of the Congo', 12)).toBe('Democratic…');
    expect(listing(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listing(['A'])).toBe('A');
  });
});

describe('palette', () => {
  it('gives every country of a chart a distinct colour (up to eight), each ≥ 4.5:1 on white, none the reference colour', () => {
    expect(new Set(SERIES).size).toBe(SERIES.length);
    for (const c of [...SERIES, PALETTE.reference, PALETTE.muted]) expect(contrast(c, PALETTE.paper), c).toBeGreaterThanOrEqual(4.5);
    expect(SERIES).not.toContain(PALETTE.reference);
    expect(seriesColour(0, true)).toBe(PALETTE.reference);
    expect(seriesColour(SERIES.length)).toBe(SERIES[0]);
  });
});

describe('xAt', () => {
  it('writes a fraction of the width as a percentage when fluid, as pixels at a fixed width', () => {
    expect(xAt(0.4257)).toBe('42.57%');
    expect(xAt(0.5, 640)).toBe(320);
  });
});
