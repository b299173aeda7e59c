/**
 * The CMS end to end, in real Chromium against real decap-server (git mode, editorial workflow) on a
 * temporary clone: an editor logs in, creates a practice through the form (inserting a component with
 * the small form), saves a draft, sets it Ready and publishes it, and the next build publishes the
 * page; editing only the title of an MDX entry leaves its body byte for byte. Every request stays on
 * 127.0.0.1 and the admin page's policy is never violated.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/checks/content-check.ts';
import { freePort, startLocalBackend, type LocalBackend } from '../../scripts/lib/cms/local.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { loadRefs } from '../../src/content/refs.ts';
import { axeViolations, openSession, type Session } from '../support/browser.ts';
import { buildSite, cloneRepo, git, prepareSite, SAMPLE, syncContent } from './cms-site.ts';

let repo = '';
let site = '';
let backend: LocalBackend;
let s: Session;
let env: Record<string, string> = {};
const foreign: string[] = [];

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'hub-cms-'));
  repo = cloneRepo(work);
  site = prepareSite(work, repo);
  const port = await freePort();
  // The admin page is built for this clone's branch and this decap-server.
  env = { CMS_BACKEND: 'local', CMS_BRANCH: 'main', CMS_LOCAL_PORT: String(port) };
  const built = buildSite(site, env);
  if (built.status !== 0) throw new Error(`the site did not build:\n${built.output}`);
  s = await openSession(join(site, 'dist'));
  backend = await startLocalBackend({ repo, branch: 'main', port, origin: s.base });
}, 480_000); // a full site build: minutes when the whole suite shares two cores

afterAll(async () => {
  await s?.close();
  await backend?.close();
});

/** A page of the admin, logged in, recording requests to other hosts and policy violations. */
async function admin(hash: string): Promise<Page & { violations: string[] }> {
  const page = (await s.context.newPage()) as Page & { violations: string[] };
  page.violations = [];
  page.on('request', (r) => {
    const host = new URL(r.url()).hostname;
    if (!['127.0.0.1'].includes(host) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) page.violations.push(m.text());
  });
  page.on('dialog', (d) => void d.accept());
  // decap-cms.js is 5 MB: on a busy machine its first load takes longer than Playwright's 30 s default.
  page.setDefaultNavigationTimeout(90_000);
  await page.goto(`${s.base}/admin/`);
  const login = page.getByRole('button', { name: 'Login' });
  const app = page.getByRole('link', { name: 'Workflow' });
  await login.or(app).first().waitFor();
  if (await login.isVisible()) await login.click();
  await app.waitFor();
  await page.goto(`${s.base}/admin/#${hash}`);
  return page;
}

/** Picks an option of a Decap select by typing part of its label. */
async function pick(page: Page, label: string, text: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.fill(text);
  await page.keyboard.press('Enter');
}

/** Waits until git shows what the CMS did (the CMS answers before the UI settles; git is the truth). */
async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 240 && !check(); i += 1) await new Promise((r) => setTimeout(r, 250));
  expect(check(), what).toBe(true);
}

const branches = () => git(repo, 'branch', '--list', '--format=%(refname:short)').split('\n').filter(Boolean);
const show = (ref: string, path: string) => git(repo, 'show', `${ref}:${path}`);
/** Whether `path` is committed on `ref` (a draft branch exists a moment before its commit). */
const has = (ref: string, path: string) => branches().includes(ref) && git(repo, 'ls-tree', '--name-only', ref, path).trim() === path;

/** Fills every required field of a new practice titled `title` (not the text). */
async function fillPractice(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await pick(page, 'Country', 'Estonia');
  await page.getByLabel('Organisation', { exact: true }).fill('State Electoral Office');
  await page.getByLabel('Start year', { exact: true }).fill('2005');
  await pick(page, 'Status', 'Implemented');
  await pick(page, 'Principles', '2. Engagement');
  await pick(page, 'Principles', '1. Openness');
  await pick(page, 'Dimensions', 'User-driven');
  await page.getByLabel('Summary', { exact: true }).fill('Estonians can vote over the internet in national and local elections.');
  await page.getByRole('button', { name: 'Add sources and links' }).click();
  await page.getByLabel('Label', { exact: true }).fill('Source');
  await page.getByLabel('Address', { exact: true }).fill('https://www.valimised.ee/en');
}

