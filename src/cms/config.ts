/**
 * The whole Decap CMS configuration, generated from the models in src/schemas and the settings in
 * src/cms/settings.ts; never written by hand. The admin page passes it to
 * `CMS.init({ config })` with `load_config_file: false` (src/cms/admin/main.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MODELS, type ModelName } from '../schemas/models.ts';
import { refOptions, toDecapField, type DecapField, type RefOptions } from './fields.ts';
import type { CmsSettings } from './settings.ts';
import { MEDIA_FOLDER, MEDIA_URL } from '../checks/media.ts';
import { loadRefs } from '../content/refs.ts';

/**
 * The models editors edit in the CMS, and how each collection names and lists its entries. In Decap's
 * templates `{{year}}` is a date tag (the entry's publish date, or today for a new file's name, or
 * nothing in a list), never the field: the field is `{{fields.year}}`.
 */
export const CMS_COLLECTIONS = {
  practices: {
    description: 'What governments did: one practice per file. Contributors submit new ones; editors review and publish them.',
    slug: '{{country}}-{{slug}}',
    summary: '{{title}} ({{country}}, {{status}})',
    identifier_field: 'title',
  },
  statements: {
    description: 'Statements agreed at E-Leaders meetings, with their commitments.',
    slug: '{{meeting}}',
    summary: '{{title}}',
    identifier_field: 'title',
  },
  reviews: {
    description: 'Peer reviews of a country or of one of its practices.',
    slug: '{{country}}-{{slug}}',
    summary: '{{title}} ({{fields.year}})',
    identifier_field: 'title',
  },
  meetings: {
    description: 'E-Leaders meetings. Meetings listed in ../shared/data are rewritten by `npm run import`: change the source too.',
    slug: '{{fields.year}}-{{city}}',
    summary: '{{fields.year}} {{city}}: {{title}}',
    identifier_field: 'city',
  },
} as const satisfies Partial<Record<ModelName, { description: string; slug: string; summary: string; identifier_field: string }>>;

/** The model names that have a CMS collection. Countries, aggregates, the taxonomy and indicators are imported data. */
export type CmsModelName = keyof typeof CMS_COLLECTIONS;

/** The MDX body of practices, statements and reviews: edited as raw text, saved byte for byte. */
export const BODY_FIELD: DecapField = {
  name: 'body',
  label: 'Text',
  widget: 'mdx',
  required: false,
  hint: 'Markdown. Use "Insert a component" for boxes, quotations and images. Saved exactly as typed.',
};

const TITLE = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The Decap collection of one model. */
export function collectionFor(name: CmsModelName, options: RefOptions): Record<string, unknown> {
  const model = MODELS[name];
  const mdx = 'extension' in model && model.extension === 'mdx';
  const fields = model.fields.map((f) => toDecapField(f, options));
  return {
    name,
    label: name === 'reviews' ? 'Peer reviews' : TITLE(name),
    label_singular: model.singular === 'review' ? 'Peer review' : TITLE(model.singular),
    ...CMS_COLLECTIONS[name],
    folder: `content/${model.path}`,
    extension: mdx ? 'mdx' : 'yaml',
    format: mdx ? 'frontmatter' : 'yml',
    create: true,
    preview_path: `${name}/{{slug}}/`,
    fields: mdx ? [...fields, BODY_FIELD] : fields,
  };
}

/** The `backend` section and publish mode for the settings. */
export function backendFor(s: CmsSettings): { backend: Record<string, unknown>; publish_mode: string } {
  const common = { branch: s.branch, ...(s.repo ? { repo: s.repo } : {}), ...(s.apiRoot ? { api_root: s.apiRoot } : {}) };
  const auth = {
    ...(s.baseUrl ? { base_url: s.baseUrl } : {}),
    ...(s.authEndpoint ? { auth_endpoint: s.authEndpoint } : {}),
    ...(s.appId ? { app_id: s.appId } : {}),
  };
  const workflow = { publish_mode: 'editorial_workflow' };
  switch (s.backend) {
    case 'none':
      // Never given to Decap: the admin page sees it and explains how to switch editing on (src/cms/admin/no-backend.ts).
      return { backend: { name: 'none', branch: s.branch }, ...workflow };
    case 'local':
      return { backend: { name: 'proxy', proxy_url: s.localUrl, branch: s.branch }, ...workflow };
    case 'github':
      return { backend: { name: 'github', ...common, ...auth, ...(s.openAuthoring ? { open_authoring: true } : {}) }, ...workflow };
    case 'gitlab':
      return { backend: { name: 'gitlab', ...common, ...auth, auth_type: 'pkce' }, ...workflow };
    case 'forgejo':
      return { backend: { name: 'forgejo', ...common, ...auth, ...(s.openAuthoring ? { open_authoring: true } : {}) }, ...workflow };
    case 'gitea':
      // Decap's Gitea backend refuses the editorial workflow ("does not support editorial workflow").
      return { backend: { name: 'gitea', ...common, ...auth }, publish_mode: 'simple' };
  }
}

/** The complete configuration object for `CMS.init`. */
export function buildCmsConfig(settings: CmsSettings, options: RefOptions): Record<string, unknown> {
  return {
    load_config_file: false,
    ...backendFor(settings),
    site_url: settings.siteUrl,
    display_url: settings.siteUrl,
    locale: 'en',
    media_folder: MEDIA_FOLDER,
    public_folder: MEDIA_URL,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: (Object.keys(CMS_COLLECTIONS) as CmsModelName[]).map((n) => collectionFor(n, options)),
  };
}

/** Reads the select options from the list files in `contentDir` (the same files the build checks against). */
export function loadRefOptions(contentDir: string): RefOptions {
  const read = <T>(file: string) => parse(readFileSync(join(contentDir, file), 'utf8')) as T;
  return refOptions({
    countries: read<{ id: string; name: string }[]>('countries.yaml'),
    principles: read<{ id: string; short: string }[]>('principles.yaml'),
    dimensions: read<{ id: string; name: string }[]>('dimensions.yaml'),
  });
}

/** What the preview shows for a meeting or practice id: "2015 Tokyo: Fostering …", a practice's title. */
export type RefLabels = Record<'meetings' | 'practices', Record<string, string>>;

/** The labels of the meetings and practices in `contentDir`, for the previews (ids stay ids in files). */
export function loadRefLabels(contentDir: string): RefLabels {
  const refs = loadRefs(contentDir);
  const labels = (entries: ReadonlyMap<string, Readonly<Record<string, unknown>>> | undefined, label: (e: Readonly<Record<string, unknown>>, id: string) => string) =>
    Object.fromEntries([...(entries ?? new Map())].map(([id, e]) => [id, label(e, id)]));
  return {
    meetings: labels(refs.meetings.entries, (e, id) => (e.year && e.city ? `${e.year} ${e.city}${e.title ? `: ${String(e.title).replace(/\s+/g, ' ')}` : ''}` : id)),
    practices: labels(refs.practices.entries, (e, id) => String(e.title ?? id)),
  };
}
