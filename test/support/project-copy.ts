/** A throw-away copy of the project (node_modules linked, not copied), to build a site from other content. */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Copies what `astro build` needs into a new temporary folder and returns its path. */
export function copyProject(prefix = 'hub-copy-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(f, join(dir, f), { recursive: true });
  symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
  return dir;
}

/** Runs `astro build` in `dir` without blocking the test worker; resolves with its exit code and output. */
export function astroBuild(dir: string): Promise<{ status: number | null; output: string }> {
  return new Promise((ok) => {
    const child = spawn(resolve('node_modules/.bin/astro'), ['build'], { cwd: dir, env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (status) => ok({ status, output }));
  });
}
