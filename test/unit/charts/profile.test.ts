import { describe, expect, it } from 'vitest';
import { profileLayout } from '../../../src/charts/profile/layout.ts';
import { narrowProfileLayout } from '../../../src/charts/profile/narrow.ts';
import { profileFigure, profileTable } from '../../../src/charts/profile/render.ts';
import { describeProfile, profileState } from '../../../src/charts/profile/state.ts';
import { textOf, toMarkup } from '../../../src/charts/shared/vnode.ts';
import { synthetic } from './synthetic.ts';

const ds = synthetic();

describe('profileState', () => {
  it('has a cell per sub-indicator, undefined where there is no data, and the OECD average as reference', () => {
    const s = profileState(ds, 2021, ['CCC', 'AAA', 'FFF'], 'AAA');
    expect(s.metrics.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.rows.map((r) => [r.iso3, r.focus, r.cells.map((c) => c?.text)])).toEqual([
      ['CCC', false, ['0.2', undefined]],
      ['AAA', true, ['0.5', '0.7']],
      ['FFF', false, [undefined, undefined]],
    ]);
    expect(s.reference!.cells.map((c) => c?.text)).toEqual(['0.5', '0.5']);
  });
  it('never draws a measure on another scale, and says so', () => {
    const s = profileState(ds, 2019, ['AAA']);
    expect(s.metrics.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.notes).toContain('Weighted is on another scale (0–0.33) and not drawn here.');
    expect(s.reference).toBeUndefined();
  });
  it('describes every value, with "no data" for gaps', () => {
    expect(describeProfile(profileState(ds, 2021, ['CCC']))).toBe('Scores from 0 to 1. Côte: Alpha 0.2, Beta no data. OECD average: Alpha 0.5, Beta 0.5.');
  });
});

describe('profileLayout', () => {
  it('puts each dot inside its own panel at its value, and "no data" in the middle of the panel', () => {
    const l = profileLayout(profileState(ds, 2021, ['CCC', 'AAA']), 720);
    expect(l.panels).toHaveLength(2);
    const [alpha, beta] = l.panels;
    const aaa = l.rows[1]!.dots;
    expect(aaa[0]!.x).toBeCloseTo(alpha!.x0 + 6 + 0.5 * (alpha!.x1 - alpha!.x0 - 12), 5);
    expect(aaa[1]!.x).toBeCloseTo(beta!.x0 + 6 + 0.7 * (beta!.x1 - beta!.x0 - 12), 5);
    const gap = l.rows[0]!.dots[1]!;
    expect(gap.missing).toBe(true);
    expect(gap.x).toBeCloseTo((beta!.x0 + beta!.x1) / 2, 5);
    expect(alpha!.x1).toBeLessThan(beta!.x0);
    expect(beta!.x1).toBeLessThanOrEqual(720);
  });
  it('shrinks the headings until the longest word fits its panel', () => {
    const many = { ...profileState(ds, 2021, ['AAA']), metrics: Array.from({ length: 6 }, (_, i) => ({ id: `m${i}`, name: 'Telecommunication infrastructure' })) };
    many.rows = many.rows.map((r) => ({ ...r, cells: many.metrics.map(() => undefined) }));
    const l = profileLayout(many, 720);
    expect(l.headingSize).toBeLessThan(12);
    expect(l.headingSize).toBeGreaterThanOrEqual(10);
  });
});

describe('profileFigure', () => {
  it('says why there is no chart when no sub-indicator was published, instead of drawing zeros', () => {
    const only = { ...ds, observations: ds.observations.filter((o) => o.indicator === 'composite' || o.indicator === 'w') };
    const html = toMarkup(profileFigure(profileState(only, 2019, ['AAA']), 'p'));
    expect(html).not.toContain('<svg');
    expect(html).toContain('No sub-indicator values were published for the SYN 2019.');
  });
  it('has a table of the same numbers', () => {
    const t = textOf(profileTable(profileState(ds, 2021, ['CCC']), 't'));
    expect(t).toContain('Côte0.2no data');
    expect(t).toContain('OECD average0.50.5');
  });
});

describe('narrowProfileLayout', () => {
  it('stacks the panels, each heading above its rows, none overlapping the next, on a 300 px axis', () => {
    const s = profileState(ds, 2021, ['AAA', 'BBB', 'CCC']);
    const l = narrowProfileLayout(s, 300);
    expect(l.panels).toHaveLength(s.metrics.length);
    for (const [i, p] of l.panels.entries()) {
      expect(p.top).toBeGreaterThan(p.headingY);
      expect(p.bottom - p.top).toBe(s.rows.length * 22);
      if (i > 0) expect(p.headingY - 13).toBeGreaterThan(l.panels[i - 1]!.bottom);
    }
    expect(l.x(s.domain[1])).toBeLessThanOrEqual(300);
    expect(l.x(s.domain[0])).toBeGreaterThan(l.labelRight);
  });
});
