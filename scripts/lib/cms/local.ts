/**
 * The local backend of the CMS: decap-server in git mode with the editorial workflow, bound to
 * 127.0.0.1, behind a guard. decap-server checks out branches in the folder it serves and commits with
 * `git add .`, so on a working tree with uncommitted or untracked files it would commit them into a
 * draft, or fail half-way and leave a broken `cms/...` branch. The guard answers every request that
 * would touch the tree with a clear refusal while the tree is not clean or not on the expected branch.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

function refuse(req: IncomingMessage, res: ServerResponse, message: string): void {
  res.writeHead(409, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': req.headers.origin ?? '*', Vary: 'Origin' });
  res.end(JSON.stringify({ error: `The CMS did not save: ${message}` }));
}

/**
 * The guard: a proxy on 127.0.0.1:`port` in front of decap-server on 127.0.0.1:`target`. Requests go
 * through one at a time (decap-server handles them one at a time too), so the check never sees the
 * tree in the middle of another request's checkout.
 */
export function startGuard(options: { repo: string; branch: string; port: number; target: number }): Promise<Server> {
  let queue: Promise<void> = Promise.resolve();
  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer) =>
    new Promise<void>((done) => {
      // A browser that went away before its turn must not hold up the queue.
      if (res.destroyed || res.writableEnded) return done();
      res.once('close', () => done());
      res.once('finish', () => done());
      const action = req.method === 'POST' ? (/"action"\s*:\s*"(\w+)"/.exec(body.toString('utf8'))?.[1] ?? '') : '';
      const why = action && action !== 'info' ? refusal(options.repo, options.branch) : undefined;
      if (why) return refuse(req, res, why);
      const upstream = request({ host: '127.0.0.1', port: options.target, path: req.url, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', (err) => refuse(req, res, `decap-server did not answer (${err.message}).`));
      upstream.end(body);
    });
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      queue = queue.then(() => handle(req, res, Buffer.concat(chunks)));
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, '127.0.0.1', () => ok(server));
  });
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

/** Starts decap-server (git mode, 127.0.0.1 only) on `port`; resolves once it listens. */
export function startDecapServer(repo: string, port: number, root = process.cwd()): Promise<ChildProcess> {
  const bin = join(createRequire(join(root, 'package.json')).resolve('decap-server/package.json'), '..', 'dist/index.js');
  const child = spawn(process.execPath, [bin], {
    cwd: repo,
    env: { ...process.env, MODE: 'git', GIT_REPO_DIRECTORY: repo, BIND_HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`decap-server did not start within 30 s:\n${log}`)), 30_000);
    const read = (d: Buffer) => {
      log += d.toString();
      if (/listening on 127\.0\.0\.1:\d+/.test(log) && /Git Proxy Server configured/.test(log)) {
        clearTimeout(timer);
        ok(child);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`decap-server exited with ${code}:\n${log}`));
    });
  });
}

/** The running local backend: the guard on `port`, decap-server behind it on `decapPort`. */
export interface LocalBackend {
  port: number;
  decapPort: number;
  close: () => Promise<void>;
}

/** Starts decap-server and its guard for `repo`, publishing to `branch`. */
export async function startLocalBackend(options: { repo: string; branch: string; port: number; root?: string }): Promise<LocalBackend> {
  const decapPort = await freePort();
  const child = await startDecapServer(options.repo, decapPort, options.root);
  const guard = await startGuard({ repo: options.repo, branch: options.branch, port: options.port, target: decapPort }).catch((err: Error) => {
    child.kill();
    throw err;
  });
  return {
    port: options.port,
    decapPort,
    close: async () => {
      child.kill();
      await new Promise((ok) => guard.close(ok));
    },
  };
}
