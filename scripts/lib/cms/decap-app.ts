/**
 * decap-server's git backend, in this process: its express app, built with the package's own
 * `registerLocalGit`, never listening on any port. Only the guard (guard.ts) hands it requests, so
 * there is no second door to its API.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** decap-server's request handler; `body` is the request the guard has already parsed and checked. */
export type DecapHandler = (req: IncomingMessage, res: ServerResponse, body: unknown) => void;

/**
 * Builds decap-server's app for `repo`, whose CORS allows `origin` alone. decap-server reads the
 * repository and the origin from the environment while registering (synchronously), so both are set
 * for that moment only.
 */
export async function decapApp(repo: string, origin: string, root = process.cwd()): Promise<DecapHandler> {
  const require = createRequire(createRequire(join(root, 'package.json')).resolve('decap-server/package.json'));
  const express = require('express') as () => ((req: IncomingMessage, res: ServerResponse) => void) & { disable: (s: string) => void };
  const { registerLocalGit } = require('decap-server/dist/middlewares.js') as { registerLocalGit: (app: unknown, o: { logLevel: string }) => Promise<void> };
  const app = express();
  app.disable('x-powered-by');
  const saved = { GIT_REPO_DIRECTORY: process.env.GIT_REPO_DIRECTORY, ORIGIN: process.env.ORIGIN };
  process.env.GIT_REPO_DIRECTORY = repo;
  process.env.ORIGIN = origin;
  let registered: Promise<void>;
  try {
    registered = registerLocalGit(app, { logLevel: process.env.CMS_LOG_LEVEL || 'warn' });
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  await registered;
  return (req, res, body) => {
    // body-parser leaves a request alone once `_body` is set: decap-server sees exactly what the guard checked.
    Object.assign(req, { body, _body: true });
    app(req, res);
  };
}
