import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveFile, serveStatic } from '../../../scripts/lib/static-server.ts';

const root = mkdtempSync(join(tmpdir(), 'hub-static-'));
mkdirSync(join(root, 'a'));
writeFileSync(join(root, 'a', 'index.html'), '<h1>A</h1>');
writeFileSync(join(root, '404.html'), '<h1>Not found</h1>');

describe('resolveFile', () => {
  it('serves index.html for a folder', () => expect(resolveFile(root, '/a/')).toBe(join(root, 'a', 'index.html')));
  it('never leaves the root', () => {
    expect(resolveFile(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveFile(root, '/%E0%A4%A')).toBeUndefined();
  });
});

describe('serveStatic', () => {
  it('answers pages with 200 and unknown paths with the 404 page', async () => {
    const server = await serveStatic(root, 0);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const ok = await fetch(`${base}/a/`);
    expect([ok.status, ok.headers.get('content-type'), await ok.text()]).toEqual([200, 'text/html; charset=utf-8', '<h1>A</h1>']);
    const missing = await fetch(`${base}/nope/`);
    expect([missing.status, await missing.text()]).toEqual([404, '<h1>Not found</h1>']);
    await new Promise((ok) => server.close(ok));
  });
});
