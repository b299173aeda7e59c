/** Search in real Chromium on the built site with its real Pagefind index. */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

/** Titles of all results; Pagefind loads each result as it scrolls into view, so scroll through them. */
async function titles(page: Page): Promise<string[]> {
  for (let i = 0; i < 100; i += 1) {
    const pending = page.locator('pagefind-results .pf-skeleton').first();
    if ((await pending.count()) === 0) break;
    // A placeholder can be replaced by its result while we scroll to it: then just look again.
    await pending.scrollIntoViewIfNeeded({ timeout: 2000 }).catch(() => undefined);
    await page.waitForTimeout(50);
  }
  return page.locator('pagefind-results .pf-result-title').allTextContents();
}
const input = (page: Page) => page.getByRole('searchbox', { name: 'Search words' });
/**
 * Waits until the summary reports a finished search ("3 results for data", "No results", "12 results")
 * for `words` when given, and the first result, if any, is rendered.
 */
async function settled(page: Page, words?: string) {
  const tail = words ? ` for ${words}` : '';
  await page.locator('pagefind-summary').filter({ hasText: new RegExp(`^(\\d+ results?|No results)${tail}$`) }).waitFor();
  await page.waitForFunction(() => {
    const summary = document.querySelector('pagefind-summary')?.textContent ?? '';
    if (summary.startsWith('No results')) return true;
    const first = document.querySelector('pagefind-results li');
    return Boolean(first && !first.querySelector('.pf-skeleton'));
  });
}
/** Practices of a country, by title, straight from content/. */
function practicesOf(iso3: string): string[] {
  return readdirSync('content/practices')
    .map((f) => readFileSync(`content/practices/${f}`, 'utf8'))
    .filter((t) => t.includes(`\ncountry: ${iso3}\n`))
    .map((t) => /\ntitle: (.+)\n/.exec(t)![1]!.replace(/^"|"$/g, ''));
}

