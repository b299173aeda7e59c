/**
 * Chart colours from the Okabe–Ito palette (safe for the common colour-vision deficiencies). Every mark
 * also carries a text label, so colour is never the only cue. Each colour has at least 3:1 contrast on white.
 */
export const PALETTE = {
  /** Countries: bars, dots, lines (Okabe–Ito blue, 5.1:1 on white). */
  country: '#0072b2',
  /** The OECD average reference (Okabe–Ito vermillion, 4.0:1 on white), always dashed as well. */
  reference: '#b34d00',
  /** Text. */
  ink: '#1b1f24',
  /** Secondary text, e.g. "no data" (7.5:1 on white). */
  muted: '#4a5561',
  /** Grid lines and the band behind the highlighted row. */
  grid: '#c9d1da',
  band: '#eef3f8',
} as const;

/** Dash pattern of reference lines. */
export const DASH = '5 3';
