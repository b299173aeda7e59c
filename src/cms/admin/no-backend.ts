/**
 * /admin/ on a site built without an editing backend (CMS_BACKEND unset, e.g. `npm start` or a
 * deployment without CMS settings): instead of starting Decap, which would try to reach a backend that
 * is not there and fail on every request, the page says once what to run locally or which settings
 * a deployment needs.
 */
import { BACKENDS, SETTINGS_HELP } from '../settings.ts';

/** Builds an element with text and children (no HTML parsing: the admin's policy forbids nothing here, but text stays text). */
function el(tag: string, text?: string, ...children: Node[]): HTMLElement {
  const node = document.createElement(tag);
  if (text) node.textContent = text;
  node.append(...children);
  return node;
}

/** A paragraph of text runs, `code` runs shown as code. */
function para(...runs: (string | { code: string })[]): HTMLElement {
  return el('p', undefined, ...runs.map((r) => (typeof r === 'string' ? document.createTextNode(r) : el('code', r.code))));
}

/** The settings a deployment chooses its Git host with (the local-only ones left out). */
const DEPLOY_SETTINGS = (Object.keys(SETTINGS_HELP) as (keyof typeof SETTINGS_HELP)[]).filter((k) => k !== 'CMS_LOCAL_PORT');

/** Replaces the page's content with the explanation; `location` is where this admin is served. */
export function showNoBackend(location: Location = window.location): void {
  const local = `http://127.0.0.1:4321/admin/`;
  const settings = el('dl');
  for (const name of DEPLOY_SETTINGS) {
    const help = name === 'CMS_BACKEND' ? `${BACKENDS.filter((b) => b !== 'none' && b !== 'local').join(', ')}` : SETTINGS_HELP[name];
    settings.append(el('dt', undefined, el('code', name)), el('dd', help));
  }
  const main = el(
    'main',
    undefined,
    el('h1', 'Editing is not switched on for this copy of the hub'),
    para(`This site (${location.host}) was built without an editing backend, so the content manager has nowhere to read or save content.`),
    el('h2', 'To edit on your computer'),
    para('In the project folder, with your work committed, run ', { code: 'npm run cms' }, `, then open ${local}. It edits content/ in your working tree, and every save becomes a draft branch.`),
    el('h2', 'To edit on a deployed site'),
    para('Build the site with the settings of your Git host (README.md, "Production: GitHub, GitLab, Gitea or Forgejo"):'),
    settings,
  );
  main.className = 'hub-no-backend';
  document.body.replaceChildren(main);
}
