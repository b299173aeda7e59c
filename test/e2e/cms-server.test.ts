/**
 * `npm run cms` on a temporary clone: it refuses a dirty tree or a branch named cms before starting
 * anything; on a clean tree it starts the dev server and decap-server inside the guard, prints the
 * admin address, serves /admin/ with the local backend's policy, and Ctrl+C stops both. Measured with
 * `ss -ltnp`: the processes it starts listen on exactly two ports, the dev server and the guard, both
 * on 127.0.0.1; no other port answers decap-server's API.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/cms/local.ts';
import { cloneRepo, git } from './cms-site.ts';

const ENV = { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };

/** A clone that can run npm scripts: node_modules linked in, and ignored there so the tree stays clean. */
function runnableClone(): string {
  const repo = cloneRepo(mkdtempSync(join(tmpdir(), 'hub-npm-cms-')));
  symlinkSync(resolve('node_modules'), join(repo, 'node_modules'));
  appendFileSync(join(repo, '.git/info/exclude'), '\nnode_modules\n');
  return repo;
}

/** The addresses the processes of process group `pgid` listen on (TCP), as `ss -ltnp` reports them. */
function listeningPorts(pgid: number): string[] {
  const pids = new Set(spawnSync('ps', ['-o', 'pid=', '-g', String(pgid)], { encoding: 'utf8' }).stdout.split('\n').map((p) => p.trim()).filter(Boolean));
  const ss = spawnSync('ss', ['-ltnpH'], { encoding: 'utf8' }).stdout.split('\n');
  return ss.filter((l) => [...l.matchAll(/pid=(\d+)/g)].some((m) => pids.has(m[1]!))).map((l) => l.trim().split(/\s+/)[3]!);
}

describe('npm run cms', () => {
  it('refuses a working tree with untracked or uncommitted files, naming them, and starts nothing', () => {
    const repo = runnableClone();
    writeFileSync(join(repo, 'content/practices/draft-notes.txt'), 'not committed');
    writeFileSync(join(repo, 'README.md'), 'changed');
    const r = spawnSync('npm', ['run', 'cms'], { cwd: repo, encoding: 'utf8', env: ENV, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run cms: not started: the working tree has uncommitted or untracked files:\n  README.md\n  content/practices/draft-notes.txt');
    expect(r.stderr).toContain('Commit them, or stash them (git stash --include-untracked), then try again.');
    expect(r.stdout).not.toContain('CMS ready');
  }, 90_000);

  it('refuses a branch named cms, where git cannot keep drafts', () => {
    const repo = runnableClone();
    git(repo, 'branch', '-m', 'cms');
    const r = spawnSync('npm', ['run', 'cms'], { cwd: repo, encoding: 'utf8', env: ENV, timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the checked-out branch is "cms": decap-server keeps drafts on branches named cms/<collection>/<entry>');
  }, 90_000);

  it('starts the guarded CMS API and the dev server on 127.0.0.1 only, prints the admin address, and stops both', async () => {
    const repo = runnableClone();
    const [port, cmsPort] = [await freePort(), await freePort()];
    const child = spawn('npm', ['run', 'cms'], { cwd: repo, env: { ...ENV, PORT: String(port), CMS_LOCAL_PORT: String(cmsPort) }, detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    const exited = new Promise<number | null>((ok) => child.on('exit', ok));
    try {
      // Up to 5 minutes: the dev server starts in seconds alone, in minutes when the whole suite shares two cores.
      for (let i = 0; i < 1200 && !out.includes('CMS ready'); i += 1) await new Promise((r) => setTimeout(r, 250));
      expect(out).toContain(`CMS ready: open http://127.0.0.1:${port}/admin/`);
      expect(out).toContain('published to "main"');
      const html = await fetch(`http://127.0.0.1:${port}/admin/`).then((r) => r.text());
      expect(html).toContain(`connect-src 'self' blob: http://127.0.0.1:${cmsPort};`);
      const info = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      expect(await info.json()).toMatchObject({ type: 'local_git', publish_modes: ['simple', 'editorial_workflow'] });
      await expect(fetch(`http://127.0.0.2:${cmsPort}/api/v1`).then(() => 'answered', () => 'refused')).resolves.toBe('refused');
      const listening = listeningPorts(child.pid!);
      expect(listening.sort()).toEqual([`127.0.0.1:${port}`, `127.0.0.1:${cmsPort}`].sort());
      // The dev server is no back door: decap-server's API is not there.
      const devApi = await fetch(`http://127.0.0.1:${port}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' });
      expect(await devApi.text()).not.toContain('local_git');
      const foreign = await fetch(`http://127.0.0.1:${cmsPort}/api/v1`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:5173' }, body: '{"action":"info"}' });
      expect([foreign.status, foreign.headers.get('access-control-allow-origin')]).toEqual([403, null]);
      expect(git(repo, 'status', '--porcelain'), 'starting the CMS changed the tree').toBe('');
    } finally {
      // The group may have stopped already (then the assertions above say why).
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGINT');
      await exited;
    }
    await expect(fetch(`http://127.0.0.1:${cmsPort}/api/v1`).then(() => 'answered', () => 'stopped')).resolves.toBe('stopped');
  }, 420_000);
});
