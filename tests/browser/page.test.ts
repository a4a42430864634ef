/**
 * The built page as a reader gets it: every ledger quote on the page, with and without
 * JavaScript; hydration without errors; no request to any other origin; the text files served
 * as UTF-8.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { preview } from 'vite';
import { ROOT } from '../helpers/project.ts';
import { foreignRequests, newPage, useBrowser, pageText } from './harness.ts';
import { CONTENT_TYPES } from '../../scripts/content-types.ts';
import type { PublishedClaim } from '../../src/lib/data/publish.ts';

const claims = JSON.parse(readFileSync(join(ROOT, 'dist/claims.json'), 'utf8')) as PublishedClaim[];
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** A seed with a dash or a curly quote: what a wrong charset turns into "â€“" or "â€™". */
const seed = readdirSync(join(ROOT, 'dist/seeds')).find((f) =>
  /[–—’]/.test(readFileSync(join(ROOT, 'dist/seeds', f), 'utf8')),
)!;
const TEXT_FILES = [
  [`seeds/${seed}`, CONTENT_TYPES['.txt']],
  ['claims.csv', CONTENT_TYPES['.csv']],
  ['claims.json', CONTENT_TYPES['.json']],
];

describe('the built story page', () => {
  const env = useBrowser();

  it('shows every ledger quote and hydrates, requesting nothing from another origin', async () => {
    const { context, page, log } = await newPage(env.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(env.served.url, { waitUntil: 'networkidle' });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const text = squash(await pageText(page));
    const missing = claims.filter((c) => !text.includes(squash(c.quote)));
    expect(missing.map((c) => c.id)).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.requests.length).toBeGreaterThan(1);
    expect(foreignRequests(log, env.served.url.replace(/\/$/, ''))).toEqual([]);
    await context.close();
  });

  it('holds every quote, figure mark and attribution in the HTML without JavaScript', async () => {
    const { context, page } = await newPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.served.url);
    const text = squash(await pageText(page));
    for (const c of claims) expect(text, c.id).toContain(squash(c.quote));
    const marked = await page.locator('[id^="in-source-"] blockquote mark').allTextContents();
    expect(marked.sort()).toEqual(claims.map((c) => c.figure).sort());
    expect(await page.locator('h1').innerText()).not.toBe('');
    await context.close();
  });

  it('links each cited figure in the copy to its claim on the page', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.served.url);
    const links = page.locator('a.figure');
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      const id = (await link.getAttribute('href'))!.replace('#in-source-', '');
      const claim = claims.find((c) => c.id === id);
      expect(claim, id).toBeDefined();
      expect(await link.innerText()).toBe(claim!.figure);
      expect(await page.locator(`#in-source-${id}`).count()).toBe(1);
    }
    await context.close();
  });

  it('"Read the source" opens the article with the quoted passage highlighted, in view, and gives focus back', async () => {
    const { context, page, log } = await newPage(env.browser, { viewport: { width: 375, height: 740 } });
    await page.goto(env.served.url);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const claim = claims.find((c) => c.id === 'times-casualties')!;
    const link = page.locator(`#in-source-${claim.id}`).getByRole('link', { name: /Read the source/ });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^seeds/${claim.seed.replace('.', '\\.')}`));
    // As a reader scrolls to it: the reader's island hydrates as the panels come near.
    await link.scrollIntoViewIfNeeded();
    await page.waitForSelector('[data-island="reader"][data-hydrated="true"]', { state: 'attached' });
    await link.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const passage = dialog.locator(`#passage-${claim.id}`);
    await passage.waitFor();
    const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
    expect(squash(await passage.innerText())).toBe(squash(claim.quote));
    // In view inside the dialog.
    const [p, d] = [await passage.boundingBox(), await dialog.boundingBox()];
    expect(p!.y).toBeGreaterThanOrEqual(d!.y);
    expect(p!.y + p!.height).toBeLessThanOrEqual(d!.y + d!.height);
    expect(await page.evaluate(() => !!document.activeElement?.closest('dialog'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Read the source');
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('serves the ledger as claims.json and claims.csv', async () => {
    const json = await fetch(new URL('claims.json', env.served.url));
    expect(json.ok).toBe(true);
    expect(((await json.json()) as unknown[]).length).toBe(claims.length);
    const csv = await (await fetch(new URL('claims.csv', env.served.url))).text();
    expect(csv.split('\r\n')[0]).toMatch(/^id,source,quantity,low,high,qualifier,claimant,claimant_key,as_of,quote,/);
  });

  it('serves a seed, claims.csv and claims.json as UTF-8', async () => {
    for (const [path, type] of TEXT_FILES) {
      const res = await fetch(new URL(path, env.served.url));
      expect(res.ok, path).toBe(true);
      expect(res.headers.get('content-type'), path).toBe(type);
    }
  });

  it('npm run preview (the project config) sends the same content types', async () => {
    const server = await preview({ root: ROOT, logLevel: 'silent', preview: { port: 0, strictPort: false } });
    try {
      const address = server.httpServer.address();
      if (!address || typeof address === 'string') throw new Error('preview server has no port');
      for (const [path, type] of TEXT_FILES) {
        const res = await fetch(`http://127.0.0.1:${address.port}/${path}`);
        expect(res.headers.get('content-type'), path).toBe(type);
      }
    } finally {
      await server.close();
    }
  });

  it('shows the dashes of a seed opened from its plain link, without JavaScript', async () => {
    const { context, page } = await newPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.served.url);
    await page.locator(`a[href^="seeds/${seed}"]`).first().click();
    await page.waitForURL(`**/seeds/${seed}*`);
    const shown = await page.locator('body').innerText();
    expect(shown).not.toMatch(/â€|Ã/);
    expect(squash(shown)).toBe(squash(readFileSync(join(ROOT, 'dist/seeds', seed), 'utf8')));
    await context.close();
  });
});
