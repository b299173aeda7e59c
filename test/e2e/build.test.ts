/** The real `astro build` and `npm start`'s server, on the real project. */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('a practice whose country is XYZ', () => {
  it('fails `astro build` naming the file, the field and where the valid codes are, and builds nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-build-'));
    for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(dir, f), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const file = join(dir, 'content/practices/est-x-road.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('country: EST', 'country: XYZ'));
    const r = spawnSync(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const out = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(out).toContain('content/practices/est-x-road.mdx:3: field "country": unknown value "XYZ"');
    expect(out).toContain('content/countries.yaml (ISO 3166-1 alpha-3 codes in capitals');
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });
});

describe('scripts/serve.ts (what `npm start` runs after the build)', () => {
  it('serves the built hub on 127.0.0.1 and prints the address', async () => {
    const port = String(40000 + Math.floor(Math.random() * 20000));
    const child = spawn(process.execPath, ['scripts/serve.ts'], { env: { ...process.env, PORT: port } });
    try {
      const line = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (d: Buffer) => ok(d.toString()));
        child.on('exit', (code) => fail(new Error(`serve.ts exited with ${code}`)));
      });
      expect(line).toContain(`http://127.0.0.1:${port}/`);
      const res = await fetch(`http://127.0.0.1:${port}/countries/kor/`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('0.935');
    } finally {
      child.kill();
    }
  });
});
