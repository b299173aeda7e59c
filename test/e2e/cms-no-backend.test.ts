/**
 * /admin/ on the site `npm start` serves (built without CMS settings, so without an editing backend):
 * one clear explanation of what to run locally and which settings a deployment needs, no error in the
 * console, no request to a backend, and it passes axe.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from '../support/browser.ts';

let s: Session;
beforeAll(async () => {
  s = await openSession();
});
afterAll(async () => {
  await s?.close();
});

describe('/admin/ without an editing backend', () => {
  it('says once what to run or which settings to set, with no console error and no request elsewhere', async () => {
    const page = await s.context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
    // The shell still loads decap-cms.js (5 MB): on a busy machine that takes longer than the 30 s default.
    page.setDefaultNavigationTimeout(90_000);
    await page.goto(`${s.base}/admin/`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Editing is not switched on for this copy of the hub');
    await expect(page.getByRole('heading', { level: 1 }).count()).resolves.toBe(1);
    const main = page.getByRole('main');
    const text = await main.textContent();
    expect(text).toContain('npm run cms');
    for (const setting of ['CMS_BACKEND', 'CMS_REPO', 'CMS_BASE_URL', 'CMS_API_ROOT', 'CMS_APP_ID']) expect(text).toContain(setting);
    // Give Decap time to have flooded the console, were it started.
    await page.waitForTimeout(1500);
    expect(errors).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(s.base))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 150_000);
});
