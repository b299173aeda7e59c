/**
 * Where the CMS stores content: none (the default: /admin/ explains how to switch editing on), the local
 * decap-server (`npm run cms` sets CMS_BACKEND=local) or a production Git host, read
 * from environment settings at build time and checked, so a wrong setting stops the build with the fix
 * instead of giving editors a broken /admin/. The README ("Editing through the CMS") explains each one.
 */

/** The Git hosts the CMS can use; `none`: no editing backend (a site built without CMS settings). */
export const BACKENDS = ['none', 'local', 'github', 'gitlab', 'gitea', 'forgejo'] as const;

/** A Git host the CMS can use, or none. */
export type Backend = (typeof BACKENDS)[number];

/** The checked settings. */
export interface CmsSettings {
  backend: Backend;
  /** `owner/name` on the Git host (not for `local`). */
  repo?: string;
  /** The branch published content lives on. */
  branch: string;
  /** REST API of a self-hosted or enterprise host, e.g. https://git.example.gov/api/v1. */
  apiRoot?: string;
  /** Where sign-in happens: an OAuth proxy for GitHub, the host itself for GitLab/Gitea. */
  baseUrl?: string;
  /** Path of the authorisation endpoint under `baseUrl`, when not the host's default. */
  authEndpoint?: string;
  /** OAuth application id (GitLab, Gitea, Forgejo: sign-in with PKCE, no secret in the browser). */
  appId?: string;
  /** Let people without write access propose entries from a fork (GitHub and Forgejo only). */
  openAuthoring: boolean;
  /** decap-server's API for the `local` backend. */
  localUrl: string;
  /** Public address of the site, for "view live" links. */
  siteUrl: string;
}

/** The environment variables read, and what each holds. */
export const SETTINGS_HELP = {
  CMS_BACKEND: `${BACKENDS.join(' | ')} (default none: /admin/ says how to edit; npm run cms sets local)`,
  CMS_REPO: 'owner/name of the repository on the Git host',
  CMS_BRANCH: 'branch that holds published content (default main)',
  CMS_API_ROOT: 'API address of a self-hosted host, e.g. https://git.example.gov/api/v1',
  CMS_BASE_URL: 'sign-in address: your OAuth proxy (GitHub) or the host (GitLab, Gitea)',
  CMS_AUTH_ENDPOINT: 'authorisation path under CMS_BASE_URL, if not the default',
  CMS_APP_ID: 'OAuth application id (GitLab, Gitea, Forgejo)',
  CMS_OPEN_AUTHORING: 'true to let contributors without write access submit from a fork (GitHub, Forgejo)',
  CMS_LOCAL_PORT: 'port of decap-server for the local backend (default 8081)',
} as const;

function fail(name: keyof typeof SETTINGS_HELP | 'SITE_URL', value: string | undefined, why: string): never {
  throw new Error(`CMS setting ${name}=${JSON.stringify(value ?? '')}: ${why}. ${name === 'SITE_URL' ? '' : `(${name}: ${SETTINGS_HELP[name]})`}`.trim());
}

function httpsUrl(name: 'CMS_API_ROOT' | 'CMS_BASE_URL', value: string | undefined, backend: Backend): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(name, value, 'is not an address');
  }
  if (url.protocol !== 'https:' && !(backend === 'local' && url.protocol === 'http:')) fail(name, value, 'must start with https://');
  return value.replace(/\/+$/, '');
}

/** Reads and checks the settings from `env`; `currentBranch` is the default branch of the local backend. */
export function cmsSettings(env: Record<string, string | undefined>, currentBranch = 'main'): CmsSettings {
  const backend = (env.CMS_BACKEND || 'none') as Backend;
  if (!BACKENDS.includes(backend)) fail('CMS_BACKEND', env.CMS_BACKEND, `unknown backend; use one of ${BACKENDS.join(', ')}`);
  const repo = env.CMS_REPO || undefined;
  if (backend !== 'local' && backend !== 'none' && !/^[\w.-]+(\/[\w.-]+)+$/.test(repo ?? '')) fail('CMS_REPO', repo, `the ${backend} backend needs the repository as owner/name`);
  const port = Number(env.CMS_LOCAL_PORT || 8081);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail('CMS_LOCAL_PORT', env.CMS_LOCAL_PORT, 'must be a port number');
  const apiRoot = httpsUrl('CMS_API_ROOT', env.CMS_API_ROOT, backend);
  const baseUrl = httpsUrl('CMS_BASE_URL', env.CMS_BASE_URL, backend);
  const openAuthoring = env.CMS_OPEN_AUTHORING === 'true';
  if (openAuthoring && backend !== 'github' && backend !== 'forgejo') fail('CMS_OPEN_AUTHORING', 'true', `Decap supports open authoring on GitHub and Forgejo only, not ${backend}`);
  if ((backend === 'gitea' || backend === 'forgejo') && !apiRoot) fail('CMS_API_ROOT', env.CMS_API_ROOT, `the ${backend} backend needs the API address of your server`);
  if ((backend === 'gitlab' || backend === 'gitea' || backend === 'forgejo') && !env.CMS_APP_ID) fail('CMS_APP_ID', env.CMS_APP_ID, `the ${backend} backend signs in with an OAuth application: create one and give its id`);
  return {
    backend,
    ...(repo ? { repo } : {}),
    branch: env.CMS_BRANCH || (backend === 'local' ? currentBranch : 'main'),
    ...(apiRoot ? { apiRoot } : {}),
    ...(baseUrl ? { baseUrl } : {}),
    ...(env.CMS_AUTH_ENDPOINT ? { authEndpoint: env.CMS_AUTH_ENDPOINT } : {}),
    ...(env.CMS_APP_ID ? { appId: env.CMS_APP_ID } : {}),
    openAuthoring,
    localUrl: `http://127.0.0.1:${port}/api/v1`,
    siteUrl: env.SITE_URL ?? 'https://eleaders-hub.example.org',
  };
}
