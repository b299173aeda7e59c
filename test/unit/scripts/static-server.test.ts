import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
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

  it('sends text gzipped when asked to and the client accepts it, as the deployed site is; files as they are otherwise', async () => {
    writeFileSync(join(root, 'a', 'big.html'), '<p>hub</p>'.repeat(500));
    writeFileSync(join(root, 'a', 'x.png'), 'not really a png');
    const get = (base: string, path: string, encoding?: string) =>
      new Promise<{ encoding?: string; body: Buffer }>((ok, fail) => {
        request(`${base}${path}`, { headers: encoding ? { 'accept-encoding': encoding } : {} }, (res) => {
          const parts: Buffer[] = [];
          res.on('data', (c: Buffer) => parts.push(c)).on('end', () => ok({ encoding: res.headers['content-encoding'], body: Buffer.concat(parts) }));
        }).on('error', fail).end();
      });
    const zipped = await serveStatic(root, 0, '127.0.0.1', { gzip: true });
    const base = `http://127.0.0.1:${(zipped.address() as AddressInfo).port}`;
    const page = await get(base, '/a/big.html', 'gzip, deflate, br');
    expect(page.encoding).toBe('gzip');
    expect(page.body.length).toBeLessThan(500);
    expect(gunzipSync(page.body).toString()).toBe('<p>hub</p>'.repeat(500));
    expect((await get(base, '/a/big.html')).encoding).toBeUndefined();
    expect((await get(base, '/a/x.png', 'gzip')).encoding).toBeUndefined();
    await new Promise((ok) => zipped.close(ok));
    const plain = await serveStatic(root, 0);
    const plainBase = `http://127.0.0.1:${(plain.address() as AddressInfo).port}`;
    const asIs = await get(plainBase, '/a/big.html', 'gzip');
    expect([asIs.encoding, asIs.body.toString()]).toEqual([undefined, '<p>hub</p>'.repeat(500)]);
    await new Promise((ok) => plain.close(ok));
  });
});
