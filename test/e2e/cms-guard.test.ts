/**
 * Hostile requests against the running local CMS (the guard with decap-server inside it) on a
 * temporary clone, from Node: paths outside content/ and the media folder, .git/, `..`, absolute and
 * symlinked paths, a foreign Host or Origin, disguised and unknown actions, content the build refuses,
 * writes on a dirty tree. Each is refused with a clear status and message, and afterwards the
 * repository's files, branches, configuration and untracked files are exactly as before.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startLocalBackend, type LocalBackend } from '../../scripts/lib/cms/local.ts';
import { cloneRepo, git } from './cms-site.ts';

const ORIGIN = 'http://127.0.0.1:4321';
let repo = '';
let backend: LocalBackend;

/** Everything a request could change: refs, branch descriptions, config, every file's bytes (ignored ones too). */
function state(): string {
  const files = git(repo, 'ls-files', '-z', '--cached', '--others').split('\0').filter(Boolean).sort();
  const hash = (f: string) => { try { return createHash('sha256').update(readFileSync(join(repo, f))).digest('hex'); } catch { return 'missing'; } };
  return [
    git(repo, 'for-each-ref', '--format=%(refname) %(objectname)'),
    git(repo, 'symbolic-ref', 'HEAD'),
    readFileSync(join(repo, '.git/config'), 'utf8'),
    git(repo, 'status', '--porcelain', '--untracked-files=all'),
    ...files.map((f) => `${f} ${hash(f)}`),
  ].join('\n');
}

/** Sends raw `body` to the guard with `headers` (Host and Origin may be forged: this is Node, not a browser). */
function send(body: string, headers: Record<string, string | undefined> = {}, path = '/api/v1', method = 'POST'): Promise<{ status: number; error: string }> {
  const all = Object.entries({ 'Content-Type': 'application/json', Origin: ORIGIN, ...headers }).filter((e): e is [string, string] => e[1] !== undefined);
  return new Promise((ok, fail) => {
    // A fresh connection each time: a kept-alive socket the server closes while idle would fail the next request.
    const req = request({ host: '127.0.0.1', port: backend.port, path, method, agent: false, headers: Object.fromEntries(all) }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => ok({ status: res.statusCode!, error: (JSON.parse(text || '{}') as { error?: string }).error ?? text }));
    });
    req.on('error', fail);
    req.end(body);
  });
}
const act = (action: string, params: Record<string, unknown>, headers?: Record<string, string | undefined>) => send(JSON.stringify({ action, params: { branch: 'main', ...params } }), headers);
const commit = { commitMessage: 'x' };
const persist = (path: string, raw: string, extra: Record<string, unknown> = {}) =>
  act('persistEntry', { dataFiles: [{ slug: 'x', path, raw }], assets: [], options: { collectionName: 'practices', commitMessage: 'x', useWorkflow: true, status: 'draft' }, ...extra });
const GOOD = readFileSync('test/fixtures/valid/practices/mdx-components.mdx', 'utf8');

beforeAll(async () => {
  repo = cloneRepo(mkdtempSync(join(tmpdir(), 'hub-guard-')));
  symlinkSync('../../README.md', join(repo, 'content/practices/linked.mdx'));
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'Test: a symlink inside a collection folder');
  backend = await startLocalBackend({ repo, branch: 'main', port: await freePort(), origin: ORIGIN });
});
afterAll(() => backend?.close());

