/**
 * Nothing moves while the pages with scripts start (Lighthouse's Cumulative Layout Shift): what needs scripts is
 * shown from the first paint, the no-script notices are hidden by CSS (scripting media feature), and the search
 * reserves room for what Pagefind draws. Nor while a page is still arriving: a busy phone or a slow network draws
 * the header before all of it is there, and what is drawn must not move when the rest comes in. Measured with the
 * browser's own layout-shift entries, on a phone's screen.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../support/browser.ts';

let s: Session;
/**
 * The built site again, each page's HTML held back after `cut` (when set) until the page has been drawn with what
 * came before it (the page calls /__drawn, see `shifts`), or five seconds at most.
 */
let slow: { server: Server; base: string; cut?: string; drawn?: () => void };
beforeAll(async () => {
  s = await openSession();
  const server = createServer(async (req, res) => {
    if (req.url === '/__drawn') {
      slow.drawn?.();
      return void res.writeHead(204).end();
    }
    const got = await fetch(s.base + (req.url ?? '/'));
    const body = Buffer.from(await got.arrayBuffer());
    const type = got.headers.get('content-type') ?? '';
    res.writeHead(got.status, { 'content-type': type });
    const { cut } = slow;
    const at = cut && type.startsWith('text/html') ? body.indexOf(cut) : -1;
    if (at < 0) return void res.end(body);
    res.write(body.subarray(0, at + cut!.length));
    await new Promise<void>((ok) => {
      slow.drawn = ok;
      setTimeout(ok, 5000);
    });
    res.end(body.subarray(at + cut!.length));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  slow = { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
});
afterAll(async () => {
  if (slow) await new Promise((ok) => slow.server.close(ok));
  await s?.close();
});

interface Shift { value: number; sources: string[] }

/**
 * Opens `path` at `width` × 823 with a layout-shift observer from the start; returns the shifts once `ready` is on
 * screen, each with what moved (element, from, to), and whether the page was first drawn before its footer arrived.
 */
async function shifts(path: string, ready: string, { base = s.base, width = 412 } = {}) {
  const page = await s.context.newPage();
  await page.setViewportSize({ width, height: 823 });
  await page.addInitScript((held: boolean) => {
    const w = window as unknown as { shifts: Shift[]; drawnEarly?: boolean };
    w.shifts = [];
    const where = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Element; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[] }[]) {
        if (e.hadRecentInput) continue;
        const sources = (e.sources ?? []).map((x) => `${x.node?.nodeName ?? 'text'}${x.node?.className ? `.${x.node.className}` : ''} ${where(x.previousRect)} → ${where(x.currentRect)}`);
        w.shifts.push({ value: e.value, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver(() => {
      if (w.drawnEarly !== undefined) return;
      w.drawnEarly = !document.querySelector('footer');
      if (held) void fetch('/__drawn');
    }).observe({ type: 'paint', buffered: true });
  }, base === slow.base);
  await page.goto(base + path);
  await page.locator(ready).first().waitFor({ state: 'visible' });
  await page.waitForTimeout(1000); // late shifts (results, filters) come within a second of the first paint
  const found = await page.evaluate(() => {
    const w = window as unknown as { shifts: Shift[]; drawnEarly?: boolean };
    return { shifts: w.shifts, drawnEarly: w.drawnEarly };
  });
  await page.close();
  return found;
}

describe('no layout shift as scripts start', () => {
  it('/compare/: the controls are there from the first paint', async () => {
    expect((await shifts('/compare/', '.compare-controls [data-combobox]')).shifts).toEqual([]);
  });
  // The search box is the page's own; Pagefind (results, filter pane) loads only once it is used.
  it('/search/: the search box, tools and filters stay where they were first drawn', async () => {
    expect((await shifts('/search/', '#search-q')).shifts).toEqual([]);
  });
  it('/search/ with a query: results arrive below the fold of the reserved room, nothing above them moves', async () => {
    const found = (await shifts('/search/?q=data', '.pf-result')).shifts;
    expect(found.reduce((sum, x) => sum + x.value, 0)).toBeLessThan(0.025);
  });
});

// Where the parser stops in the header decides what is drawn first: the brand alone, the brand and the search box, the
// menu without its button (the browser's own "Details" stands in) or the button without its label.
describe('no layout shift as the header arrives', () => {
  const cuts = ['<a class="brand" href="/">', 'method="get">', '<details class="menu">', '<summary>', '</summary>'];
  for (const width of [412, 1280]) {
    for (const cut of cuts) {
      it(`${width} px, the page held back after ${cut}: what is drawn stays where it is`, async () => {
        slow.cut = cut;
        const found = await shifts('/compare/', 'footer', { base: slow.base, width });
        expect(found.drawnEarly, 'the page was drawn before it had all arrived').toBe(true);
        expect(found.shifts).toEqual([]);
      });
    }
  }
});
