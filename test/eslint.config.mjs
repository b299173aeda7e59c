/**
 * ESLint configuration (kept under test/: the top level of the repository is fixed). It enforces only the
 * import directions written down in README.md ("Import directions"); no style or correctness rules.
 * `npm run lint` runs it, and test/unit/architecture/boundaries.test.ts runs it in `npm test`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Folders of logic (their own few .astro files aside) that must not reach for components, layouts or pages. */
const NO_MARKUP = ['src/checks', 'src/downloads', 'src/citations', 'src/content', 'src/indicators', 'src/search', 'src/reviews', 'src/compare', 'src/charts', 'src/cms', 'src/integrations'];

/** Each zone: files under `target` may not import files under `from` (paths from the repository root). */
export const zones = [
  {
    target: 'src/schemas',
    from: 'src',
    except: ['./schemas'],
    message:
      'src/schemas/ holds the models as data and imports nothing else of src/: move what it needs into src/schemas/, or have the other folder import the schema instead.',
  },
  {
    target: 'src/lib',
    from: 'src',
    except: ['./lib'],
    message:
      'src/lib/ holds small pure helpers that import only src/lib/: move this helper next to the code it needs (e.g. src/content/, src/indicators/), or pass the value in as an argument.',
  },
  {
    target: '.',
    from: 'src/pages',
    message:
      'src/pages/ holds routes, and nothing imports a route: move the shared code into src/components/ (markup) or the folder of its concern (src/content/, src/indicators/, …).',
  },
  {
    target: ['src', 'astro.config.mjs'],
    from: 'scripts',
    message:
      'scripts/ is tooling the site never imports: move the code the site needs into src/ (scripts/ may import it from there).',
  },
  {
    target: NO_MARKUP,
    from: ['src/components', 'src/layouts', 'src/pages'],
    message:
      'this folder is logic, not markup, and does not import src/components/, src/layouts/ or src/pages/: move the code both need out of the markup (e.g. into this folder), and let the component import it.',
  },
  {
    target: 'src/cms/admin',
    from: 'src/content',
    message:
      'src/cms/admin/ is the browser bundle and src/content/ reads files with Node: pass the data in through the CMS config (src/cms/config.ts), or move pure code into src/schemas/ or src/lib/.',
  },
  {
    target: 'src/cms/admin',
    from: 'src/checks',
    message:
      'src/cms/admin/ is the browser bundle and src/checks/ is the Node-only pre-build gate: move pure code the editor needs into src/schemas/ or src/lib/.',
  },
];

export default defineConfig(
  {
    name: 'eleaders/ignores',
    ignores: ['node_modules/**', 'dist/**', '.astro/**', 'public/**', 'test/fixtures/**', 'bench-results/**', 'test-results/**'],
  },
  {
    name: 'eleaders/typescript-parser',
    files: ['**/*.ts', '**/*.mts', '**/*.mjs'],
    languageOptions: { parser: tseslint.parser, sourceType: 'module' },
  },
  // The Astro parser for .astro frontmatter, and its processor for their <script> tags. Its rules stay off.
  ...astro.configs['flat/base'],
  {
    name: 'eleaders/import-directions',
    files: ['**/*.ts', '**/*.mts', '**/*.mjs', '**/*.astro'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.mts', '.mjs', '.js', '.astro'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${root}tsconfig.json`, extensions: ['.ts', '.mts', '.mjs', '.js', '.astro', '.d.ts'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
  {
    name: 'eleaders/no-unused-disable-reports',
    // The tree keeps eslint-disable comments for rules this config does not load; do not report them.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
);
