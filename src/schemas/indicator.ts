/** Indicator definitions (content/indicators/<id>.yaml) and their observations (<id>.csv). */
import { z } from 'zod';
import type { EntryOf, Field, RuleIssue, Rules } from './fields.ts';

/** Fields of a scale: the lowest and the highest value a measure can take, e.g. 0 and 1. */
export const scaleFields = [
  { name: 'min', label: 'Lowest value', kind: 'number', required: true },
  { name: 'max', label: 'Highest value', kind: 'number', required: true },
] as const satisfies readonly Field[];

/** A scale as numbers; its text ("0–1") is derived by `scaleText` (src/indicators/scale.ts). */
export type Scale = EntryOf<typeof scaleFields>;

/** Fields of one measure of an indicator: its composite or a sub-indicator. */
export const metricFields = [
  { name: 'id', label: 'Id', kind: 'string', required: true, hint: 'As in the indicator column of the CSV' },
  { name: 'name', label: 'Name', kind: 'string', required: true },
  { name: 'composite', label: 'Composite score', kind: 'boolean', required: false },
  { name: 'scale', label: 'Scale', kind: 'object', fields: scaleFields, required: false, hint: 'Only when it differs from the indicator scale, e.g. { min: 0, max: 0.33 }' },
  { name: 'description', label: 'Description', kind: 'text', required: false },
] as const satisfies readonly Field[];

/** Fields of one edition of an indicator. */
export const editionFields = [
  { name: 'year', label: 'Edition', kind: 'integer', min: 2000, max: 2100, required: true },
  { name: 'published', label: 'Published on', kind: 'date', required: false },
  { name: 'dataCollected', label: 'Data collected', kind: 'string', required: false },
  { name: 'series', label: 'Comparable series', kind: 'string', required: true, hint: 'Editions with the same series can be drawn on one axis' },
  { name: 'source', label: 'Source', kind: 'string', required: true },
  { name: 'sourceUrl', label: 'Source address', kind: 'url', required: true },
  { name: 'coverage', label: 'Coverage', kind: 'text', required: false },
  { name: 'partial', label: 'Partial edition', kind: 'text', required: false, hint: 'Why only part of the edition is here; a partial edition is never the default view' },
] as const satisfies readonly Field[];

/** Fields of an indicator definition. */
export const indicatorFields = [
  { name: 'name', label: 'Name', kind: 'string', required: true },
  { name: 'shortName', label: 'Short name', kind: 'string', required: true },
  { name: 'publisher', label: 'Publisher', kind: 'string', required: true },
  { name: 'description', label: 'Description', kind: 'text', required: true },
  { name: 'scale', label: 'Scale', kind: 'object', fields: scaleFields, required: true, hint: 'Lowest and highest value, e.g. { min: 0, max: 1 }' },
  { name: 'metrics', label: 'Composite and sub-indicators', kind: 'list', fields: metricFields, required: true },
  { name: 'editions', label: 'Editions', kind: 'list', fields: editionFields, required: true },
  { name: 'methodologyUrl', label: 'Methodology', kind: 'url', required: true },
  { name: 'licence', label: 'Licence and terms', kind: 'text', required: true },
  { name: 'notes', label: 'Notes', kind: 'strings', required: false },
] as const satisfies readonly Field[];

/** A scale that holds no value is refused: its lowest value must be below its highest. */
export const indicatorRules: Rules<typeof indicatorFields> = (indicator) => {
  const bad = (s: Scale) => !(s.min < s.max);
  const issue = (path: (string | number)[], s: Scale): RuleIssue => ({
    path: [...path, 'max'],
    message: `${s.max} is not above the lowest value ${s.min}: a scale runs from min up to max, e.g. { min: 0, max: 1 }`,
  });
  return [
    ...(bad(indicator.scale) ? [issue(['scale'], indicator.scale)] : []),
    ...indicator.metrics.flatMap((m, i) => (m.scale && bad(m.scale) ? [issue(['metrics', i, 'scale'], m.scale)] : [])),
  ];
};

/** One row of an observations CSV: the value is kept as published text, never re-rounded. */
export const observationSchema = z.strictObject({
  iso3: z.string().regex(/^[A-Z]{3,4}$/, 'expected an ISO 3166-1 alpha-3 code in capitals, or OECD'),
  country: z.string().min(1, 'the country name as published must not be empty'),
  edition: z.string().regex(/^\d{4}$/, 'expected a four-digit edition year').transform(Number),
  indicator: z.string().regex(/^[a-z_]+$/, 'expected a metric id in lower case, e.g. composite'),
  value: z.string().regex(/^\d+(\.\d+)?$/, 'expected a plain decimal number such as 0.935 (no blanks, no "n/a")'),
});

/**
 * One published value, as in content/indicators/<id>.csv (`value` is the published text). The one observation
 * type: the content check, the import, the datasets (/data/<id>.json), edition tables and downloads all use it.
 */
export type Observation = z.infer<typeof observationSchema>;

/** An observation as the build stores it: the CSV row plus the indicator it belongs to. */
export const storedObservationSchema = observationSchema.extend({
  /** The indicator id, e.g. dgi (the CSV file name). */
  dataset: z.string(),
});
