/**
 * The field declaration language of the content model.
 *
 * A field is declared once (name, label, hint, required, kind) and yields both the zod schema the build
 * validates with (`toZod`) and a neutral description the CMS config is generated from (the `Field`
 * objects themselves are plain data). References to other collections are checked against `Refs`,
 * which the caller supplies, so this module stays pure and runs anywhere (build, tests, browser).
 */
import { z } from 'zod';
import { LIMITS } from './limits.ts';

/** Collections another entry can point at. */
export type RefCollection = 'countries' | 'principles' | 'dimensions' | 'meetings' | 'practices';

/** The raw fields of one entry as written in its file (not yet validated: read them defensively). */
export type RawEntry = Readonly<Record<string, unknown>>;

/**
 * The known ids of each referable collection, and where a person finds them. `entries`, when loaded,
 * holds each entry's raw fields so model rules can look across references (e.g. a practice's country).
 */
export type Refs = Record<RefCollection, { ids: ReadonlySet<string>; where: string; entries?: ReadonlyMap<string, RawEntry> }>;

interface FieldBase {
  /** Key in the frontmatter or data file. */
  name: string;
  /** Label shown to editors. */
  label: string;
  /** One line of help shown under the field in the CMS. */
  hint?: string;
  /** Whether an entry without this field is refused. */
  required: boolean;
}

/** A field of the content model. Plain data: safe to serialise for the CMS. */
export type Field = FieldBase &
  (
    | { kind: 'string' | 'text' | 'url' | 'date' | 'boolean' }
    | { kind: 'integer' | 'number'; min?: number; max?: number }
    | { kind: 'select'; options: readonly { value: string; label: string }[]; multiple?: boolean }
    | { kind: 'relation'; collection: RefCollection; multiple?: boolean; min?: number; max?: number }
    | { kind: 'strings' }
    | { kind: 'list'; fields: readonly Field[]; min?: number }
    | { kind: 'object'; fields: readonly Field[] }
  );

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as `YYYY-MM-DD`; YAML parsers that yield Date objects are normalised. */
const dateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'expected a date written as YYYY-MM-DD, e.g. 2015-09-30' })
    .regex(ISO_DATE, 'expected a date written as YYYY-MM-DD, e.g. 2015-09-30')
    .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), {
      error: 'is not a real calendar date: use YYYY-MM-DD, e.g. 2015-09-30',
    }),
);

/**
 * Collections whose ids are numbers (principles are numbered 1-12 in the Recommendation): content
 * writes them as YAML numbers, and the CMS offers them as numbers so it writes the same.
 */
export const NUMERIC_REFS: ReadonlySet<RefCollection> = new Set<RefCollection>(['principles']);

/** References to numeric collections may be YAML numbers or strings; both are read as the id text. */
function refValue(collection: RefCollection) {
  return NUMERIC_REFS.has(collection)
    ? z.union([z.number(), z.string()]).transform((v) => String(v))
    : z.string({ error: 'expected a text id' });
}

function relationSchema(f: Extract<Field, { kind: 'relation' }>, refs: Refs) {
  const ref = refs[f.collection];
  const one = refValue(f.collection).refine((v) => ref.ids.has(v), {
    error: (issue) =>
      `unknown value "${String(issue.input)}": use an id listed in ${ref.where}`,
  });
  if (!f.multiple) return one;
  let list = z.array(one, { error: `expected a list of ids from ${ref.where}` }).superRefine((ids, ctx) => {
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i], message: `"${id}" is listed twice: keep one` });
    });
  });
  if (f.min) list = list.min(f.min, `needs at least ${f.min} ${f.label.toLowerCase()}`);
  if (f.max) list = list.max(f.max, `takes at most ${f.max} ${f.label.toLowerCase()}`);
  return list;
}

/**
 * A full web address. A source may be cited at the http:// address it was published at (old OECD pages and
 * press articles exist only there), so url fields, which cite sources, accept http:// and https://; addresses in
 * MDX bodies and props must be https:// (src/schemas/mdx-props.ts). `//host` and `https:host` are not addresses.
 */
