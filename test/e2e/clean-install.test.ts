/**
 * A clean install stays clean: given this repository's package.json and package-lock.json, npm has
 * nothing to change in the lockfile (every platform's optional packages are in it), so `npm install`
 * on a fresh clone leaves `git status --porcelain` empty and `npm run cms` may start (its refusal of a
 * dirty tree, and its start, are in cms-server.test.ts). npm works on a copy and resolves the lockfile
 * only (`--package-lock-only`): nothing is downloaded into node_modules or installed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs npm's lockfile resolution in a copy of the manifest and lockfile; returns npm's exit status, output and lockfile. */
function resolveLockfile(lock: string): { status: number | null; output: string; lock: string } {
  const dir = mkdtempSync(join(tmpdir(), 'hub-lock-'));
  for (const f of ['package.json', '.npmrc']) copyFileSync(f, join(dir, f));
  writeFileSync(join(dir, 'package-lock.json'), lock);
  const r = spawnSync('npm', ['install', '--package-lock-only', '--prefer-offline', '--ignore-scripts', '--no-audit', '--no-fund'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: r.status, output: r.stdout + r.stderr, lock: readFileSync(join(dir, 'package-lock.json'), 'utf8') };
}

describe('npm install on a fresh clone', () => {
  const committed = readFileSync('package-lock.json', 'utf8');

  it('leaves the committed lockfile byte for byte', () => {
    const r = resolveLockfile(committed);
    expect(r.status, r.output).toBe(0);
    expect(r.lock === committed, 'npm rewrote package-lock.json: run `npm install` and commit the lockfile exactly as npm writes it').toBe(true);
  }, 300_000);

  it('would rewrite a lockfile without another platform\'s optional packages (the check above is real)', () => {
    const lock = JSON.parse(committed) as { packages: Record<string, unknown> };
    const dropped = Object.keys(lock.packages).filter((k) => k.startsWith('node_modules/@esbuild/win32-'));
    expect(dropped.length).toBeGreaterThan(0);
    for (const k of dropped) delete lock.packages[k];
    const r = resolveLockfile(`${JSON.stringify(lock, null, 2)}\n`);
    expect(r.status, r.output).toBe(0);
    for (const k of dropped) expect(r.lock).toContain(`"${k}"`);
  }, 300_000);
});
