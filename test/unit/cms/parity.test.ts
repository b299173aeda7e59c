/**
 * Model/CMS parity: every model field has a CMS field and the other way round, and the CMS demands a
 * value exactly when the build refuses an entry without one. What the build refuses is measured on the
 * real zod schemas with real entries (a field removed, or emptied), not read from the mapping code.
 * Every option the CMS offers is accepted by the build, with the type content uses, and every id the
 * build accepts is offered.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CMS_COLLECTIONS, collectionFor, loadRefOptions, type CmsModelName } from '../../../src/cms/config.ts';
import type { DecapField } from '../../../src/cms/fields.ts';
import { splitFrontmatter } from '../../../src/lib/frontmatter.ts';
import { objectSchema, type Field, type RefCollection } from '../../../src/schemas/fields.ts';
import { MODELS } from '../../../src/schemas/models.ts';
import { loadRefs } from '../../../src/content/refs.ts';

const refs = loadRefs('content');
const options = loadRefOptions('content');

/** A real, valid entry of each model, with every list holding at least one item. */
const SAMPLES: Record<CmsModelName, string> = {
  practices: 'test/fixtures/valid/practices/full.mdx',
  statements: 'test/fixtures/valid/statements/statement.mdx',
  reviews: 'test/fixtures/valid/reviews/practice-review.mdx',
  meetings: 'content/meetings/2015-tokyo.yaml',
};

function sample(name: CmsModelName): Record<string, unknown> {
  const text = readFileSync(SAMPLES[name], 'utf8');
  return SAMPLES[name].endsWith('.mdx') ? splitFrontmatter(text, SAMPLES[name]).data : (parse(text) as Record<string, unknown>);
}

const accepts = (schema: z.ZodType, value: unknown) => schema.safeParse(value).success;

/** Whether the build refuses `entry` without `field`, and whether it refuses it with an empty list there. */
function buildBehaviour(schema: z.ZodType, entry: Record<string, unknown>, f: Field): { refusesMissing: boolean; acceptsEmptyList: boolean } {
  const { [f.name]: _dropped, ...without } = entry;
  return { refusesMissing: !accepts(schema, without), acceptsEmptyList: accepts(schema, { ...entry, [f.name]: [] }) };
}

function compare(path: string, fields: readonly Field[], cms: readonly DecapField[], schema: z.ZodType, entry: Record<string, unknown>): void {
  expect(cms.map((f) => f.name), `${path}: CMS fields vs model fields`).toEqual(fields.map((f) => f.name));
  expect(accepts(schema, entry), `${path}: the sample entry is valid`).toBe(true);
  for (const f of fields) {
    const c = cms.find((x) => x.name === f.name)!;
    const where = `${path}.${f.name}`;
    const { refusesMissing, acceptsEmptyList } = buildBehaviour(schema, entry, f);
    if (!refusesMissing) {
      expect(c.required, `${where}: optional in the build, so optional in the CMS`).toBe(false);
      expect(c.default, `${where}: optional, so the CMS writes nothing by default`).toBeUndefined();
    } else if (acceptsEmptyList) {
      expect(c.required, `${where}: the build accepts an empty list, so the CMS must not demand an item`).toBe(false);
      expect(c.default, `${where}: the build refuses it missing, so the CMS always writes it`).toEqual([]);
    } else {
      expect(c.required, `${where}: the build refuses it missing or empty, so the CMS demands it`).toBe(true);
    }
    if (f.kind === 'list' || f.kind === 'object') {
      const inner = f.kind === 'list' ? (entry[f.name] as Record<string, unknown>[])[0]! : (entry[f.name] as Record<string, unknown>);
      compare(where, f.fields, c.fields ?? [], objectSchema(f.fields, refs), inner);
    }
  }
}

describe.each(Object.keys(CMS_COLLECTIONS) as CmsModelName[])('the %s collection', (name) => {
  const collection = collectionFor(name, options) as { fields: DecapField[] };

  it('has one CMS field per model field, in order, with the build\'s required/optional rule', () => {
    const fields = collection.fields.filter((f) => f.name !== 'body');
    compare(name, MODELS[name].fields, fields, objectSchema(MODELS[name].fields, refs), sample(name));
  });

  it('has an MDX body field exactly when its entries are MDX files', () => {
    const mdx = 'extension' in MODELS[name] && MODELS[name].extension === 'mdx';
    expect(collection.fields.some((f) => f.name === 'body' && f.widget === 'mdx')).toBe(mdx);
  });
});

/** Every select field of every collection, with its model field and the reference it stands for. */
function selects(): { where: string; field: Field; cms: DecapField; entry: Record<string, unknown>; fields: readonly Field[] }[] {
  const out: ReturnType<typeof selects> = [];
  const walk = (where: string, fields: readonly Field[], cms: readonly DecapField[], entry: Record<string, unknown>) => {
    for (const f of fields) {
      const c = cms.find((x) => x.name === f.name)!;
      if (c.widget === 'select') out.push({ where: `${where}.${f.name}`, field: f, cms: c, entry, fields });
      if (f.kind === 'list') walk(`${where}.${f.name}`, f.fields, c.fields ?? [], (entry[f.name] as Record<string, unknown>[])[0]!);
    }
  };
  for (const name of Object.keys(CMS_COLLECTIONS) as CmsModelName[]) {
    walk(name, MODELS[name].fields, (collectionFor(name, options) as { fields: DecapField[] }).fields, sample(name));
  }
  return out;
}

describe.each(selects())('select $where', ({ field, cms, entry, fields }) => {
  const opts = cms.options as { value: string | number }[];
  const multiple = 'multiple' in field && field.multiple === true;
  const schema = objectSchema(fields, refs);

  it('offers only values the build accepts, of the type content writes', () => {
    const contentValue = multiple ? (entry[field.name] as unknown[])[0] : entry[field.name];
    for (const o of opts) {
      expect(accepts(schema, { ...entry, [field.name]: multiple ? [o.value] : o.value }), `option ${o.value}`).toBe(true);
      expect(typeof o.value, `option ${o.value} is written as content writes it`).toBe(typeof contentValue);
    }
  });

  it('offers every value the build accepts', () => {
    const ids = field.kind === 'relation' ? [...refs[field.collection as RefCollection].ids] : field.kind === 'select' ? field.options.map((o) => o.value) : [];
    expect(opts.map((o) => String(o.value)).sort()).toEqual([...ids].sort());
  });
});
