/**
 * What the charts across editions (slope, line) share: one measure of a few countries and the OECD average,
 * one point per edition. A missing value has neither `text` nor `value`, and is never drawn or bridged. Pure types.
 */
import type { Provenance } from '../../indicators/dataset.ts';

/** A value of one edition; `text` and `value` are absent when there is no data. */
export interface EditionPoint {
  edition: number;
  text?: string;
  value?: number;
}

/** One country (or the OECD average) across the editions. */
export interface EditionLine<P extends EditionPoint = EditionPoint> {
  iso3: string;
  name: string;
  reference: boolean;
  points: P[];
}

/** A measure across editions, without pixels. */
export interface EditionsState<P extends EditionPoint = EditionPoint> {
  dataset: string;
  shortName: string;
  metric: { id: string; name: string };
  /** The editions drawn, oldest first; all of one series, so comparable. */
  editions: number[];
  /** The indicator's scale, inside which the axis is zoomed. */
  limits: [number, number];
  lines: EditionLine<P>[];
  notes: string[];
  sources: Provenance[];
}

/** The values drawn, for the axis domain. */
export const valuesOf = (s: EditionsState): number[] =>
  s.lines.flatMap((l) => l.points.flatMap((p) => (p.value === undefined ? [] : [p.value])));