describe('the local CMS refuses hostile requests and changes nothing', () => {
  let before = '';
  beforeAll(() => void (before = state()));

  it.each<[string, () => ReturnType<typeof send>, number, string]>([
    ['a page of the site', () => persist('src/pages/x.astro', 'x'), 422, '"src/pages/x.astro" is not in a folder the CMS edits'],
    ['.git/config', () => act('persistMedia', { asset: { path: '.git/config', content: 'W2NvcmVdCg==', encoding: 'base64' }, options: commit }), 422, 'inside .git/'],
    ['README.md deleted', () => act('deleteFiles', { paths: ['README.md'], options: commit }), 422, '"README.md" is not in a folder the CMS edits'],
    ['a climb out with ..', () => act('getEntry', { path: 'content/practices/../../package.json' }), 422, 'climbs out with ".."'],
    ['an absolute path', () => act('deleteFile', { path: '/etc/passwd', options: commit }), 422, 'is an absolute path'],
    ['a symlink in a collection folder', () => act('getEntry', { path: 'content/practices/linked.mdx' }), 422, 'is a symbolic link'],
    ['another folder listed', () => act('entriesByFolder', { folder: 'scripts', extension: 'ts', depth: 1 }), 422, '"scripts" is not a folder the CMS edits'],
    ['the wrong extension', () => persist('content/practices/x.astro', 'x'), 422, 'entries of practices are content/practices/<name>.mdx'],
    ['an SVG upload', () => act('persistMedia', { asset: { path: 'public/media/x.svg', content: 'PHN2Zy8+', encoding: 'base64' }, options: commit }), 422, 'SVG can carry scripts'],
    ['an upload that is not what it says', () => act('persistMedia', { asset: { path: 'public/media/x.png', content: 'PHN2Zy8+', encoding: 'base64' }, options: commit }), 422, 'the file is not really PNG'],
    ['another branch', () => send(JSON.stringify({ action: 'publishUnpublishedEntry', params: { branch: 'other', collection: 'practices', slug: 'x' } })), 422, 'must be "main"'],
    ['an unknown action', () => act('runShell', {}), 422, 'the action "runShell" is not one the CMS uses'],
    ['notes (not in decap-server)', () => act('addNote', {}), 422, 'the action "addNote" is not one the CMS uses'],
    ['two "action" keys', () => send('{"action":"getEntry","action":"persistEntry","params":{"branch":"main","path":"content/meetings/2013-bern.yaml"}}'), 400, 'the key "action" appears twice'],
    ['an escaped "action" key', () => send('{"action":"getEntry","\\u0061ction":"deleteFiles","params":{"branch":"main","paths":["README.md"],"options":{"commitMessage":"x"}}}'), 400, 'the key "action" appears twice'],
    ['not JSON', () => send('{"action":'), 400, 'not JSON'],
    ['a foreign Host (DNS rebinding)', () => act('info', {}, { Host: 'evil.example:80' }), 421, 'the Host "evil.example:80" is not this server'],
    ['a foreign Origin', () => act('getEntry', { path: 'content/meetings/2013-bern.yaml' }, { Origin: 'http://localhost:9999' }), 403, 'requests from http://localhost:9999 are refused'],
    ['a write with no Origin', () => act('deleteFiles', { paths: ['content/meetings/2013-bern.yaml'], options: commit }, { Origin: undefined }), 403, 'a change must come from'],
    ['MDX the build refuses', () => persist('content/practices/x.mdx', GOOD.replace('\n---\n', '\n---\n\n{1+1}\n<div onclick="x()">hi</div>\n![a](../../secret.png)\n')), 422, 'the build would refuse it'],
    ['another path on the server', () => send('{}', {}, '/api/v2'), 404, 'the CMS API is POST /api/v1'],
    ['another method', () => send('', {}, '/api/v1', 'GET'), 405, 'GET is not accepted'],
  ])('refuses %s', async (_what, call, status, message) => {
    const r = await call();
    expect(r.error).toContain(message);
    expect(r.status).toBe(status);
  });

  it('reports every problem of refused MDX with file, line and fix', async () => {
    const r = await persist('content/practices/x.mdx', `${GOOD.trimEnd()}\n\n{1+1}\n`);
    expect(r.error).toMatch(/content\/practices\/x\.mdx:\d+: .*\{1\+1\}/);
  });

  it('leaves files, branches, configuration and untracked files exactly as they were', () => {
    expect(state()).toBe(before);
  });
});

describe('on a working tree with changes of its own', () => {
  it('refuses every write (nothing is swept into a draft), lets reads through, and changes nothing', async () => {
    writeFileSync(join(repo, 'content/practices/notes.txt'), 'my notes, not committed');
    writeFileSync(join(repo, 'README.md'), 'changed, not committed');
    const before = state();
    const saved = await persist('content/practices/est-new.mdx', GOOD);
    expect(saved.status).toBe(409);
    expect(saved.error).toContain('The CMS did not save: the working tree has uncommitted or untracked files:\n  README.md\n  content/practices/notes.txt');
    expect((await act('deleteUnpublishedEntry', { collection: 'practices', slug: 'est-new' })).status).toBe(409);
    const read = await act('getEntry', { path: 'content/meetings/2013-bern.yaml' });
    expect(read.status).toBe(200);
    expect(state()).toBe(before);
    git(repo, 'checkout', '--', 'README.md');
  });
});
