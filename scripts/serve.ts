/** Serves the built site (dist/) on 127.0.0.1:4321 (or $PORT) and prints its address. */
import { existsSync } from 'node:fs';
import { serveStatic } from './lib/static-server.ts';

const port = Number(process.env.PORT ?? 4321);
if (!existsSync('dist/index.html')) {
  console.error('dist/ has no built site: run `npm run build` first (or `npm start`, which builds, then serves).');
  process.exit(1);
}
try {
  await serveStatic('dist', port);
} catch (err) {
  const code = (err as NodeJS.ErrnoException).code;
  console.error(code === 'EADDRINUSE' ? `Port ${port} is in use: stop the other server or set PORT=4322.` : String(err));
  process.exit(1);
}
console.log(`E-Leaders hub is served at http://127.0.0.1:${port}/ (Ctrl+C to stop)`);