describe('/search/', () => {
  it('lists results as the user types, narrows by filters, and keeps all of it in the URL', async () => {
    const page = await s.page('/search/');
    await input(page).pressSequentially('data');
    await settled(page, 'data');
    const broad = await titles(page);
    expect(broad.length).toBeGreaterThan(3);
    await expect(page.evaluate(() => location.search)).resolves.toBe('?q=data');

    await page.getByRole('checkbox', { name: /^Estonia/ }).check();
    await page.getByRole('checkbox', { name: /^practice/ }).check();
    await page.waitForURL(/country=Estonia/);
    await page.waitForURL(/type=practice/);
    await settled(page, 'data');
    const estonian = practicesOf('EST');
    await expect.poll(async () => (await titles(page)).every((t) => estonian.includes(t)), { timeout: 10_000 }).toBe(true);
    const narrow = await titles(page);
    expect(narrow.length).toBeGreaterThan(0);
    expect(narrow.length).toBeLessThan(broad.length);
    const url = new URL(page.url());
    expect([url.searchParams.get('q'), url.searchParams.get('country'), url.searchParams.get('type')]).toEqual(['data', 'Estonia', 'practice']);

    await page.reload();
    await settled(page, 'data');
    await expect(titles(page)).resolves.toEqual(narrow);
    await expect(input(page).inputValue()).resolves.toBe('data');
    await expect(page.getByRole('checkbox', { name: /^Estonia/ }).isChecked()).resolves.toBe(true);
    await expect(page.getByRole('checkbox', { name: /^practice/ }).isChecked()).resolves.toBe(true);

    await page.goBack();
    await page.waitForURL((u) => !u.search.includes('type=practice'));
    await settled(page, 'data');
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['Estonia']);
    await expect(page.getByRole('checkbox', { name: /^practice/ }).isChecked()).resolves.toBe(false);
    await expect.poll(async () => (await titles(page)).length, { timeout: 10_000 }).toBeGreaterThan(narrow.length);
    await page.close();
  });

  it('the box works from the keyboard as Pagefind\'s own did: Down arrow into the results, Escape clears', async () => {
    const page = await s.page('/search/');
    await input(page).focus();
    await page.keyboard.type('open data');
    await settled(page, 'open data');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.evaluate(() => Boolean(document.activeElement?.closest('pagefind-results')))).toBe(true);
    await input(page).focus();
    await page.keyboard.press('Escape');
    await expect(input(page).inputValue()).resolves.toBe('');
    await expect.poll(() => page.evaluate(() => location.search)).toBe('');
    await page.close();
  });

  it('browses a facet with an empty query: every retired practice, newest first', async () => {
    const retired = readdirSync('content/practices').filter((f) => readFileSync(`content/practices/${f}`, 'utf8').includes('\nstatus: retired\n'));
    const page = await s.page('/search/?type=practice&status=retired&sort=newest');
    await settled(page);
    const shown = await titles(page);
    expect(shown).toHaveLength(retired.length);
    expect(shown).toEqual(expect.arrayContaining(['GOV.UK Verify', 'United States Digital Service']));
    await expect(page.getByLabel('Sort results').inputValue()).resolves.toBe('newest');
    await page.close();
  });

  it('keeps words typed while the index is still loading', async () => {
    const page = await s.context.newPage();
    // Hold Pagefind's engine back, so the reader types before the search is wired to the address.
    await page.route('**/pagefind/pagefind.js', async (route) => {
      await new Promise((ok) => setTimeout(ok, 1500));
      await route.continue();
    });
    await page.goto(`${s.base}/search/`);
    await input(page).pressSequentially('identity');
    await settled(page, 'identity');
    await expect(input(page).inputValue()).resolves.toBe('identity');
    await page.waitForURL(/\?q=identity$/);
    await page.close();
  });

  it('shows results 50 at a time, with a button for the next ones', async () => {
    const countries = (await import('yaml')).parse(readFileSync('content/countries.yaml', 'utf8')).length as number;
    const page = await s.page('/search/?type=country');
    await settled(page);
    const more = page.getByRole('button', { name: /^Show 50 more results/ });
    await expect(more.textContent()).resolves.toBe(`Show 50 more results (50 of ${countries} shown)`);
    await expect(page.locator('pagefind-results li').count()).resolves.toBe(50);
    await more.click();
    await expect.poll(() => page.locator('pagefind-results li').count()).toBe(100);
    await expect(more.textContent()).resolves.toBe(`Show 50 more results (100 of ${countries} shown)`);
    await page.close();
  });

  it('says when nothing matches and offers to remove each filter', async () => {
    const page = await s.page('/search/?q=zzqxjv&type=practice');
    await settled(page, 'zzqxjv');
    const empty = page.locator('[data-empty]');
    await expect(empty.isVisible()).resolves.toBe(true);
    await expect(empty.textContent()).resolves.toContain('No results.');
    await empty.getByRole('button', { name: 'Remove type: practice' }).click();
    await page.waitForURL((u) => u.search === '?q=zzqxjv');
    await page.close();
  });

  it('works by keyboard alone, from typing to ticking a filter', async () => {
    const page = await s.page('/search/');
    await input(page).focus();
    await page.keyboard.type('identity');
    await settled(page, 'identity');
    const before = await page.locator('pagefind-summary').textContent();
    let onEstonia = false;
    for (let i = 0; i < 250 && !onEstonia; i += 1) {
      await page.keyboard.press('Tab');
      onEstonia = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value === 'Estonia');
    }
    expect(onEstonia, 'Tab never reached the Estonia filter').toBe(true);
    await page.keyboard.press('Space');
    await page.waitForURL(/country=Estonia/);
    await page.locator('pagefind-summary').filter({ hasNotText: before! }).waitFor();
    await settled(page, 'identity');
    await titles(page);
    const metas = await page.locator('pagefind-results .result-meta').allTextContents();
    expect(metas.length).toBeGreaterThan(0);
    expect(metas.every((m) => m.includes('Estonia')), metas.join(' | ')).toBe(true);
    await page.close();
  });

  it('announces the number of results politely, and axe finds no violation with results shown', async () => {
    const page = await s.context.newPage();
    // Pagefind's announcer shows each message briefly: record every text a polite live region takes.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { heard: string[] }).heard = heard;
      new MutationObserver((records) => {
        for (const r of records) {
          const el = r.target instanceof Element ? r.target : r.target.parentElement;
          if (el?.closest('[aria-live="polite"]') && el.textContent) heard.push(el.textContent);
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(`${s.base}/search/?q=identity`);
    await settled(page, 'identity');
    await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | ')), { timeout: 10_000 }).toMatch(/\d+ results? for identity/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('/search/ loads Pagefind when it is needed', () => {
  /** Opens `path` and records the paths of every request under /pagefind/. */
  async function open(path: string) {
    const page = await s.context.newPage();
    const pagefind: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p.startsWith('/pagefind/')) pagefind.push(p);
    });
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(s.base + path);
    await page.waitForLoadState('networkidle');
    return { page, pagefind, errors };
  }

  it('draws a labelled search form and fetches nothing of Pagefind until the box is used; typing then lists results', async () => {
    const { page, pagefind, errors } = await open('/search/');
    await page.waitForTimeout(500);
    expect(pagefind).toEqual([]);
    const form = page.getByRole('search').filter({ has: input(page) });
    await expect(form.getAttribute('action')).resolves.toBe('/search/');
    await expect(form.getAttribute('method')).resolves.toBe('get');
    await expect(input(page).getAttribute('name')).resolves.toBe('q');
    await input(page).pressSequentially('identity');
    await settled(page, 'identity');
    expect(pagefind).toEqual(expect.arrayContaining(['/pagefind/pagefind-component-ui.js', '/pagefind/pagefind-component-ui.css', '/pagefind/pagefind.js']));
    expect((await titles(page)).length).toBeGreaterThan(0);
    await page.waitForURL(/\?q=identity$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('loads the filters when asked, without a word typed', async () => {
    const { page, pagefind } = await open('/search/');
    expect(pagefind).toEqual([]);
    await page.getByRole('button', { name: 'Show the filters' }).click();
    await page.getByRole('checkbox', { name: /^practice/ }).check();
    await page.waitForURL(/\?type=practice$/);
    await settled(page);
    await expect(page.locator('pagefind-results .result-meta').first().textContent()).resolves.toMatch(/^practice/);
    await page.close();
  });

  it('loads at once when the address carries a search, and submitting the box searches in place', async () => {
    const { page, errors } = await open('/search/?type=statement');
    await settled(page);
    await input(page).fill('data');
    await page.keyboard.press('Enter');
    await settled(page, 'data');
    expect(new URL(page.url()).search).toBe('?q=data&type=statement');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('/search/ without JavaScript', () => {
  it('says search needs it and links to the browse pages', async () => {
    const page = await s.page('/search/', { javaScript: false });
    await expect(page.getByText('Search needs JavaScript').isVisible()).resolves.toBe(true);
    for (const name of ['practices', 'countries', 'principles', 'statements', 'meetings', 'peer reviews', 'indicators']) {
      await expect(page.locator('main').getByRole('link', { name, exact: true }).count(), name).resolves.toBe(1);
    }
    await page.close();
  });
});

describe('/search/ without its index', () => {
  it('says the index is missing and how to build it, instead of failing silently', async () => {
    const page = await s.context.newPage();
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${s.base}/search/`);
    await input(page).focus();
    await page.locator('[data-unavailable]').waitFor({ state: 'visible', timeout: 20_000 });
    await expect(page.locator('[data-unavailable]').textContent()).resolves.toContain('npm run build');
    await page.close();
  });
});

describe('a content page', () => {
  it('loads no search code until the search box is used, and the box leads to /search/', async () => {
    const page = await s.context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${s.base}/practices/est-x-road/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.endsWith('.js') || p.includes('pagefind'))).toEqual([]);
    await page.getByRole('searchbox', { name: 'Search the hub' }).fill('identity');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=identity$/);
    await settled(page, 'identity');
    expect(requests.some((p) => p.startsWith('/pagefind/'))).toBe(true);
    expect((await titles(page)).length).toBeGreaterThan(0);
    await page.close();
  });
});

describe('/search/ ranking and excerpts on the real content', () => {
  /** Result types (the card's first meta field) and excerpts, in order. */
  async function results(page: Page): Promise<{ type: string; excerpt: string }[]> {
    await titles(page);
    return page.locator('pagefind-results li').evaluateAll((lis) =>
      lis.map((li) => ({
        type: (li.querySelector('.result-meta')?.textContent ?? '').split('·')[0]!.trim(),
        excerpt: li.querySelector('.pf-result-excerpt')?.textContent ?? '',
      })),
    );
  }

  it('"data" lists practices, statements and reviews before country pages', async () => {
    const page = await s.page('/search/?q=data');
    await settled(page, 'data');
    const types = (await results(page)).map((r) => r.type);
    const firstCountry = types.indexOf('country');
    const topical = (t: string) => ['practice', 'statement', 'review'].includes(t);
    expect(types.slice(0, 5).every((t) => t !== 'country'), types.slice(0, 10).join(', ')).toBe(true);
    expect(types.findIndex(topical)).toBeLessThan(firstCountry === -1 ? Infinity : firstCountry);
    expect(types.indexOf('statement')).toBeGreaterThan(-1);
    await page.close();
  });

  it('"Estonia" lists the country page of Estonia first', async () => {
    const page = await s.page('/search/?q=Estonia');
    await settled(page, 'Estonia');
    expect((await titles(page))[0]).toBe('Estonia');
    await page.close();
  });

  it('excerpts come from prose, with no field label glued to its value', async () => {
    const page = await s.page('/search/?q=data');
    await settled(page, 'data');
    const excerpts = (await results(page)).map((r) => r.excerpt).filter(Boolean);
    expect(excerpts.length).toBeGreaterThan(10);
    const glued = /(Country|Organisation|Since|Status|Peer review|Principles?|Dimensions?|Published|Source|Region)[A-Z0-9]/;
    expect(excerpts.filter((e) => glued.test(e))).toEqual([]);
    await page.close();
  });
});
