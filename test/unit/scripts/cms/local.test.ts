/** The local backend's guard: decap-server may only touch a clean working tree on the published branch. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { branchProblem, freePort, refusal, startGuard } from '../../../../scripts/lib/cms/local.ts';

const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'hub-guard-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.email', 'test@example.org');
  git(dir, 'config', 'user.name', 'Test');
  writeFileSync(join(dir, 'a.md'), 'a\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'init');
  return dir;
}

describe('when decap-server must not run', () => {
  it('allows a clean tree on the published branch', () => {
    expect(refusal(repo(), 'main')).toBeUndefined();
  });

  it('refuses untracked and uncommitted files, naming them and the fix', () => {
    const dir = repo();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    writeFileSync(join(dir, 'a.md'), 'changed\n');
    const why = refusal(dir, 'main')!;
    expect(why).toContain('uncommitted or untracked files:\n  a.md\n  notes.txt');
    expect(why).toContain('git stash --include-untracked');
  });

  it('refuses a tree on another branch', () => {
    const dir = repo();
    git(dir, 'switch', '-q', '-c', 'feature');
    expect(refusal(dir, 'main')).toContain('on branch "feature", not on "main"');
  });

  it.each([
    ['cms', 'git cannot create beside a branch "cms"'],
    ['cms/practices/x', 'decap-server keeps drafts on branches named cms/<collection>/<entry>'],
    [undefined, 'HEAD is detached'],
  ])('refuses to publish to %j', (branch, message) => {
    expect(branchProblem(branch)).toContain(message);
  });
});

describe('the guard in front of decap-server', () => {
  let upstream: Server;
  let guard: Server;
  let base = '';
  const dir = repo();
  const seen: string[] = [];

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push(body);
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end('{"ok":true}');
      });
    });
    await new Promise<void>((ok) => upstream.listen(0, '127.0.0.1', ok));
    const port = await freePort();
    guard = await startGuard({ repo: dir, branch: 'main', port, target: (upstream.address() as AddressInfo).port });
    base = `http://127.0.0.1:${port}/api/v1`;
  });
  afterAll(() => {
    guard?.close();
    upstream?.close();
  });

  const post = (action: string) => fetch(base, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: 'http://127.0.0.1:4321' }, body: JSON.stringify({ action, params: { branch: 'main' } }) });

  it('passes requests through while the tree is clean', async () => {
    const res = await post('persistEntry');
    expect([res.status, await res.json()]).toEqual([200, { ok: true }]);
    expect(seen.at(-1)).toContain('"persistEntry"');
  });

  it('answers every request but "info" with a readable refusal once the tree is dirty, and forwards nothing', async () => {
    writeFileSync(join(dir, 'draft.txt'), 'not committed');
    const count = seen.length;
    const res = await post('persistEntry');
    expect(res.status).toBe(409);
    expect(res.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:4321');
    expect(((await res.json()) as { error: string }).error).toMatch(/^The CMS did not save: the working tree has uncommitted or untracked files:\n {2}draft\.txt/);
    expect((await post('entriesByFolder')).status).toBe(409);
    expect(seen.length).toBe(count);
    expect((await post('info')).status).toBe(200);
  });
});
