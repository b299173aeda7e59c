// Fails fast when a script runs on a Node.js older than the project needs.
// Plain JavaScript on purpose: it must run (and explain) on any Node version.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `E-Leaders hub needs Node.js >= 22.12, but this is Node.js ${process.versions.node} (${process.execPath}).\n` +
      'The project pins Node 24 as a devDependency: run `npm install` (without --ignore-scripts) and use `npm run <script>`,\n' +
      'so that node_modules/.bin/node is used. If scripts were skipped, run `npm rebuild node`.',
  );
  process.exit(1);
}