describe('the editor\'s words', () => {
  it('says "New entry" and "New Practice", and no untouched new entry has unsaved changes', async () => {
    const page = await admin('/workflow');
    await page.getByText('New entry', { exact: true }).waitFor();
    expect(await page.getByText('New Post').count()).toBe(0);
    await page.goto(`${s.base}/admin/#/collections/practices`);
    await page.getByText('New Practice', { exact: true }).waitFor();
    expect(await page.locator('body').textContent()).not.toContain('\uff0b');
    await page.close();
    for (const [collection, label] of [['practices', 'Practices'], ['statements', 'Statements'], ['reviews', 'Peer reviews'], ['meetings', 'Meetings']]) {
      const editor = await admin(`/collections/${collection}/new`);
      await editor.getByText(`Writing in ${label} collection`, { exact: true }).waitFor();
      await editor.getByLabel(/^Title|^Theme/).first().waitFor();
      await editor.waitForTimeout(1000);
      await expect(editor.getByText(/unsaved changes/i).count(), `a new entry in ${label}`).resolves.toBe(0);
      await editor.close();
    }
  }, 150_000);

  it('draws no symbol as text a system font may lack: the editor\'s back arrow is a self-hosted SVG', async () => {
    /** Symbols drawn as text on the page (arrows, maths, shapes, dingbats, full-width forms, emoji), with their element. */
    const drawnSymbols = (p: Page) =>
      p.evaluate(() => {
        const out: string[] = [];
        const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          const el = n.parentElement!;
          const style = getComputedStyle(el);
          // Text an editor typed (a text area's content) is theirs, not the admin's.
          const drawn = el.tagName !== 'TEXTAREA' && style.fontSize !== '0px' && style.visibility === 'visible' && el.getClientRects().length > 0;
          const symbols = (n.textContent ?? '').match(/[\u2190-\u2bff\u3000-\u303f\uff00-\uffef]|\p{Extended_Pictographic}/gu);
          if (drawn && symbols) out.push(`${symbols.join('')} in <${el.tagName.toLowerCase()} class="${el.className}">`);
        }
        return out;
      });
    const page = await admin('/workflow');
    await page.getByText(/entries? waiting for review/).waitFor();
    expect(await drawnSymbols(page)).toEqual([]);
    await page.goto(`${s.base}/admin/#/collections/practices`);
    await page.getByText('X-Road data exchange layer').first().waitFor();
    expect(await drawnSymbols(page)).toEqual([]);
    await page.goto(`${s.base}/admin/#/collections/practices/entries/est-x-road`);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('X-Road data exchange layer');
    expect(await drawnSymbols(page)).toEqual([]);
    const arrow = page.locator('[class*="BackArrow"]');
    const look = await arrow.evaluate((el) => {
      const style = getComputedStyle(el);
      return { mask: style.maskImage, text: el.textContent, width: el.getBoundingClientRect().width, colour: style.backgroundColor };
    });
    expect(look.mask).toBe(`url("${s.base}/admin/back.svg")`);
    expect(look.width).toBeGreaterThan(10);
    expect(look.colour).not.toBe('rgba(0, 0, 0, 0)');
    const svg = await page.request.get(`${s.base}/admin/back.svg`);
    expect([svg.status(), svg.headers()['content-type']]).toEqual([200, 'image/svg+xml']);
    expect(await svg.text()).toMatch(/^<svg [^>]*><path d="[^"]+"\/><\/svg>\n?$/);
    await page.close();
  }, 150_000);

  it('styles "Insert a component" and its form\'s buttons like the admin\'s own controls', async () => {
    const page = await admin('/collections/practices/new');
    const look = (l: ReturnType<Page['locator']>) =>
      l.evaluate((el) => {
        const style = getComputedStyle(el);
        return { font: style.fontFamily.split(',')[0]!.trim(), weight: style.fontWeight, background: style.backgroundColor, transform: style.textTransform, radius: style.borderTopLeftRadius };
      });
    // Decap's own field label ("TITLE"): the admin's font, upper case, on its light grey.
    const decapLabel = await look(page.locator('label', { hasText: /^Title$/ }).first());
    const inserter = page.getByLabel('Insert a component');
    const toolbarLabel = await look(page.locator('label', { hasText: /^Insert a component/ }));
    expect([toolbarLabel.font, toolbarLabel.transform]).toEqual([decapLabel.font, 'uppercase']);
    const control = await look(inserter);
    expect(control).toMatchObject({ font: decapLabel.font, weight: '700', background: decapLabel.background, radius: '5px' });
    await inserter.selectOption({ label: 'Callout box' });
    for (const name of ['Insert', 'Cancel']) {
      expect(await look(page.getByRole('button', { name, exact: true })), name).toEqual(control);
    }
    await page.close();
  }, 150_000);
});

