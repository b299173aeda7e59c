/**
 * Makes sure Debian's Chromium is there for the browser tests: uses $CHROMIUM_PATH or
 * /usr/bin/chromium, installs the `chromium` package with apt-get when missing and possible,
 * and otherwise says exactly what to install. Never downloads a browser build of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './lib/chromium-flags.ts';

/** Where the browser tests expect Chromium. */
export const CHROMIUM = chromiumPath();

/** Returns the Chromium path, installing it first when that is possible; throws with instructions otherwise. */
export function ensureChromium(): string {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canApt) {
    console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (existsSync(CHROMIUM)) return CHROMIUM;
  }
  throw new Error(
    `Chromium not found at ${CHROMIUM}. The browser tests need Debian's Chromium: run\n` +
      '  sudo apt-get update && sudo apt-get install -y chromium\n' +
      'or set CHROMIUM_PATH to a Chromium binary.',
  );
}

if (import.meta.main) {
  try {
    console.log(ensureChromium());
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}