const urlSchema = z
  .string({ error: 'expected a full http(s) address, e.g. https://www.oecd.org/' })
  .regex(/^https?:\/\/[^\s/\\?#@]+\.[^\s/\\?#@]+(?:[/?#]\S*)?$/i, 'expected a full http(s) address, e.g. https://www.oecd.org/ (not //host)')
  .pipe(z.url({ protocol: /^https?$/, error: 'expected a full http(s) address, e.g. https://www.oecd.org/' }));

/** The zod schema of one field, without its optionality. */
function fieldSchema(f: Field, refs: Refs): z.ZodType {
  switch (f.kind) {
    case 'string':
    case 'text': {
      const max = f.kind === 'string' ? LIMITS.stringChars : LIMITS.textChars;
      return z
        .string({ error: 'expected text' })
        .trim()
        .min(1, 'must not be empty')
        .max(max, { error: (issue) => `${String(issue.input).length.toLocaleString('en')} characters is over the limit of ${max.toLocaleString('en')}: shorten it` });
    }
    case 'url':
      return urlSchema;
    case 'date':
      return dateSchema;
    case 'boolean':
      return z.boolean({ error: 'expected true or false' });
    case 'integer': {
      let n = z.number({ error: 'expected a whole number' }).int('expected a whole number');
      if (f.min !== undefined) n = n.min(f.min, `must be ${f.min} or more`);
      if (f.max !== undefined) n = n.max(f.max, `must be ${f.max} or less`);
      return n;
    }
    case 'number': {
      let n = z.number({ error: 'expected a number, e.g. 0.33' });
      if (f.min !== undefined) n = n.min(f.min, `must be ${f.min} or more`);
      if (f.max !== undefined) n = n.max(f.max, `must be ${f.max} or less`);
      return n;
    }
    case 'select': {
      const values = f.options.map((o) => o.value);
      const one = z.string().refine((v) => values.includes(v), {
        error: (issue) => `"${String(issue.input)}" is not allowed: use one of ${values.join(', ')}`,
      });
      return f.multiple ? z.array(one) : one;
    }
    case 'relation':
      return relationSchema(f, refs);
    case 'strings':
      return z.array(z.string().trim().min(1, 'must not be empty'), { error: 'expected a list of texts' });
    case 'list': {
      const list = z.array(objectSchema(f.fields, refs), { error: 'expected a list' });
      return f.min ? list.min(f.min, `needs at least ${f.min} ${f.label.toLowerCase()}: add one`) : list;
    }
    case 'object':
      return objectSchema(f.fields, refs);
  }
}

/** The zod object schema of a list of fields; unknown keys are refused so typos surface. */
export function objectSchema(fields: readonly Field[], refs: Refs) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const s = fieldSchema(f, refs);
    shape[f.name] = f.required ? s : s.optional();
  }
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: allowed fields are ${fields.map((f) => f.name).join(', ')}`
        : 'expected a set of fields',
  });
}

/** The TypeScript value a field holds, derived from its declaration (never written by hand). */
export type ValueOf<F> = F extends { kind: 'string' | 'text' | 'url' | 'date' }
  ? string
  : F extends { kind: 'integer' | 'number' }
    ? number
    : F extends { kind: 'boolean' }
      ? boolean
      : F extends { kind: 'select'; options: readonly { value: infer V }[]; multiple: true }
        ? V[]
        : F extends { kind: 'select'; options: readonly { value: infer V }[] }
          ? V
          : F extends { kind: 'relation'; multiple: true }
            ? string[]
            : F extends { kind: 'relation' }
              ? string
              : F extends { kind: 'strings' }
                ? string[]
                : F extends { kind: 'list'; fields: infer Fs extends readonly Field[] }
                  ? EntryOf<Fs>[]
                  : F extends { kind: 'object'; fields: infer Fs extends readonly Field[] }
                    ? EntryOf<Fs>
                    : never;

/** The TypeScript type of an entry with the given fields: required ones present, the rest optional. */
export type EntryOf<Fs extends readonly Field[]> = {
  [F in Fs[number] as F['required'] extends true ? F['name'] : never]: ValueOf<F>;
} & {
  [F in Fs[number] as F['required'] extends true ? never : F['name']]?: ValueOf<F>;
};

/** `objectSchema` typed with the entry type its fields declare. */
export function typedSchema<const Fs extends readonly Field[]>(fields: Fs, refs: Refs) {
  return objectSchema(fields, refs) as unknown as z.ZodType<EntryOf<Fs>>;
}

/** A problem found by a model rule: the path of the field it concerns (as zod paths go) and what to do. */
export interface RuleIssue {
  path: readonly (string | number)[];
  message: string;
}

/**
 * Checks across the fields of one entry, and the entries it references, that a field declaration cannot
 * express (e.g. "a country never reviews itself"). Rules run only once every field is valid, so they read a
 * typed entry; they return readable problems, each naming the field and the fix.
 */
export type Rules<Fs extends readonly Field[]> = (entry: EntryOf<Fs>, refs: Refs) => RuleIssue[];
