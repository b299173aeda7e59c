/** Wires each collection's loader to its model in src/schemas (see src/schemas/models.ts). */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { loadRefs } from './content/refs.ts';
import { MODELS, schemaFor, type ModelName } from './schemas/models.ts';
import { observationsLoader } from './content/observations-loader.ts';
import { mdxLoader } from './content/mdx-loader.ts';
import { contentDir } from './content/content-dir.ts';
import { storedObservationSchema } from './schemas/indicator.ts';

// `content` unless the benchmarks point the build at a synthetic corpus (src/content/content-dir.ts).
const base = contentDir();
const refs = loadRefs(base);

function collection<N extends ModelName>(name: N) {
  const m = MODELS[name];
  const extension = 'extension' in m ? m.extension : 'yaml';
  const folder = { base: `${base}/${m.path}`, pattern: `*.${extension}` };
  // MDX files that use no MDX are rendered as Markdown (src/content/mdx-loader.ts): no compiled module each.
  const loader = m.storage === 'list' ? file(`${base}/${m.path}`) : extension === 'mdx' ? mdxLoader(folder) : glob(folder);
  return defineCollection({ loader, schema: schemaFor(name, refs) });
}

export const collections = {
  principles: collection('principles'),
  dimensions: collection('dimensions'),
  countries: collection('countries'),
  aggregates: collection('aggregates'),
  indicators: collection('indicators'),
  meetings: collection('meetings'),
  statements: collection('statements'),
  practices: collection('practices'),
  reviews: collection('reviews'),
  observations: defineCollection({ loader: observationsLoader(`${base}/indicators`), schema: storedObservationSchema }),
};
