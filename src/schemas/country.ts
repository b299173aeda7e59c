/** Countries (the 193 UN member states) and aggregates such as the OECD average. */
import type { Field } from './fields.ts';

/** Fields of a country (content/countries.yaml). */
export const countryFields = [
  { name: 'id', label: 'ISO 3166-1 alpha-3 code', kind: 'string', required: true },
  { name: 'name', label: 'Name', kind: 'string', required: true, hint: 'Short name as the OECD writes it' },
  { name: 'unName', label: 'UN name', kind: 'string', required: true, hint: 'Name as the UN E-Government Survey publishes it' },
  { name: 'oecd', label: 'OECD member', kind: 'boolean', required: true },
  { name: 'region', label: 'Region', kind: 'string', required: true },
  { name: 'subregion', label: 'Sub-region', kind: 'string', required: false },
] as const satisfies readonly Field[];

/** Fields of an aggregate (content/aggregates.yaml): a group average, never a country. */
export const aggregateFields = [
  { name: 'id', label: 'Code', kind: 'string', required: true },
  { name: 'name', label: 'Name', kind: 'string', required: true },
  { name: 'description', label: 'Description', kind: 'text', required: true },
] as const satisfies readonly Field[];
