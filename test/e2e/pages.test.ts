/** Every page template loads in real Chromium, passes axe (WCAG 2.2 A/AA), and the navigation works by keyboard. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

/** One page of every template, with the heading it must show. */
const TEMPLATES = [
  ['home', '/', 'Digital government, peer to peer'],
  ['practice list', '/practices/', 'Practices'],
  ['practice', '/practices/est-x-road/', 'X-Road data exchange layer'],
  ['country list', '/countries/', 'Countries'],
  ['country profile', '/countries/kor/', 'Korea'],
  ['country on an indicator', '/countries/kor/egdi/', 'Korea: UN E-Government Development Index'],
  ['principle list', '/principles/', 'Principles'],
  ['principle', '/principles/3/', 'Data-driven culture in the public sector'],
  ['indicator list', '/indicators/', 'Indicators'],
  ['indicator', '/indicators/dgi/', 'OECD Digital Government Index'],
  ['indicator edition', '/indicators/egdi/2024/', 'EGDI 2024'],
  ['meeting list', '/meetings/', 'E-Leaders meetings'],
  ['meeting', '/meetings/2015-tokyo/', 'E-Leaders 2015, Tokyo'],
  ['statement list', '/statements/', 'Statements'],
  ['statement', '/statements/2015-tokyo/', 'Tokyo'],
  ['review list', '/reviews/', 'Peer reviews'],
  ['review matrix', '/reviews/matrix/', 'Who reviews whom'],
  ['review', '/reviews/nor-digital-government-review-2017/', 'Digital Government Review of Norway'],
  ['not found', '/no-such-page/', 'Page not found'],
] as const;

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe.each(TEMPLATES)('%s template (%s)', (_name, path, heading) => {
  it('loads with its heading, and axe finds no WCAG 2.2 A/AA violation', async () => {
    const page = await s.context.newPage();
    const response = await page.goto(s.base + path);
    expect(response?.status()).toBe(path === '/no-such-page/' ? 404 : 200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(heading);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the country list', () => {
  it('lists each group by name, not by code (Switzerland after Sweden, not between Canada and Chile)', () => {
    const html = readFileSync('dist/countries/index.html', 'utf8');
    const groups = [...html.matchAll(/<tbody>(.*?)<\/tbody>/gs)].map((m) => [...m[1]!.matchAll(/<th scope="row"><a [^>]*>([^<]+)<\/a>/g)].map((x) => x[1]!));
    expect(groups.length).toBeGreaterThan(1);
    for (const names of groups) expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(groups[0]!.indexOf('Switzerland')).toBe(groups[0]!.indexOf('Sweden') + 1);
  });
});

describe('keyboard', () => {
  it('reaches the skip link first, and it moves focus to the main content', async () => {
    const page = await s.page('/countries/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('opens every main navigation link with Tab and Enter alone', async () => {
    const page = await s.page('/');
    const labels = await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents();
    expect(labels).toEqual(['Practices', 'Countries', 'Principles', 'Indicators', 'Compare', 'Peer reviews', 'Meetings', 'Statements']);
    for (const label of labels) {
      await page.goto(s.base + '/');
      let focused = '';
      for (let i = 0; i < 20 && focused !== label; i += 1) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
      }
      expect(focused, `Tab never reached "${label}"`).toBe(label);
      await Promise.all([page.waitForURL(/\/[a-z]+\/$/), page.keyboard.press('Enter')]);
      await expect(page.getByRole('link', { name: label, exact: true }).getAttribute('aria-current')).resolves.toBe('page');
    }
    await page.close();
  });
});

describe('the accessibility check itself', () => {
  it('reports a real violation, so a clean result above means something', async () => {
    const page = await s.context.newPage();
    await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="x.png"><a href="/"></a></main></html>');
    const violations = await axeViolations(page);
    expect(violations.some((v) => v.startsWith('image-alt'))).toBe(true);
    expect(violations.some((v) => v.startsWith('link-name'))).toBe(true);
    await page.close();
  });
});
