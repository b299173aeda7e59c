/** A small static file server for the built site (dist/), used by `npm start` and the browser tests. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

/** Resolves a URL path to a file inside `root`, or undefined (never a file outside root). */
export function resolveFile(root: string, urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const base = resolve(root);
  const candidate = normalize(join(base, path));
  if (candidate !== base && !candidate.startsWith(base + '/')) return undefined;
  for (const file of [candidate, join(candidate, 'index.html')]) {
    if (existsSync(file) && statSync(file).isFile()) return file;
  }
  return undefined;
}

/** Types sent gzipped when `gzip` is on: text, as a web host compresses it (GitHub Pages does). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

/**
 * Starts serving `root` on host:port; resolves once listening. Unknown paths get 404.html with status 404.
 * `gzip`: text is sent gzip-encoded to clients that accept it, as the deployed site is (for Lighthouse, whose
 * simulated mobile network counts the bytes sent); off by default, so tests see the files as they are.
 */
export function serveStatic(root: string, port: number, host = '127.0.0.1', { gzip = false } = {}): Promise<Server> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    let file = resolveFile(root, url);
    const status = file ? 200 : 404;
    file ??= resolveFile(root, '/404.html');
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const zip = gzip && COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff', ...(zip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}) });
    if (req.method === 'HEAD') res.end();
    else if (zip) createReadStream(file).pipe(createGzip()).pipe(res);
    else createReadStream(file).pipe(res);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}
