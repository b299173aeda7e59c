/** Unsafe MDX stops `npm run build` before anything is compiled, naming the file and line, and nothing runs. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const PRACTICE = readFileSync('content/practices/est-x-road.mdx', 'utf8');

/** est-x-road with `line` added after its first paragraph (line 22 of the file). */
function practice(line: string): string {
  const lines = PRACTICE.split('\n');
  const first = lines.findIndex((l, i) => i > 2 && l.startsWith('X-Road is'));
  lines.splice(first + 2, 0, line, '');
  expect(lines.indexOf(line) + 1).toBe(22);
  return lines.join('\n');
}

describe('a practice with code in its MDX', () => {
  it('fails the build with file, line and fix for each, and evaluates none of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-unsafe-'));
    for (const f of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
      cpSync(f, join(dir, f), { recursive: true, filter: (src) => !src.includes('public/admin/decap') });
    }
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
    const canary = join(dir, 'canary');
    const fs = `globalThis.process.getBuiltinModule('node:fs')`;
    const files = {
      'est-export.mdx': 'export const x = 1',
      'est-exit.mdx': '{process.exit(1)}',
      'est-canary-esm.mdx': `export const ran = ${fs}.writeFileSync('${canary}-esm', 'ran')`,
      'est-canary-expression.mdx': `{${fs}.writeFileSync('${canary}-expression', 'ran')}`,
    };
    for (const [name, line] of Object.entries(files)) writeFileSync(join(dir, 'content/practices', name), practice(line));

    const r = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
    const out = r.stdout + r.stderr;
    expect(r.status, out).not.toBe(0);
    expect(out).toContain('content/practices/est-export.mdx:22: `export const x = 1` is not allowed: MDX here may not import or export code (it would run when the site is built); remove the line');
    expect(out).toContain('content/practices/est-exit.mdx:22: `{process.exit(1)}` is not allowed: {…} runs code when the site is built; remove it, write \\{ for a literal brace');
    expect(out).toContain('content/practices/est-canary-esm.mdx:22:');
    expect(out).toContain('content/practices/est-canary-expression.mdx:22:');
    expect(out).toContain('nothing was built');
    expect(out, 'the refusal is printed without a stack trace around it').not.toMatch(/Stack trace:|^\s+at /m);
    expect(existsSync(join(dir, 'dist')), 'something was built').toBe(false);
    expect(existsSync(`${canary}-esm`), 'the export was evaluated').toBe(false);
    expect(existsSync(`${canary}-expression`), 'the expression was evaluated').toBe(false);
  }, 120_000);
});
