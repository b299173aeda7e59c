/**
 * Decap CMS at /admin/: before anything is built (and when the dev server starts), copies Decap's
 * prebuilt bundle, generates the configuration from the models (src/cms/config.ts) for the
 * settings in the environment (src/cms/settings.ts) and bundles the admin script; then serves and
 * builds the admin shell (public/admin/index.html) with the policy for that backend (src/cms/csp.ts).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/content-dir.ts';
import { buildCmsConfig, loadRefLabels, loadRefOptions } from '../cms/config.ts';
import { cmsSettings, type CmsSettings } from '../cms/settings.ts';
import { adminPolicy } from '../cms/csp.ts';
import { copyDecap, withPolicy, writeAdminAssets } from './cms-assets.ts';
import { userError } from './user-error.ts';

/** The branch checked out in `root`, for the local backend; `main` when detached or not a repository. */
export function currentBranch(root: string): string {
  const r = spawnSync('git', ['rev-parse', '--abbrev-ref', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const branch = r.status === 0 ? r.stdout.trim() : '';
  return branch && branch !== 'HEAD' ? branch : 'main';
}

/** The integration. `env` is read once, when the build or the dev server starts. */
export function cms(env: Record<string, string | undefined> = process.env): AstroIntegration {
  let root = '';
  let settings: CmsSettings;
  return {
    name: 'hub:cms',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        root = fileURLToPath(config.root);
        try {
          settings = cmsSettings(env, currentBranch(root));
        } catch (err) {
          throw userError((err as Error).message);
        }
        const files = copyDecap(root);
        const content = resolve(root, contentDir(env));
        // hub_labels is the previews' (meeting and practice names); the admin script takes it out before CMS.init.
        writeAdminAssets(root, { ...buildCmsConfig(settings, loadRefOptions(content)), hub_labels: loadRefLabels(content) });
        const where =
          settings.backend === 'none' ? 'no editing backend (set CMS_BACKEND, or run npm run cms)'
          : settings.backend === 'local' ? `decap-server at ${settings.localUrl}` : `${settings.backend} ${settings.repo}`;
        logger.info(`/admin/: Decap CMS (${files} files), content in ${where}, branch ${settings.branch}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0];
          if (path !== '/admin/' && path !== '/admin/index.html') return next();
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(withPolicy(readFileSync(join(root, 'public/admin/index.html'), 'utf8'), adminPolicy(settings)));
        });
      },
      'astro:build:done': ({ dir }) => {
        const file = join(fileURLToPath(dir), 'admin/index.html');
        writeFileSync(file, withPolicy(readFileSync(file, 'utf8'), adminPolicy(settings)));
      },
    },
  };
}
