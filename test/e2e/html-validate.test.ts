/**
 * HTML validity of one built page of every template (the sample page of each type in
 * scripts/lib/bench/page-types.ts), with html-validate's recommended rules and the few exceptions below,
 * each with its reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { PAGE_TYPES } from '../../scripts/lib/bench/page-types.ts';

const CONFIG: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Page titles are the official names of documents, reviews and principles; search engines shorten them, readers need them whole.
    'long-title': 'off',
    // The compare page's country picker is an ARIA combobox whose listbox filters as one types, which <select> cannot do.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // The filter forms (peer reviews, compare) apply each choice in place, with no change of context (SC 3.2.2): a submit button would do nothing.
    'wcag/h32': 'off',
  },
};

/**
 * The CMS shell (public/admin/index.html, owned with src/cms/) is written in XHTML style (`<!doctype>` in lower
 * case, `<meta ... />`): valid HTML, so only these two style rules are off for it.
 */
const CMS_SHELL: ConfigData = { ...CONFIG, rules: { ...CONFIG.rules, 'doctype-style': 'off', 'void-style': 'off' } };

/** Each template's sample page, as a file of dist/. */
const samples = PAGE_TYPES.filter((t) => t.sample).map((t) => ({ type: t.label, path: t.sample!, file: join('dist', t.sample!.endsWith('/') ? `${t.sample}index.html` : t.sample!) }));

describe('html-validate on one page of every template', () => {
  const validator = new HtmlValidate(CONFIG);
  const cmsValidator = new HtmlValidate(CMS_SHELL);
  it('covers every page type', () => {
    expect(samples.length).toBeGreaterThanOrEqual(20);
  });
  it.each(samples)('$type ($path) is valid HTML', async ({ path, file }) => {
    const html = readFileSync(file, 'utf8');
    const report = await (path.startsWith('/admin/') ? cmsValidator : validator).validateString(html, file);
    const problems = report.results.flatMap((r) => r.messages);
    expect(problems.map((m) => `${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message} (${m.selector ?? ''})`)).toEqual([]);
  });
});

/**
 * Two words run together where a template breaks its line between text and a tag (Astro drops that white space
 * unless it is written `{' '}`): a word or punctuation mark straight against an inline element that starts with a
 * letter, as "(Moldova)shares" and "in the<a>data package" once did.
 */
const JOINED = /[\p{L}\d,:;.)]<(?:a|span|strong|em|code|abbr|time)\b[^>]*>\p{L}/gu;

describe('text of one page of every template', () => {
  it.each(samples.filter((x) => !x.path.startsWith('/admin/')))('$type ($path): no two words run together', ({ file }) => {
    const html = readFileSync(file, 'utf8').replace(/<(script|style|svg|pre)\b.*?<\/\1>/gs, '');
    expect([...html.matchAll(JOINED)].map((m) => html.slice(Math.max(0, m.index - 30), m.index + m[0].length + 20))).toEqual([]);
  });
});
