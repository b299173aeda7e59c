/**
 * What one built page costs a reader on first visit: the bytes of its HTML, CSS and JavaScript, raw and
 * gzipped, and the size budget of its type. Pure: the caller gives the page's HTML and a `read` function
 * for the site's files (`/_astro/x.js` -> its text, or undefined when it is not in the site).
 */
import { byteLength, formatBytes, gzipLength } from './bytes.ts';
import type { PageType } from './page-types.ts';

/** Raw and gzipped bytes. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** The cost of one page. */
export interface PageWeight {
  path: string;
  html: Bytes;
  css: Bytes;
  js: Bytes;
  /** Site files the page loads (stylesheets, scripts and their static imports). */
  assets: string[];
  /** What the page references but the site does not hold (another host, or a missing file). */
  missing: string[];
}

const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
const attr = (tag: string, name: string) => {
  const m = ATTR(name).exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
};

/** Script types a browser runs; JSON and other data blocks are not JavaScript. */
const isJsType = (type: string | undefined) => !type || /^(module|text\/javascript|application\/javascript)$/i.test(type.trim());

/** The stylesheets and scripts an HTML document loads, external (by URL) and inline (by text). */
export function pageRefs(html: string): { css: string[]; js: string[]; inlineCss: string[]; inlineJs: string[] } {
  const out = { css: [] as string[], js: [] as string[], inlineCss: [] as string[], inlineJs: [] as string[] };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (!isJsType(attr(m[1]!, 'type'))) continue;
    const src = attr(m[1]!, 'src');
    if (src) out.js.push(src);
    else if (m[2]!.trim()) out.inlineJs.push(m[2]!);
  }
  for (const m of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase().split(/\s+/);
    const href = attr(m[0], 'href');
    if (!href) continue;
    if (rel.includes('stylesheet')) out.css.push(href);
    if (rel.includes('modulepreload')) out.js.push(href);
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) out.inlineCss.push(m[1]!);
  return out;
}

/** The modules a script imports statically (`import x from "./a.js"`, `import "./b.js"`, `export * from`); not `import()`. */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s})])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) found.add(m[1]!);
  return [...found];
}

/** The modules a script loads later with a literal `import("./a.js")` (any quotes): code a page fetches once it is used. */
export function lazyImports(code: string): string[] {
  return [...new Set([...code.matchAll(/\bimport\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]!))];
}

/** `ref` as a site path, seen from `from`; undefined when it points to another host. */
function sitePath(ref: string, from: string): string | undefined {
  const u = new URL(ref, `http://site.invalid${from}`);
  return u.host === 'site.invalid' ? u.pathname : undefined;
}

const add = (a: Bytes, text: string) => ({ raw: a.raw + byteLength(text), gzip: a.gzip + gzipLength(text) });

/** The weight of the page at `path` (a URL path) whose document is `html`. */
export function pageWeight(path: string, html: string, read: (sitePath: string) => string | undefined): PageWeight {
  const refs = pageRefs(html);
  const w: PageWeight = { path, html: add({ raw: 0, gzip: 0 }, html), css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 }, assets: [], missing: [] };
  const seen = new Set<string>();
  const load = (ref: string, from: string, kind: 'css' | 'js') => {
    const p = sitePath(ref, from);
    if (!p) return void w.missing.push(ref);
    if (seen.has(p)) return;
    seen.add(p);
    const text = read(p);
    if (text === undefined) return void w.missing.push(p);
    w.assets.push(p);
    w[kind] = add(w[kind], text);
    if (kind === 'js') for (const dep of staticImports(text)) load(dep, p, 'js');
  };
  refs.css.forEach((r) => load(r, path, 'css'));
  refs.js.forEach((r) => load(r, path, 'js'));
  refs.inlineCss.forEach((t) => (w.css = add(w.css, t)));
  refs.inlineJs.forEach((t) => {
    w.js = add(w.js, t);
    staticImports(t).forEach((dep) => load(dep, path, 'js'));
  });
  return w;
}

/**
 * The JavaScript the page at `path` fetches once it is used: its scripts' lazy imports (lazyImports), with their
 * static imports, less what the page loaded already. Pagefind's files, added by a script element, are not counted.
 */
export function lazyWeight(path: string, html: string, read: (sitePath: string) => string | undefined): Bytes {
  const first = pageWeight(path, html, read);
  const lazy = first.assets.flatMap((a) => lazyImports(read(a) ?? '').flatMap((ref) => sitePath(ref, a) ?? []));
  const later = pageWeight(path, lazy.map((p) => `<script type="module" src="${p}"></script>`).join(''), read);
  const already = new Set(first.assets);
  return later.assets.filter((a) => !already.has(a)).reduce((w, a) => add(w, read(a) ?? ''), { raw: 0, gzip: 0 });
}

/** Each way a page breaks its type's budget, as a sentence naming the page, the bytes, the budget and where it is set. */
export function budgetProblems(w: PageWeight, type: PageType): string[] {
  const b = type.budget;
  if (!b) return [];
  const where = `(budget of "${type.label}" pages in scripts/lib/bench/page-types.ts)`;
  const out: string[] = [];
  if (w.html.gzip > b.htmlGzip) out.push(`${w.path}: HTML is ${formatBytes(w.html.gzip)} gzipped, over ${formatBytes(b.htmlGzip)} ${where}`);
  if (b.jsGzip !== null && w.js.gzip > b.jsGzip) {
    out.push(`${w.path}: loads ${formatBytes(w.js.gzip)} of JavaScript gzipped, over ${formatBytes(b.jsGzip)} ${where}; load it lazily or raise the budget with a reason`);
  }
  for (const m of w.missing) out.push(`${w.path}: loads ${m}, which the built site does not hold (another host, or a missing file)`);
  return out;
}
