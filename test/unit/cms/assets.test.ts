/** The generated parts of /admin/: Decap's prebuilt bundle (no maps), the admin script, the policy in the shell. */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleAdmin, copyDecap, decapDist, decapFiles, withPolicy } from '../../../src/integrations/cms-assets.ts';

const root = process.cwd();

describe("Decap's prebuilt bundle", () => {
  const { dir } = decapDist(root);
  const files = decapFiles(dir);

  it('is the decap-cms.js build: entry, chunks, licence and WebAssembly, without source maps', () => {
    expect(files).toContain('decap-cms.js');
    expect(files.filter((f) => f.endsWith('.wasm'))).toHaveLength(2);
    expect(files.filter((f) => /^\d+\.decap-cms\.js$/.test(f)).length).toBeGreaterThan(80);
    expect(files.some((f) => f.endsWith('.map') || /(^|\.)cms\.js$/.test(f))).toBe(false);
    expect(files.length).toBeGreaterThan(90);
  });

  it('is copied without the comments that point at the missing maps', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hub-decap-')), 'decap');
    expect(copyDecap(root, out)).toBe(files.length);
    expect(readdirSync(out).filter((f) => !f.startsWith('.')).sort()).toEqual([...files].sort());
    expect(readFileSync(join(out, 'decap-cms.js'), 'utf8')).not.toMatch(/sourceMappingURL/);
    expect(existsSync(join(out, 'decap-cms.js.map'))).toBe(false);
  });
});

describe('the admin script', () => {
  it('turns off Decap\'s automatic start and carries the generated configuration', () => {
    const script = bundleAdmin(root, { load_config_file: false, collections: [{ name: 'probe-collection', fields: [] }] });
    expect(script).toContain('probe-collection');
    expect(script).toContain('CMS_MANUAL_INIT');
  });
});

describe('the admin shell', () => {
  const shell = readFileSync('public/admin/index.html', 'utf8');

  it('lets nothing run until the build writes its policy, and is kept out of search engines', () => {
    expect(shell).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'" />');
    expect(shell).toContain('<meta name="robots" content="noindex, nofollow" />');
    expect(shell).toContain('data-pagefind-ignore="all"');
  });

  it('gets the generated policy, and refuses a shell without a policy tag', () => {
    expect(withPolicy(shell, "default-src 'self'")).toContain('content="default-src \'self\'"');
    expect(() => withPolicy('<html></html>', 'x')).toThrow(/has no <meta http-equiv="Content-Security-Policy"/);
  });
});
