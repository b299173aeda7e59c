/**
 * `npm run cms`: edit content locally through the CMS. Refuses to start on a working tree with
 * uncommitted or untracked files (decap-server would commit them), then starts decap-server (git mode,
 * editorial workflow, in this process, reachable only through the guard on 127.0.0.1, which refuses
 * writes while the tree is dirty and anything outside the CMS's folders) and Astro's dev server, and
 * prints the admin address. Drafts become `cms/<collection>/<entry>` branches;
 * publishing merges them into the checked-out branch. Ctrl+C stops both.
 *
 * Settings: PORT (dev server, default 4321), CMS_LOCAL_PORT (decap-server, default 8081).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { branchProblem, checkedOutBranch, refusal, startLocalBackend } from './lib/cms/local.ts';

const root = process.cwd();

function stop(message: string): never {
  console.error(`npm run cms: not started: ${message}`);
  process.exit(1);
}

const branch = checkedOutBranch(root);
const problem = branchProblem(branch) ?? refusal(root, branch!);
if (problem) stop(problem);

const port = Number(process.env.CMS_LOCAL_PORT || 8081);
const devPort = Number(process.env.PORT || 4321);
const backend = await startLocalBackend({ repo: root, branch: branch!, port, origin: `http://127.0.0.1:${devPort}` }).catch((err: NodeJS.ErrnoException) =>
  stop(err.code === 'EADDRINUSE' ? `port ${port} is in use: stop what uses it, or set CMS_LOCAL_PORT to a free port` : err.message),
);

const astro = join(createRequire(join(root, 'package.json')).resolve('astro/package.json'), '..', 'bin/astro.mjs');
const dev = spawn(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(devPort)], {
  cwd: root,
  env: { ...process.env, CMS_BACKEND: 'local', CMS_BRANCH: branch, CMS_LOCAL_PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
  stdio: ['ignore', 'inherit', 'inherit'],
});

async function ready(url: string): Promise<boolean> {
  // Up to 5 minutes: seconds on an idle machine, minutes on a busy one.
  for (let i = 0; i < 1200; i += 1) {
    if (dev.exitCode !== null) return false;
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

async function shutdown(code: number): Promise<never> {
  if (dev.exitCode === null) dev.kill('SIGTERM');
  await backend.close();
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
dev.on('exit', (code) => void shutdown(code ?? 0));

const admin = `http://127.0.0.1:${devPort}/admin/`;
if (await ready(admin)) {
  console.log(`\nCMS ready: open ${admin}\n  content: this working tree, drafts on cms/… branches, published to "${branch}"\n  CMS API: http://127.0.0.1:${port}/api/v1 (guarded; decap-server listens on no port of its own); Ctrl+C stops both\n`);
} else {
  console.error(`npm run cms: the dev server did not serve ${admin}`);
  await shutdown(1);
}
