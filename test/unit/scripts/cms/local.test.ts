/** When the local backend may write: a clean working tree on the published branch (the guard itself: test/e2e/cms-guard.test.ts). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { branchProblem, refusal } from '../../../../scripts/lib/cms/local.ts';

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