describe('names and dates as the site shows them', () => {
  /** The previewed entry's facts: each label with its values. */
  const facts = (page: Page) =>
    page.locator('iframe').first().contentFrame().locator('article > dl.facts').evaluate((dl) => {
      const out: Record<string, string[]> = {};
      let label = '';
      for (const el of dl.children) {
        if (el.tagName === 'DT') label = el.textContent ?? '';
        else out[label] = el.querySelector('ul') ? [...el.querySelectorAll('li')].map((li) => li.textContent ?? '') : [el.textContent ?? ''];
      }
      return out;
    });

  it('lists meetings in the meeting picker as "2015 Tokyo: <theme>", and previews the one picked by that name', async () => {
    const page = await admin('/collections/statements/new');
    const meeting = page.getByLabel(/^Meeting/);
    await meeting.fill('Tokyo');
    const option = page.getByRole('option', { name: /^2015 Tokyo: Fostering a Data-Driven Public Sector: realising the potential of government data$/ });
    await option.waitFor();
    await option.click();
    await page.getByLabel(/^Date/).first().fill('2015-09-30');
    await expect.poll(() => facts(page)).toMatchObject({
      Meeting: ['2015 Tokyo: Fostering a Data-Driven Public Sector: realising the potential of government data'],
      Date: ['30 September 2015'],
    });
    await page.goto(`${s.base}/admin/#/collections/meetings`);
    await page.getByText('2015 Tokyo: Fostering a Data-Driven Public Sector: realising the potential of government data', { exact: true }).waitFor();
    await page.close();
  }, 150_000);

  it('previews a statement, a practice and a meeting with country, principle and meeting names and dates in words', async () => {
    const statement = await admin('/collections/statements/entries/2015-tokyo');
    await expect.poll(() => facts(statement)).toMatchObject({
      'Kind of document': ['Statement'],
      Meeting: ['2015 Tokyo: Fostering a Data-Driven Public Sector: realising the potential of government data'],
      Date: ['30 September 2015'],
    });
    expect((await facts(statement))['Principles addressed']).toContain('3. Data-driven culture in the public sector');
    await statement.close();

    const practice = await admin('/collections/practices/entries/est-x-road');
    await expect.poll(() => facts(practice)).toMatchObject({
      Country: ['Estonia (EST)'],
      Status: ['Implemented'],
      Principles: ['6. Coherent use of digital technology across policy areas and levels of government', '4. Privacy protection and security (risk management)', '8. International co-operation with other governments'],
      Dimensions: ['Government as a platform', 'Data-driven public sector'],
    });
    await practice.close();

    const meeting = await admin('/collections/meetings/entries/2015-tokyo');
    await expect.poll(() => facts(meeting)).toMatchObject({
      Year: ['2015'],
      'First day': ['29 September 2015'],
      'Last day': ['30 September 2015'],
      'Host country': ['Japan (JPN)'],
    });
    await meeting.close();
  }, 150_000);
});

