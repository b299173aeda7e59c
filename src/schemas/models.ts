/**
 * Every model of the hub in one table: its folder or file under content/, its format and its fields.
 * The build (src/content.config.ts), the content check and the CMS config all read this table.
 */
import type { z } from 'zod';
import type { EntryOf, Field, Refs, RuleIssue } from './fields.ts';
import { typedSchema } from './fields.ts';
import { aggregateFields, countryFields } from './country.ts';
import { indicatorFields, indicatorRules } from './indicator.ts';
import { meetingFields } from './meeting.ts';
import { allMeetingRules } from './meeting-rules.ts';
import { practiceFields } from './practice.ts';
import { reviewFields } from './review.ts';
import { reviewRules } from './review-rules.ts';
import { statementFields } from './statement.ts';
import { statementRules } from './statement-rules.ts';
import { dimensionFields, principleFields } from './taxonomy.ts';

/** How a model is stored under content/. */
export interface Model {
  /** Collection name. */
  name: string;
  /** Singular noun for messages and labels. */
  singular: string;
  /** `folder`: one file per entry (the file name is the id); `list`: one YAML file holding a list with ids. */
  storage: 'folder' | 'list';
  /** Folder or file path relative to content/. */
  path: string;
  /** File extension of folder entries. */
  extension?: 'mdx' | 'yaml';
  /** Extension of data files that sit beside the entries (the observations of an indicator). */
  companion?: 'csv';
  fields: readonly Field[];
  /** Model-level rules (see `Rules` in fields.ts), run once the fields are valid, wherever the schema is used. */
  rules?: (entry: never, refs: Refs) => readonly RuleIssue[];
}

/** The models, in the order a person reads about them. */
export const MODELS = {
  principles: { name: 'principles', singular: 'principle', storage: 'list', path: 'principles.yaml', fields: principleFields },
  dimensions: { name: 'dimensions', singular: 'dimension', storage: 'list', path: 'dimensions.yaml', fields: dimensionFields },
  countries: { name: 'countries', singular: 'country', storage: 'list', path: 'countries.yaml', fields: countryFields },
  aggregates: { name: 'aggregates', singular: 'aggregate', storage: 'list', path: 'aggregates.yaml', fields: aggregateFields },
  indicators: { name: 'indicators', singular: 'indicator', storage: 'folder', path: 'indicators', extension: 'yaml', companion: 'csv', fields: indicatorFields, rules: indicatorRules },
  meetings: { name: 'meetings', singular: 'meeting', storage: 'folder', path: 'meetings', extension: 'yaml', fields: meetingFields, rules: allMeetingRules },
  statements: { name: 'statements', singular: 'statement', storage: 'folder', path: 'statements', extension: 'mdx', fields: statementFields, rules: statementRules },
  practices: { name: 'practices', singular: 'practice', storage: 'folder', path: 'practices', extension: 'mdx', fields: practiceFields },
  reviews: { name: 'reviews', singular: 'review', storage: 'folder', path: 'reviews', extension: 'mdx', fields: reviewFields, rules: reviewRules },
} as const satisfies Record<string, Model>;

/** The name of a model. */
export type ModelName = keyof typeof MODELS;

/** The zod schema of a model's entries, with references checked against `refs` and the model's rules applied. */
export function schemaFor<N extends ModelName>(name: N, refs: Refs): z.ZodType<EntryOf<(typeof MODELS)[N]['fields']>> {
  const schema = typedSchema<(typeof MODELS)[N]['fields']>(MODELS[name].fields, refs);
  const { rules } = MODELS[name] as Model;
  if (!rules) return schema;
  return schema.superRefine((entry, ctx) => {
    for (const issue of rules(entry as never, refs)) ctx.addIssue({ code: 'custom', path: [...issue.path], message: issue.message });
  });
}
