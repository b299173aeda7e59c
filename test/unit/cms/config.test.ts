/** The generated Decap configuration, the settings that choose a backend, and the policies. */
import { fromJS, type Map } from 'immutable';
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, collectionFor, loadRefOptions } from '../../../src/cms/config.ts';
import { RELATIONS, toDecapField, type DecapField } from '../../../src/cms/fields.ts';
import { scaleFields } from '../../../src/schemas/indicator.ts';
import { cmsSettings } from '../../../src/cms/settings.ts';
import { ADMIN_RELAXATIONS, adminPolicy, SITE_CSP } from '../../../src/cms/csp.ts';

/**
 * Decap's own template engine (what its lists, relation options and new file names use), from its
 * TypeScript source: its built module needs a bundler to find lodash. Named through a variable so the
 * type check does not check Decap's source.
 */
const DECAP_TEMPLATES: string = 'decap-cms-lib-widgets/src/stringTemplate.ts';
const { compileStringTemplate } = (await import(DECAP_TEMPLATES)) as {
  compileStringTemplate: (template: string, date: Date | null, identifier: string, data: Map<string, unknown>) => string;
};

const options = loadRefOptions('content');
const local = cmsSettings({ CMS_BACKEND: 'local' }, 'main');

type Collection = { name: string; folder: string; extension: string; format: string; slug: string; fields: DecapField[] };
const config = buildCmsConfig(local, options) as { collections: Collection[] } & Record<string, unknown>;
const field = (collection: string, name: string) => config.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;

