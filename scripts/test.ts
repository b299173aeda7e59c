/**
 * `npm test`: makes sure Chromium is there, builds the site once, then runs every Vitest suite
 * (unit and browser). Vitest's summary is followed by the plain "N passed, N failed" line.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './ensure-chromium.ts';

const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };

function run(cmd: string, args: string[]): number {
  return spawnSync(cmd, args, { stdio: 'inherit', env }).status ?? 1;
}

try {
  env.CHROMIUM_PATH = ensureChromium();
} catch (err) {
  console.error((err as Error).message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
if (!process.argv.includes('--no-build') && run('node_modules/.bin/astro', ['build']) !== 0) {
  console.error('The build failed, so no test ran.');
  console.log('0 passed, 1 failed');
  process.exit(1);
}
process.exit(run('node_modules/.bin/vitest', ['run', '--config', 'test/vitest.config.ts', ...process.argv.slice(2).filter((a) => a !== '--no-build')]));
