/**
 * The generated (git-ignored) parts of /admin/: Decap's prebuilt bundle copied from
 * node_modules/decap-cms/dist (no source maps), the hub's admin script bundled with the generated
 * configuration, and the preview stylesheet. Also the policy substitution in the admin shell.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';

/** Where the generated files go, under the project root. */
export const ADMIN_OUT = 'public/admin/decap';

/** The shell's policy tag; the integration writes the generated policy into it. */
const CSP_META = /(<meta http-equiv="Content-Security-Policy" content=")[^"]*(")/;

/** The directory of Decap's prebuilt bundle and its version. */
export function decapDist(root: string): { dir: string; version: string } {
  const pkg = createRequire(join(root, 'package.json')).resolve('decap-cms/package.json');
  return { dir: join(dirname(pkg), 'dist'), version: (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version };
}

/**
 * The files of the `decap-cms.js` build: the entry, its chunks, their licence texts, the WebAssembly
 * files its chunks load. Not the blank cms.css, not the `cms.js` duplicate build, not source maps.
 */
export function decapFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => !f.endsWith('.map') && (/(^|\.)decap-cms\.js(\.LICENSE\.txt)?$/.test(f) || f.endsWith('.wasm')));
}

/** Copies Decap's bundle into `out` unless the same version is already there; returns how many files. */
export function copyDecap(root: string, out = join(root, ADMIN_OUT)): number {
  const { dir, version } = decapDist(root);
  const stamp = join(out, '.decap-version');
  const files = decapFiles(dir);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return files.length;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const f of files) {
    if (f.endsWith('.js')) {
      // The maps are not shipped, so the comments pointing at them go too.
      writeFileSync(join(out, f), readFileSync(join(dir, f), 'utf8').replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n'));
    } else copyFileSync(join(dir, f), join(out, f));
  }
  writeFileSync(stamp, version);
  return files.length;
}

/** Bundles src/cms/admin/main.ts with `config` built in; returns the script. */
export function bundleAdmin(root: string, config: unknown): string {
  const result = buildSync({
    entryPoints: [join(root, 'src/cms/admin/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    legalComments: 'none',
    define: { __HUB_CMS_CONFIG__: JSON.stringify(config) },
  });
  return result.outputFiles[0]!.text;
}

/** Writes the admin script and the preview stylesheet (the site's stylesheet plus the MDX components'). */
export function writeAdminAssets(root: string, config: unknown, out = join(root, ADMIN_OUT)): void {
  mkdirSync(out, { recursive: true });
  writeIfChanged(join(out, 'hub-admin.js'), bundleAdmin(root, config));
  const css = ['src/styles/global.css', 'src/components/mdx/mdx.css'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  writeIfChanged(join(out, 'preview.css'), css);
}

function writeIfChanged(file: string, text: string): void {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}

/** The admin shell with `policy` as its Content-Security-Policy; throws if the shell lost its policy tag. */
export function withPolicy(shell: string, policy: string): string {
  if (!CSP_META.test(shell)) throw new Error('public/admin/index.html has no <meta http-equiv="Content-Security-Policy" content="…">: restore it');
  return shell.replace(CSP_META, (_all, open: string, close: string) => `${open}${policy}${close}`);
}