describe('the generated configuration', () => {
  it('is fed to CMS.init, never read from a config file', () => {
    expect(config.load_config_file).toBe(false);
  });

  it('edits statements, meetings, practices and reviews in their folders and formats', () => {
    expect(config.collections.map((c) => [c.name, c.folder, c.extension, c.format])).toEqual([
      ['practices', 'content/practices', 'mdx', 'frontmatter'],
      ['statements', 'content/statements', 'mdx', 'frontmatter'],
      ['reviews', 'content/reviews', 'mdx', 'frontmatter'],
      ['meetings', 'content/meetings', 'yaml', 'yml'],
    ]);
  });

  it('names new files as content does: <iso3>-<title>, <meeting>, <year>-<city>', () => {
    expect(Object.fromEntries(config.collections.map((c) => [c.name, c.slug]))).toEqual({
      practices: '{{country}}-{{slug}}',
      statements: '{{meeting}}',
      reviews: '{{country}}-{{slug}}',
      meetings: '{{fields.year}}-{{city}}',
    });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  describe('read with Decap\'s own template engine', () => {
    const tokyo = fromJS({ year: 2015, city: 'Tokyo', title: 'Fostering a Data-Driven Public Sector' }) as Map<string, unknown>;
    const collection = (name: string) => config.collections.find((c) => c.name === name) as Collection & { summary: string };
    // Decap passes no date (null) for relation options and lists without a date field, and today for a new file's name.
    const compile = (template: string, date: Date | null, data = tokyo) => compileStringTemplate(template, date, 'tokyo', data);

    it('lists meetings in the meeting picker as "2015 Tokyo: <theme>" (Decap\'s {{year}} is a date tag, empty here)', () => {
      expect(field('statements', 'meeting').display_fields).toEqual(RELATIONS.meetings.display_fields);
      expect(compile(RELATIONS.meetings.display_fields[0], null)).toBe('2015 Tokyo: Fostering a Data-Driven Public Sector');
      expect(compile('{{year}} {{city}}: {{title}}', null)).toBe(' Tokyo: Fostering a Data-Driven Public Sector');
    });

    it('lists meetings and reviews with their own year, and names a new meeting after it, not after today', () => {
      expect(compile(collection('meetings').summary, null)).toBe('2015 Tokyo: Fostering a Data-Driven Public Sector');
      expect(compile(collection('meetings').slug, new Date('2031-05-01T00:00:00Z'))).toBe('2015-Tokyo');
      const review = fromJS({ year: 2019, title: 'Digital Government Review of Norway' }) as Map<string, unknown>;
      expect(compile(collection('reviews').summary, null, review)).toBe('Digital Government Review of Norway (2019)');
    });
  });

  it('uses the local decap-server (npm run cms) with the editorial workflow, on the current branch', () => {
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('has no editing backend when none is set: the admin page explains, and may reach nothing', () => {
    const none = cmsSettings({}, 'main');
    expect(buildCmsConfig(none, options).backend).toEqual({ name: 'none', branch: 'main' });
    expect(adminPolicy(none)).toContain("connect-src 'self' blob:;");
  });

  it('stores uploads in one folder served at /media/', () => {
    expect([config.media_folder, config.public_folder]).toEqual(['public/media', '/media']);
  });

  it('follows the field kinds: references, taxonomy, dates, whole numbers, lists, bodies', () => {
    expect(field('statements', 'meeting')).toMatchObject({ widget: 'relation', collection: 'meetings', value_field: '{{slug}}' });
    expect(field('reviews', 'practice')).toMatchObject({ widget: 'relation', collection: 'practices', required: false });
    expect(field('practices', 'country')).toMatchObject({ widget: 'select', required: true });
    expect(field('practices', 'principles')).toMatchObject({ widget: 'select', multiple: true, min: 1, max: 4, required: true });
    expect(field('practices', 'status')).toMatchObject({ widget: 'select', options: [{ label: 'Idea', value: 'idea' }, { label: 'Pilot', value: 'pilot' }, { label: 'Implemented', value: 'implemented' }, { label: 'Evaluated', value: 'evaluated' }, { label: 'Retired', value: 'retired' }] });
    expect(field('statements', 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false, picker_utc: true });
    expect(field('practices', 'startYear')).toMatchObject({ widget: 'number', value_type: 'int', min: 1990, max: 2100 });
    expect(field('practices', 'outcomes')).toMatchObject({ widget: 'list', required: false, field: { widget: 'text' } });
    expect(field('practices', 'links').fields!.map((f) => [f.name, f.widget])).toEqual([['label', 'string'], ['url', 'string']]);
    expect(field('practices', 'body')).toMatchObject({ widget: 'mdx', required: false });
  });

  it('turns a decimal number field (an indicator scale) into a number widget writing decimals', () => {
    expect(toDecapField(scaleFields[1], options)).toMatchObject({ name: 'max', widget: 'number', value_type: 'float', required: true });
  });

  it('offers principles as the numbers content writes, labelled with their names', () => {
    const principles = field('practices', 'principles').options as { label: string; value: unknown }[];
    expect(principles).toHaveLength(12);
    expect(principles[2]).toEqual({ label: '3. Data-driven culture in the public sector', value: 3 });
  });

  it('offers the 193 countries by name', () => {
    const countries = field('practices', 'country').options as { label: string; value: string }[];
    expect(countries).toHaveLength(193);
    expect(countries.find((c) => c.value === 'KOR')!.label).toBe('Korea (KOR)');
  });

  it('is plain data: it survives JSON, as it is built into the admin script', () => {
    expect(JSON.parse(JSON.stringify(config))).toEqual(config);
    expect(collectionFor('meetings', options)).toMatchObject({ identifier_field: 'city' });
  });
});

describe('backend settings', () => {
  it.each([
    [{ CMS_BACKEND: 'svn' }, 'CMS_BACKEND="svn": unknown backend; use one of none, local, github, gitlab, gitea, forgejo'],
    [{ CMS_BACKEND: 'github' }, 'CMS_REPO="": the github backend needs the repository as owner/name'],
    [{ CMS_BACKEND: 'gitea', CMS_REPO: 'oecd/hub', CMS_APP_ID: 'x' }, 'CMS_API_ROOT="": the gitea backend needs the API address of your server'],
    [{ CMS_BACKEND: 'gitlab', CMS_REPO: 'oecd/hub' }, 'CMS_APP_ID="": the gitlab backend signs in with an OAuth application'],
    [{ CMS_BACKEND: 'gitlab', CMS_REPO: 'oecd/hub', CMS_APP_ID: 'x', CMS_OPEN_AUTHORING: 'true' }, 'Decap supports open authoring on GitHub and Forgejo only, not gitlab'],
    [{ CMS_BACKEND: 'forgejo', CMS_REPO: 'oecd/hub', CMS_APP_ID: 'x', CMS_API_ROOT: 'http://git.example.gov/api/v1' }, 'CMS_API_ROOT="http://git.example.gov/api/v1": must start with https://'],
  ])('%j is refused with the fix', (env, message) => {
    expect(() => cmsSettings(env)).toThrow(message);
  });

  it('configures GitHub with open authoring for contributors', () => {
    const c = buildCmsConfig(cmsSettings({ CMS_BACKEND: 'github', CMS_REPO: 'oecd/eleaders-hub', CMS_BASE_URL: 'https://auth.example.gov', CMS_OPEN_AUTHORING: 'true' }), options);
    expect(c.backend).toEqual({ name: 'github', repo: 'oecd/eleaders-hub', branch: 'main', base_url: 'https://auth.example.gov', open_authoring: true });
    expect(c.publish_mode).toBe('editorial_workflow');
  });

  it('configures a self-hosted GitLab with PKCE sign-in', () => {
    const env = { CMS_BACKEND: 'gitlab', CMS_REPO: 'digital/hub', CMS_API_ROOT: 'https://git.example.gov/api/v4', CMS_BASE_URL: 'https://git.example.gov', CMS_APP_ID: 'abc' };
    expect(buildCmsConfig(cmsSettings(env), options).backend).toEqual({ name: 'gitlab', repo: 'digital/hub', branch: 'main', api_root: 'https://git.example.gov/api/v4', base_url: 'https://git.example.gov', app_id: 'abc', auth_type: 'pkce' });
  });

  it('uses the simple publish mode on Gitea, whose Decap backend refuses the editorial workflow', () => {
    const env = { CMS_BACKEND: 'gitea', CMS_REPO: 'digital/hub', CMS_API_ROOT: 'https://git.example.gov/api/v1', CMS_APP_ID: 'abc' };
    expect(buildCmsConfig(cmsSettings(env), options).publish_mode).toBe('simple');
  });

  it('keeps the editorial workflow and open authoring on Forgejo', () => {
    const env = { CMS_BACKEND: 'forgejo', CMS_REPO: 'digital/hub', CMS_API_ROOT: 'https://code.example.gov/api/v1', CMS_APP_ID: 'abc', CMS_OPEN_AUTHORING: 'true' };
    const c = buildCmsConfig(cmsSettings(env), options);
    expect([c.publish_mode, (c.backend as { open_authoring?: boolean }).open_authoring]).toEqual(['editorial_workflow', true]);
  });
});

describe('content security policies', () => {
  it('lets every page run only its own scripts, hashed by Astro, plus Pagefind\'s WebAssembly', () => {
    expect(SITE_CSP.scriptDirective?.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(SITE_CSP.directives).toContain("default-src 'none'");
    expect(JSON.stringify(SITE_CSP)).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
  });

  it('lets /admin/ reach only the configured backend', () => {
    const policy = adminPolicy(local);
    expect(policy).toContain("connect-src 'self' blob: http://127.0.0.1:8081");
    expect(policy).not.toContain('github');
    const github = adminPolicy(cmsSettings({ CMS_BACKEND: 'github', CMS_REPO: 'oecd/hub' }));
    expect(github).toContain("connect-src 'self' blob: https://api.github.com");
    expect(github).not.toContain('127.0.0.1');
  });

  it('never lets /admin/ run inline or foreign scripts, and documents each relaxation', () => {
    const script = adminPolicy(local).split('; ').find((d) => d.startsWith('script-src'));
    expect(script).toBe("script-src 'self' 'unsafe-eval'");
    for (const relaxation of ["script-src 'unsafe-eval'", "style-src 'unsafe-inline'", 'img-src blob: and connect-src blob:']) {
      expect(ADMIN_RELAXATIONS[relaxation as keyof typeof ADMIN_RELAXATIONS].length).toBeGreaterThan(40);
    }
  });
});
