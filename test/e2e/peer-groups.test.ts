/** Peer groups on a country's page on an indicator, chosen in the address with no JavaScript; axe clean; reflow at 320 px. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

const visibleHeadings = (page: import('playwright-core').Page) =>
  page.$$eval('.peer-group h3:first-of-type', (hs) => hs.filter((h) => (h as HTMLElement).offsetParent !== null).map((h) => h.textContent!.trim()));

describe('/countries/est/dgi/ peer groups', () => {
  it('shows nearest-score peers by default, and the group a link chooses', async () => {
    const page = await s.page('/countries/est/dgi/', { javaScript: false });
    const first = await visibleHeadings(page);
    expect(first).toHaveLength(1);
    for (const h of first) expect(h).toMatch(/^Peers like me: /);
    await page.getByRole('link', { name: 'Same region: Europe' }).click();
    expect(page.url()).toMatch(/#peers-region$/);
    const region = await visibleHeadings(page);
    expect(region).toHaveLength(first.length);
    for (const h of region) expect(h).toMatch(/^Peers like me \(Same region: Europe\): /);
    await page.getByRole('link', { name: 'OECD members' }).click();
    for (const h of await visibleHeadings(page)) expect(h).toMatch(/^Peers like me \(OECD members\): /);
    await page.close();
  });

  it('restores the choice from a shared address, names only peers of the group, and passes axe', async () => {
    const page = await s.page('/countries/est/dgi/#peers-region'); // the page ships no script: the choice is CSS :target
    const peers = await page.$$eval('.peer-group[data-peer-group="region"] ul:first-of-type a', (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute('href')!));
    expect(peers.length).toBeGreaterThan(0);
    const countries = parse(readFileSync('content/countries.yaml', 'utf8')) as { id: string; region: string }[];
    const regionOf = new Map(countries.map((c) => [c.id.toLowerCase(), c.region]));
    // Each peer links to its own page on the same indicator.
    for (const href of peers) expect(href).toMatch(/^\/countries\/[a-z]{3}\/dgi\/$/);
    expect(new Set(peers.map((href) => regionOf.get(href.split('/')[2]!)))).toEqual(new Set(['Europe']));
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.close();
  }, 180_000); // axe on a page of charts takes long on a busy two-core machine
});
