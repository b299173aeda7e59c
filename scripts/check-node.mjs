// Fails fast when a script runs on a Node.js older than the project needs.
// Plain JavaScript on purpose: it must run (and explain) on any Node version.
import { fileURLToPath } from 'node:url';

/** The oldest Node.js the project runs on (Astro 7, @astrojs/mdx 8 and Vitest 5 need it). */
export const MINIMUM = [22, 12];

/** Returns a message when `version` ("22.11.0") is too old, else undefined. */
export function nodeTooOld(version, execPath = 'node') {
  const [major, minor] = version.split('.').map(Number);
  if (major > MINIMUM[0] || (major === MINIMUM[0] && minor >= MINIMUM[1])) return undefined;
  return (
    `E-Leaders hub needs Node.js >= ${MINIMUM.join('.')}, but this is Node.js ${version} (${execPath}).\n` +
    'The project pins Node 24 as a devDependency: run `npm install` (without --ignore-scripts) and use `npm run <script>`,\n' +
    'so that node_modules/.bin/node is used. If install scripts were skipped, run `npm rebuild node`.'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = nodeTooOld(process.versions.node, process.execPath);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