describe('an editor creates a practice', () => {
  const slug = 'est-internet-voting-i-voting';
  const file = `content/practices/${slug}.mdx`;
  const draft = `cms/practices/${slug}`;

  it('through the form, saves a draft, sets it Ready and publishes it; the next build publishes the page', async () => {
    const page = await admin('/collections/practices/new');
    await fillPractice(page, 'Internet voting (i-Voting)');
    const body = page.getByLabel(/^Text/);
    await body.fill('Estonia introduced internet voting in 2005.\n');
    await body.press('Control+End');
    await page.getByLabel('Insert a component').selectOption({ label: 'Callout box' });
    await page.getByLabel('Kind').selectOption('lesson');
    await page.getByLabel('Heading (optional)').fill('What others can reuse');
    await page.getByRole('group', { name: 'Insert: Callout box' }).getByLabel('Text').fill('A national eID makes {remote} voting possible.');
    await page.getByRole('button', { name: 'Insert', exact: true }).click();
    const preview = page.locator('iframe').first().contentFrame();
    await expect(preview.locator('.callout.callout-lesson .callout-title').textContent()).resolves.toBe('What others can reuse');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await until(`a draft branch ${draft} appears with ${file}`, () => has(draft, file));
    const text = show(draft, file);
    const saved = splitFrontmatter(text, file);
    expect(saved.data).toEqual({
      title: 'Internet voting (i-Voting)',
      country: 'EST',
      organisation: 'State Electoral Office',
      startYear: 2005,
      status: 'implemented',
      principles: [2, 1],
      dimensions: ['user_driven'],
      summary: 'Estonians can vote over the internet in national and local elections.',
      links: [{ label: 'Source', url: 'https://www.valimised.ee/en' }],
    });
    expect(saved.body).toBe(
      'Estonia introduced internet voting in 2005.\n\n<Callout type="lesson" title="What others can reuse">\nA national eID makes \\{remote\\} voting possible.\n</Callout>\n',
    );
    expect(checkEntry('practices', file, text, loadRefs(join(site, 'content')))).toEqual([]);
    expect(branches()).toContain('main');
    expect(() => show('main', file)).toThrow();

    await page.getByRole('button', { name: /^Status/ }).click();
    await page.getByRole('menuitem', { name: 'Ready' }).click();
    await until('the draft is marked Ready', () => git(repo, 'config', `branch.${draft}.description`).trim() === 'decap-cms/pending_publish');
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Publish now' }).click();
    await until(`${draft} is merged into main and deleted`, () => has('main', file) && !branches().includes(draft));
    expect(show('main', file)).toBe(text);
    expect(git(repo, 'status', '--porcelain')).toBe('');
    expect(page.violations).toEqual([]);
    await page.close();

    git(repo, 'switch', '-q', 'main');
    syncContent(repo, site);
    const built = buildSite(site, env);
    expect(built.status, built.output).toBe(0);
    const html = readFileSync(join(site, 'dist/practices', slug, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Internet voting (i-Voting)</h1>');
    expect(html).toContain('<div class="callout callout-lesson" role="note"><p class="callout-title">What others can reuse</p><p>A national eID makes {remote} voting possible.</p></div>');
  }, 240_000);
});

describe('an editor changes only the title of an MDX entry', () => {
  it('keeps the body byte for byte: comments, escapes and components', async () => {
    const before = readFileSync(join(repo, SAMPLE), 'utf8');
    const page = await admin('/collections/practices/entries/est-mdx-sample');
    const title = page.getByLabel('Title', { exact: true });
    await expect(title.inputValue()).resolves.toBe('X-Road sample with MDX');
    await title.fill('X-Road sample with MDX, renamed');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const draft = 'cms/practices/est-mdx-sample';
    await until(`a draft branch ${draft} appears with the change`, () => has(draft, SAMPLE) && show(draft, SAMPLE).includes('renamed'));
    const after = show(draft, SAMPLE);
    expect(splitFrontmatter(after, SAMPLE).body).toBe(splitFrontmatter(before, SAMPLE).body);
    expect(splitFrontmatter(after, SAMPLE).data).toEqual({ ...splitFrontmatter(before, SAMPLE).data, title: 'X-Road sample with MDX, renamed' });
    expect(page.violations).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('an editor clears an optional field', () => {
  it('leaves the field out of the file (Decap would write "", which the build refuses)', async () => {
    const file = 'content/meetings/2013-bern.yaml';
    const page = await admin('/collections/meetings/entries/2013-bern');
    const theme = page.getByLabel(/^Theme/);
    await expect(theme.inputValue()).resolves.toBe('ICT Governance to Deliver Public Value');
    await theme.fill('');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const draft = 'cms/meetings/2013-bern';
    await until(`a draft branch ${draft} appears with the change`, () => has(draft, file) && !show(draft, file).includes('ICT Governance'));
    const text = show(draft, file);
    expect(text).not.toMatch(/^title:/m);
    expect(checkEntry('meetings', file, text, loadRefs(join(site, 'content')))).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('an editor saves text the build would refuse', () => {
  // Last of the editing tests: Decap keeps the refused new entry as a local backup, which the next "new practice" restores.
  it('sees the build\'s message in the CMS, and nothing is written', async () => {
    const before = git(repo, 'for-each-ref', '--format=%(refname) %(objectname)');
    const page = await admin('/collections/practices/new');
    await fillPractice(page, 'Unsafe text sample');
    await page.getByLabel(/^Text/).fill('Two and two: {1+1}\n\n<Chart data="x" />\n');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const refusal = page.getByText(/the build would refuse it/);
    await refusal.waitFor();
    const text = await refusal.textContent();
    expect(text).toMatch(/content\/practices\/est-unsafe-text-sample\.mdx:\d+: .*\{1\+1\}/);
    expect(text).toContain('Chart');
    expect(git(repo, 'for-each-ref', '--format=%(refname) %(objectname)')).toBe(before);
    expect(git(repo, 'status', '--porcelain', '--untracked-files=all')).toBe('');
    await page.close();
  }, 120_000);
});

describe('the admin screens', () => {
  it('the sign-in screen passes axe (WCAG 2.2 A/AA)', async () => {
    const page = await admin('/');
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByRole('button', { name: 'Login' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.getByRole('link', { name: 'Workflow' }).waitFor();
    await page.close();
  }, 60_000);

  /** Each screen, and what shows once it has finished loading (axe must not judge a spinner). */
  const SCREENS: [string, string, (page: Page) => Promise<unknown>][] = [
    ['the collection list', '/collections/practices', (p) => p.getByText('X-Road data exchange layer').first().waitFor()],
    ['the editorial workflow', '/workflow', (p) => p.getByText(/entries? waiting for review/).waitFor()],
    ['the media library', '/collections/practices', async (p) => {
      await p.getByText('X-Road data exchange layer').first().waitFor();
      await p.getByRole('button', { name: 'Media' }).click();
      await p.getByText('x-road-map.png').waitFor();
    }],
    ['a new practice', '/collections/practices/new', (p) => p.getByLabel('Title', { exact: true }).waitFor()],
    ['a draft MDX entry with the insert form open', '/collections/practices/entries/est-mdx-sample', async (p) => {
      await expect(p.getByLabel('Title', { exact: true }).inputValue()).resolves.toMatch(/^X-Road sample/);
      await p.getByLabel('Insert a component').selectOption({ label: 'Quotation' });
      await p.getByRole('button', { name: 'Insert', exact: true }).click();
      await p.getByRole('alert').filter({ hasText: 'Fill in' }).waitFor();
    }],
    ['a published entry', '/collections/practices/entries/est-internet-voting-i-voting', (p) => expect(p.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Internet voting (i-Voting)')],
  ];

  it.each(SCREENS)('%s passes axe (WCAG 2.2 A/AA)', async (_name, hash, ready) => {
    const page = await admin(hash);
    await ready(page);
    // Let fade-ins finish: axe blends colours that are still fading in.
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity));
    expect(await axeViolations(page)).toEqual([]);
    expect(page.violations).toEqual([]);
    await page.close();
  }, 150_000);
});

describe('the local backend', () => {
  const reachable = (host: string, port: number) =>
    new Promise<boolean>((ok) => {
      const socket = connect({ host, port }, () => {
        socket.destroy();
        ok(true);
      });
      socket.on('error', () => ok(false));
    });

  it('listens on 127.0.0.1 only (the guard; decap-server runs inside it)', async () => {
    for (const port of [backend.port]) {
      await expect(reachable('127.0.0.1', port)).resolves.toBe(true);
      await expect(reachable('127.0.0.2', port), `port ${port} answers on another address`).resolves.toBe(false);
    }
  });

  it('was the only other address the admin page talked to', () => {
    expect(foreign).toEqual([]);
    expect(existsSync(join(site, 'dist/admin/decap/decap-cms.js'))).toBe(true);
  });
});
