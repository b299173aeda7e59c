/**
 * Model field -> Decap CMS field. Each field of src/schemas is declared once; this turns the same
 * declaration into the form widget, so the CMS writes exactly what the build accepts:
 *
 * - references to folder collections (meetings, practices) -> relation widgets;
 * - references to the taxonomy and country lists -> select widgets whose options are read from the
 *   same YAML files the build checks against (principles as numbers, as content writes them);
 * - enums -> select, dates -> date picker writing YYYY-MM-DD, whole numbers -> number widget writing
 *   integers, other numbers -> number widget writing decimals, lists -> list widgets.
 *
 * Required flags follow what the build refuses: a required list without a minimum may be empty, so
 * the CMS does not demand an item, and writes `[]` by default so the field is always present.
 */
import type { Field, RefCollection } from '../schemas/fields.ts';
import { NUMERIC_REFS } from '../schemas/fields.ts';

/** A Decap field: plain data, serialised into the admin bundle. */
export type DecapField = {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  fields?: DecapField[];
  field?: DecapField;
} & Record<string, unknown>;

/** One option of a select widget. */
export interface Option {
  label: string;
  value: string | number;
}

/** The select options of each list-file reference (countries, principles, dimensions). */
export type RefOptions = Record<Exclude<RefCollection, 'meetings' | 'practices'>, Option[]>;

/**
 * How a relation to a folder collection searches and shows its entries. `{{fields.year}}`, not
 * `{{year}}`: Decap reads `{{year}}` as a date tag, which a relation's options leave empty.
 */
export const RELATIONS = {
  meetings: { search_fields: ['year', 'city', 'title'], display_fields: ['{{fields.year}} {{city}}: {{title}}'] },
  practices: { search_fields: ['title', 'country'], display_fields: ['{{title}} ({{country}})'] },
} as const;

function isFolderRef(c: RefCollection): c is keyof typeof RELATIONS {
  return c in RELATIONS;
}

/** Whether the build refuses an entry whose value for `f` is missing or empty. */
export function buildRequiresValue(f: Field): boolean {
  if (!f.required) return false;
  if (f.kind === 'list') return (f.min ?? 0) > 0;
  if (f.kind === 'strings') return false;
  if ((f.kind === 'relation' || f.kind === 'select') && 'multiple' in f && f.multiple) return ('min' in f && (f.min ?? 0) > 0) || false;
  return true;
}

function minMax(f: { min?: number; max?: number }): Record<string, number> {
  return { ...(f.min !== undefined ? { min: f.min } : {}), ...(f.max !== undefined ? { max: f.max } : {}) };
}

function relationWidget(f: Extract<Field, { kind: 'relation' }>, options: RefOptions): Record<string, unknown> {
  const multiple = f.multiple ? { multiple: true, ...minMax(f) } : {};
  if (isFolderRef(f.collection)) {
    return { widget: 'relation', collection: f.collection, value_field: '{{slug}}', ...RELATIONS[f.collection], options_length: 50, ...multiple };
  }
  return { widget: 'select', options: options[f.collection], ...multiple };
}

function widgetFor(f: Field, options: RefOptions): Record<string, unknown> {
  switch (f.kind) {
    case 'string':
      return { widget: 'string' };
    case 'text':
      return { widget: 'text' };
    case 'url':
      return { widget: 'string', pattern: ['^https?://[^\\s]+$', 'Write a full address starting with https://'] };
    case 'date':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
    case 'boolean':
      return { widget: 'boolean', ...(f.required ? { default: false } : {}) };
    case 'integer':
      return { widget: 'number', value_type: 'int', ...minMax(f) };
    case 'number':
      return { widget: 'number', value_type: 'float', ...minMax(f) };
    case 'select':
      return { widget: 'select', options: f.options.map((o) => ({ label: o.label, value: o.value })), ...(f.multiple ? { multiple: true } : {}) };
    case 'relation':
      return relationWidget(f, options);
    case 'strings':
      return { widget: 'list', field: { name: 'item', label: f.label, widget: 'text', required: true } };
    case 'list': {
      const first = f.fields[0]!;
      return { widget: 'list', collapsed: true, summary: `{{fields.${first.name}}}`, ...(f.min ? { min: f.min } : {}), fields: f.fields.map((x) => toDecapField(x, options)) };
    }
    case 'object':
      return { widget: 'object', fields: f.fields.map((x) => toDecapField(x, options)) };
  }
}

/** The Decap field for one model field. */
export function toDecapField(f: Field, options: RefOptions): DecapField {
  const widget = widgetFor(f, options);
  // A required list the build allows to be empty: not demanded by the form, but always written.
  // A required multiple select starts as an empty list too: Decap's select otherwise sets [] itself when
  // the form opens, and a new entry nobody has touched says "unsaved changes".
  const alwaysPresent = (f.required && !buildRequiresValue(f)) || (buildRequiresValue(f) && widget.widget === 'select' && widget.multiple === true);
  return {
    name: f.name,
    label: f.label,
    ...widget,
    required: buildRequiresValue(f),
    ...(alwaysPresent ? { default: [] } : {}),
    ...(f.hint ? { hint: f.hint } : {}),
  } as DecapField;
}

/** Select options from the list files, in the shape the build reads them (see src/content/refs.ts). */
export function refOptions(lists: {
  countries: readonly { id: string; name: string }[];
  principles: readonly { id: string; short: string }[];
  dimensions: readonly { id: string; name: string }[];
}): RefOptions {
  const numeric = (c: RefCollection, id: string) => (NUMERIC_REFS.has(c) ? Number(id) : id);
  return {
    countries: [...lists.countries]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((c) => ({ label: `${c.name} (${c.id})`, value: c.id })),
    principles: lists.principles.map((p) => ({ label: `${p.id}. ${p.short}`, value: numeric('principles', p.id) })),
    dimensions: lists.dimensions.map((d) => ({ label: d.name, value: d.id })),
  };
}
