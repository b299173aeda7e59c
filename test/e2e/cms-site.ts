/**
 * Support for the CMS browser tests: a temporary clone of this repository for decap-server to work on,
 * and a temporary site (this working tree's code, the clone's content) to build and serve.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkedOutBranch } from '../../scripts/lib/cms/local.ts';

/** The MDX sample the title-only edit works on: comments, escapes and every allowed component. */
export const SAMPLE = 'content/practices/est-mdx-sample.mdx';

/** A 1×1 PNG for the sample's figure. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Runs git in `cwd`; throws with git's words when it fails. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** Clones this repository's committed state into `work`/repo on a branch "main", with the MDX sample committed. */
export function cloneRepo(work: string, root = process.cwd()): string {
  const repo = join(work, 'repo');
  git(work, 'clone', '-q', '--single-branch', '--branch', checkedOutBranch(root) ?? 'main', root, repo);
  if (checkedOutBranch(repo) !== 'main') git(repo, 'branch', '-m', 'main');
  git(repo, 'remote', 'remove', 'origin');
  git(repo, 'config', 'user.name', 'CMS test');
  git(repo, 'config', 'user.email', 'cms-test@example.org');
  const sample = readFileSync(resolve(root, 'test/fixtures/valid/practices/mdx-components.mdx'), 'utf8').replace(
    'title: A practice that uses every allowed component',
    'title: X-Road sample with MDX',
  );
  writeFileSync(join(repo, SAMPLE), sample);
  mkdirSync(join(repo, 'public/media'), { recursive: true });
  writeFileSync(join(repo, 'public/media/x-road-map.png'), PNG);
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'Test: an MDX sample with an upload');
  return repo;
}

/** Copies the clone's content/ and uploads into the site. */
export function syncContent(repo: string, site: string): void {
  for (const dir of ['content', 'public/media']) cpSync(join(repo, dir), join(site, dir), { recursive: true, force: true });
}

/** A site in `work`/site: this working tree's code (so uncommitted changes are tested), the clone's content. */
export function prepareSite(work: string, repo: string, root = process.cwd()): string {
  const site = join(work, 'site');
  mkdirSync(site);
  for (const f of ['src', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(join(root, f), join(site, f), { recursive: true });
  cpSync(join(root, 'public'), join(site, 'public'), { recursive: true, filter: (src) => !src.includes('/public/admin/decap') && !src.includes('/public/pagefind') });
  symlinkSync(resolve(root, 'node_modules'), join(site, 'node_modules'));
  syncContent(repo, site);
  return site;
}

/** Runs `astro build` in `site` with `env`; returns the exit status and everything it printed. */
export function buildSite(site: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const r = spawnSync(join(site, 'node_modules/.bin/astro'), ['build'], {
    cwd: site,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: r.status, output: r.stdout + r.stderr };
}
