/**
 * Content Security Policy on the built site: every page carries Astro's policy with the hashes of its
 * own inline scripts and styles and nothing else inline; in Chromium no page breaks it, WebAssembly
 * (Pagefind) may run and `eval` may not. /admin/ carries its own, documented, narrower-than-Decap policy.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cmsSettings } from '../../src/cms/settings.ts';
import { adminPolicy } from '../../src/cms/csp.ts';
import { currentBranch } from '../../src/integrations/cms.ts';
import { openSession, type Session } from '../support/browser.ts';

function pages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return path.endsWith('dist/admin') ? [] : pages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

const policyOf = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('every page of the built site', () => {
  const all = pages('dist');

  it.each(all.map((p) => [relative('dist', p)]))('%s has the site policy, and everything inline in it is hashed', (page) => {
    const html = readFileSync(join('dist', page), 'utf8');
    const policy = policyOf(html);
    expect(policy, 'no policy').toBeDefined();
    const directives = Object.fromEntries(policy!.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(' ')[0], d]));
    expect(directives['default-src']).toBe("default-src 'none'");
    expect(directives['script-src']).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    expect(directives['style-src']).toMatch(/^style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    for (const [, tag, attrs, content] of html.matchAll(/<(script|style)((?![^>]*\bsrc=)[^>]*)>([\s\S]*?)<\/\1>/g)) {
      // A data block (e.g. Pagefind's result template, type="text/pagefind-template") never runs.
      const type = /\btype="([^"]*)"/.exec(attrs!)?.[1];
      if (tag === 'script' && type && !['module', 'text/javascript'].includes(type)) continue;
      expect(directives[`${tag}-src`], `an inline <${tag}> is not in the policy`).toContain(sha256(content!));
    }
    expect(html, 'style attributes are refused by the policy').not.toMatch(/<[a-z][^>]*\sstyle="/i);
    expect(html, 'event-handler attributes are refused by the policy').not.toMatch(/<[a-z][^>]*\son[a-z]+="/i);
  });

  it('leaves /admin/ out of the sitemap', () => {
    expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/admin/');
  });
});

describe('/admin/', () => {
  it('has the policy for the backend it was built for, and is not indexed', () => {
    const html = readFileSync('dist/admin/index.html', 'utf8');
    const expected = adminPolicy(cmsSettings(process.env, currentBranch(process.cwd())));
    expect(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1]).toBe(expected);
    expect(expected).toMatch(/^default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';/);
    expect(html).toContain('<meta name="robots" content="noindex, nofollow" />');
  });
});

describe('in Chromium', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
  });
  afterAll(async () => {
    await s?.close();
  });

  it.each(['/', '/practices/est-x-road/', '/countries/kor/', '/indicators/dgi/', '/statements/2015-tokyo/', '/no-such-page/'])(
    '%s breaks no rule of its policy; WebAssembly may run, eval may not',
    async (path) => {
      const page = await s.context.newPage();
      const violations: string[] = [];
      page.on('console', (m) => {
        if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
      });
      await page.goto(s.base + path);
      await page.waitForLoadState('load');
      const result = await page.evaluate(async () => {
        const wasm = await WebAssembly.instantiate(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])).then(() => 'ran', (e: Error) => e.name);
        let evaluated = 'ran';
        try {
          new Function('return 1')();
        } catch (e) {
          evaluated = (e as Error).name;
        }
        return { wasm, evaluated };
      });
      expect(result).toEqual({ wasm: 'ran', evaluated: 'EvalError' });
      expect(violations.filter((v) => !/evaluate a string as JavaScript/.test(v))).toEqual([]);
      await page.close();
    },
  );
});
