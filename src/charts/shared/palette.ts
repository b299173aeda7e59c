/**
 * Chart colours. Every mark also carries a text label, so colour is never the only cue. Every colour here has at
 * least 4.5:1 contrast on white, so it may colour text as well as lines (3:1 is the floor for graphics).
 */
export const PALETTE = {
  /** Countries: bars, dots, lines (Okabe–Ito blue, 5.2:1 on white). */
  country: '#0072b2',
  /** The OECD average reference (a dark vermillion, 5.3:1 on white), always dashed as well. */
  reference: '#b34d00',
  /** Text. */
  ink: '#1b1f24',
  /** Secondary text, e.g. "no data" (7.5:1 on white). */
  muted: '#4a5561',
  /** Grid lines and the band behind the highlighted row. */
  grid: '#c9d1da',
  band: '#eef3f8',
  /** The page background the contrasts are measured against. */
  paper: '#ffffff',
} as const;

/**
 * One colour per country when several share a chart (slope, line): distinct hues, each ≥ 4.5:1 on white, none
 * close to the reference's vermillion. Past eight countries the colours repeat; the labels still name each line.
 */
export const SERIES = ['#0072b2', '#1b7f4b', '#8f3fb0', '#c7233a', '#7a5c00', '#0e6e7a', '#a63b7a', '#3d4fb8'] as const;

/** The colour of the `i`-th country of a chart, or the reference colour. */
export const seriesColour = (i: number, reference = false): string => (reference ? PALETTE.reference : SERIES[i % SERIES.length]!);

/** Dash pattern of reference lines. */
export const DASH = '5 3';
