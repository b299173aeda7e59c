/**
 * The one door to the local CMS: an HTTP server on 127.0.0.1 that answers only POST /api/v1 (and its
 * CORS preflight), for its own Host, from the hub's own dev server. Each request is parsed with a real
 * JSON parser (a repeated key is refused), checked against the schema of its action and the folders
 * the CMS edits (actions.ts, paths.ts), and, when it writes, against the state of the working tree and
 * the build's own content check (save-check.ts), before decap-server (in this process) sees it.
 * Requests go through one at a time, so no check sees the tree in the middle of another's checkout.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { checkRequest, EMPTY_ANSWERS, requestSchemas } from './actions.ts';
import type { DecapHandler } from './decap-app.ts';
import { saveProblems, type EntryIn, type UploadIn } from './save-check.ts';
import { parseStrictJson } from './strict-json.ts';

/** What the guard needs to know. */
export interface GuardOptions {
  repo: string;
  /** The branch content is published to; every request must name it. */
  branch: string;
  port: number;
  /** The only origin allowed to write and to read answers (the hub's dev server), e.g. http://127.0.0.1:4321. */
  origin: string;
  /** Why the working tree may not be written now, or undefined (see `refusal` in local.ts). */
  treeProblem: () => string | undefined;
  decap: DecapHandler;
}

/** Largest request body: a few uploads of the largest accepted size, base64-encoded. */
const MAX_BODY = 50 * 1024 * 1024;

function send(res: ServerResponse, origin: string | undefined, status: number, body: unknown): void {
  const headers: Record<string, string> = { 'Content-Type': 'application/json; charset=utf-8', Vary: 'Origin', 'Cache-Control': 'no-store' };
  if (origin) headers['Access-Control-Allow-Origin'] = origin;
  res.writeHead(status, headers);
  res.end(JSON.stringify(body));
}

/** Why the request's address, origin, method or type is wrong, as [status, message], or undefined. */
function doorProblem(req: IncomingMessage, o: GuardOptions): [number, string] | undefined {
  const hosts = [`127.0.0.1:${o.port}`, `localhost:${o.port}`];
  if (!hosts.includes(req.headers.host ?? '')) return [421, `the Host "${req.headers.host ?? ''}" is not this server (${hosts.join(' or ')}): open the CMS from ${o.origin}/admin/`];
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== o.origin) return [403, `requests from ${origin} are refused: only ${o.origin} (the hub's dev server) may use the CMS`];
  if (new URL(req.url ?? '/', 'http://x').pathname !== '/api/v1') return [404, `${req.url} is not here: the CMS API is POST /api/v1`];
  if (req.method !== 'POST' && req.method !== 'OPTIONS') return [405, `${req.method} is not accepted: the CMS API is POST /api/v1`];
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return [415, 'the request body must be sent as application/json'];
  return undefined;
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((ok) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => ok(size > MAX_BODY ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => ok(undefined));
  });
}

/** The entries and uploads a write would put into the tree. */
function incoming(action: string, params: Record<string, unknown>): { entries: EntryIn[]; uploads: UploadIn[] } {
  if (action === 'persistEntry') return { entries: params.dataFiles as EntryIn[], uploads: params.assets as UploadIn[] };
  if (action === 'persistMedia') return { entries: [], uploads: [params.asset as UploadIn] };
  return { entries: [], uploads: [] };
}

async function handle(req: IncomingMessage, res: ServerResponse, o: GuardOptions, schemas: ReturnType<typeof requestSchemas>): Promise<void> {
  const door = doorProblem(req, o);
  const cors = req.headers.origin === o.origin ? o.origin : undefined;
  if (door) return send(res, cors, door[0], { error: `The CMS refused the request: ${door[1]}` });
  if (req.method === 'OPTIONS') {
    res.writeHead(204, { 'Access-Control-Allow-Origin': o.origin, 'Access-Control-Allow-Methods': 'POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600', Vary: 'Origin' });
    return void res.end();
  }
  const text = await readBody(req);
  if (text === undefined) return send(res, cors, 413, { error: `The CMS refused the request: the body is over ${MAX_BODY / 1048576} MiB` });
  let body: unknown;
  try {
    body = parseStrictJson(text);
  } catch (err) {
    return send(res, cors, 400, { error: `The CMS refused the request: ${(err as Error).message}` });
  }
  const action = (body as { action?: unknown })?.action;
  if (typeof action === 'string' && Object.hasOwn(EMPTY_ANSWERS, action)) return send(res, cors, 200, EMPTY_ANSWERS[action]);
  const accepted = checkRequest(body, schemas);
  if (typeof accepted === 'string') return send(res, cors, 422, { error: `The CMS refused the request: ${accepted}` });
  if (accepted.writes) {
    if (!cors) return send(res, cors, 403, { error: `The CMS did not save: a change must come from ${o.origin}/admin/ (the request has no Origin)` });
    const why = o.treeProblem();
    if (why) return send(res, cors, 409, { error: `The CMS did not save: ${why}` });
    const { entries, uploads } = incoming(accepted.action, accepted.body.params!);
    const problems = saveProblems(o.repo, entries, uploads);
    if (problems.length) return send(res, cors, 422, { error: `The CMS did not save: the build would refuse it.\n${problems.join('\n')}` });
  }
  await new Promise<void>((done) => {
    res.once('close', done);
    o.decap(req, res, accepted.body);
  });
}

/** Starts the guard on 127.0.0.1:`port`; resolves once it listens. */
export function startGuard(o: GuardOptions): Promise<Server> {
  const schemas = requestSchemas(o.repo, o.branch);
  let queue: Promise<void> = Promise.resolve();
  const server = createServer((req, res) => {
    queue = queue.then(() => {
      // A browser that went away before its turn must not hold up the queue.
      if (res.destroyed || res.writableEnded) return;
      return handle(req, res, o, schemas).catch((err: Error) => {
        if (!res.headersSent) send(res, undefined, 500, { error: `The CMS failed: ${err.message}` });
      });
    });
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(o.port, '127.0.0.1', () => ok(server));
  });
}
