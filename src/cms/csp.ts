/**
 * Content Security Policies. Every page Astro renders gets `SITE_CSP` through Astro's own
 * `security.csp` (Astro adds the hashes of the scripts and styles it emits, so nothing inline runs
 * without its hash). The CMS at /admin/ is a static shell Astro does not render; it gets
 * `adminPolicy()`, the narrowest policy under which Decap CMS still works, each relaxation explained.
 */
import type { AstroUserConfig } from 'astro';
import type { CmsSettings } from './settings.ts';

/** The object form of Astro's `security.csp`. */
type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config.mjs: same-origin only, WebAssembly for Pagefind's search. */
export const SITE_CSP: AstroCsp = {
  directives: [
    "default-src 'none'",
    "img-src 'self'",
    "font-src 'self'",
    // Pagefind fetches its index and fragments from /pagefind/.
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
  ],
  // Astro adds the hashes of its own scripts; Pagefind compiles its WebAssembly search engine.
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
  styleDirective: { resources: ["'self'"] },
};

/** Each relaxation of the admin policy beyond "same origin only", and why Decap needs it. */
export const ADMIN_RELAXATIONS = {
  "script-src 'unsafe-eval'":
    'Decap validates its configuration with ajv, which compiles each JSON schema into a function with `new Function`; without it the CMS stops with a CSP error before it shows anything.',
  "style-src 'unsafe-inline'":
    'Decap\'s interface is styled with Emotion, which writes <style> elements at run time, and React sets style attributes; their content is not known in advance, so it cannot be hashed.',
  'img-src blob: and connect-src blob:':
    'Decap keeps uploads in the browser as blob: addresses, shows them from there and reads them back with fetch (measured: without these, uploaded images do not show).',
  'connect-src <backend>':
    'Decap reads and writes the repository through the Git host\'s API (or decap-server for `npm run cms`) and, for GitLab/Gitea/Forgejo, exchanges the sign-in code at the host.',
  'img-src <backend>':
    'Media already in the repository and the signed-in user\'s avatar are loaded from the Git host.',
} as const;

function origin(url: string | undefined): string[] {
  return url ? [new URL(url).origin] : [];
}

/** The hosts the admin page must reach for the configured backend. */
export function backendOrigins(s: CmsSettings): { connect: string[]; img: string[] } {
  switch (s.backend) {
    case 'none':
      return { connect: [], img: [] };
    case 'local':
      return { connect: origin(s.localUrl), img: [] };
    case 'github':
      return { connect: origin(s.apiRoot ?? 'https://api.github.com'), img: ['https://avatars.githubusercontent.com', ...origin(s.apiRoot)] };
    case 'gitlab': {
      const api = origin(s.apiRoot ?? 'https://gitlab.com/api/v4');
      const base = origin(s.baseUrl ?? 'https://gitlab.com');
      return { connect: [...new Set([...api, ...base])], img: [...new Set([...base, 'https://secure.gravatar.com'])] };
    }
    case 'gitea':
    case 'forgejo': {
      const hosts = [...new Set([...origin(s.apiRoot), ...origin(s.baseUrl)])];
      return { connect: hosts, img: hosts };
    }
  }
}

/**
 * The admin page's policy for the configured backend (a `<meta http-equiv>` value). Fonts, frames and
 * data: images fall under `default-src 'none'`: Decap needs none of them (its preview frame is srcdoc).
 */
export function adminPolicy(s: CmsSettings): string {
  const { connect, img } = backendOrigins(s);
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    ['img-src', "'self'", 'blob:', ...img].join(' '),
    ['connect-src', "'self'", 'blob:', ...connect].join(' '),
    "base-uri 'self'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
}
