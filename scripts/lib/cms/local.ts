/**
 * The local backend of the CMS: decap-server's git backend with the editorial workflow, in this
 * process, behind the guard (guard.ts), which is its only door (127.0.0.1). decap-server checks out
 * branches in the folder it serves and commits with `git add .`, so on a working tree with uncommitted
 * or untracked files it would sweep them into a draft; the guard refuses every write while the tree is
 * not clean or not on the published branch, and lets reads through.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decapApp } from './decap-app.ts';
import { startGuard } from './guard.ts';

/** Files git reports as changed or untracked in `repo` (ignored files excepted). */
export function dirtyFiles(repo: string): string[] {
  const r = spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: repo, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${repo} is not a git working tree: ${r.stderr.trim()}`);
  return r.stdout.split('\n').filter(Boolean).map((l) => l.slice(3));
}

/** The branch checked out in `repo`, or undefined when HEAD is detached. */
export function checkedOutBranch(repo: string): string | undefined {
  const r = spawnSync('git', ['symbolic-ref', '--quiet', '--short', 'HEAD'], { cwd: repo, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** Why decap-server must not work on `repo` now, or undefined when it may. */
export function refusal(repo: string, branch: string): string | undefined {
  const dirty = dirtyFiles(repo);
  if (dirty.length) {
    const list = dirty.slice(0, 10).map((f) => `  ${f}`).join('\n') + (dirty.length > 10 ? `\n  … and ${dirty.length - 10} more` : '');
    return `the working tree has uncommitted or untracked files:\n${list}\ndecap-server commits with \`git add .\` and checks out branches here, so it would commit them into a draft or fail half-way. Commit them, or stash them (git stash --include-untracked), then try again.`;
  }
  const current = checkedOutBranch(repo);
  if (current !== branch) return `the working tree is on ${current ? `branch "${current}"` : 'a detached HEAD'}, not on "${branch}", the branch the CMS publishes to: switch back (git switch ${branch}) and try again.`;
  return undefined;
}

/** Why `branch` cannot be the published branch of the local backend, or undefined. */
export function branchProblem(branch: string | undefined): string | undefined {
  if (!branch) return 'HEAD is detached: switch to the branch the CMS should publish to (e.g. git switch main).';
  if (branch === 'cms' || branch.startsWith('cms/')) {
    return `the checked-out branch is "${branch}": decap-server keeps drafts on branches named cms/<collection>/<entry>, which git cannot create beside a branch "cms", and a draft branch cannot be the published one. Switch to the branch content is published on (e.g. git switch main).`;
  }
  return undefined;
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

/** The running local backend: the guard on 127.0.0.1:`port`, decap-server inside this process. */
export interface LocalBackend {
  port: number;
  close: () => Promise<void>;
}

/**
 * Starts decap-server and its guard for `repo`, publishing to `branch`; only `origin` (the hub's dev
 * server, default http://127.0.0.1:4321) may write.
 */
export async function startLocalBackend(options: { repo: string; branch: string; port: number; origin?: string; root?: string }): Promise<LocalBackend> {
  const origin = options.origin ?? 'http://127.0.0.1:4321';
  const decap = await decapApp(options.repo, origin, options.root);
  const guard = await startGuard({ ...options, origin, decap, treeProblem: () => refusal(options.repo, options.branch) });
  return {
    port: options.port,
    close: () => new Promise((ok) => {
      guard.closeAllConnections();
      guard.close(() => ok());
    }),
  };
}
