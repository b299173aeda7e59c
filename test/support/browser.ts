/** Browser-test support: the built site served on a free port, and Debian's Chromium driven by playwright-core. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, chromiumPath } from '../../scripts/lib/chromium-flags.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';


/** A running site and browser; `close` stops both and removes the profile. */
export interface Session {
  base: string;
  context: BrowserContext;
  /** Opens `path` in a new page; `javaScript: false` runs it with scripts disabled, as a reader without JS sees it. */
  page: (path: string, options?: { javaScript?: boolean }) => Promise<Page>;
  close: () => Promise<void>;
}

/** Serves dist/ and launches Chromium with a fresh profile. Fails with a readable reason when either is missing. */
export async function openSession(dist = 'dist'): Promise<Session> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/ has no built site: run \`npm run build\` (npm test does it first).`);
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) throw new Error(`Chromium not found at ${executablePath}: apt-get install -y chromium (npm test does it when it can).`);
  const server: Server = await serveStatic(dist, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), 'hub-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: [...CHROMIUM_FLAGS], headless: true, viewport: { width: 1280, height: 900 } });
  return {
    base,
    context,
    page: async (path, options = {}) => {
      const page = await context.newPage();
      if (options.javaScript === false) {
        const cdp = await context.newCDPSession(page);
        await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
      }
      await page.goto(base + path);
      return page;
    },
    close: async () => {
      await context.close();
      await new Promise((ok) => server.close(ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const AXE = readFileSync(new URL(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

/**
 * Runs axe-core (WCAG 2.2 A and AA rules) on the page; returns the violations, readable. axe is
 * evaluated through the DevTools protocol, not added as an inline <script>, which the pages' Content
 * Security Policy rightly refuses.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
  });
  return violations;
}
