/**
 * How the built site behaves under a host, beside faults.test.ts: embeds in a newsroom CMS's
 * sandboxed iframe (scripts allowed but no same origin: an opaque origin, to which every file is
 * another origin's; and no scripts at all), and the preview server answering as a static host
 * must (a 404 for a missing file, never the story's HTML in its place; a folder's URL redirected
 * to its slash).
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { newPage, useBrowser } from './harness.ts';
import { loadContent } from '../../scripts/lib/load.ts';

const { ledger } = loadContent();
const MAP = `map-${ledger.views[0].id}`;
const DESKTOP = { viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' } as const;

/** A host page on the story's own server (a route of the test's, not a file of dist/) framing `src`. */
async function host(page: Page, url: string, src: string, sandbox: string): Promise<Frame> {
  const at = `${url}__host.html`;
  await page.route(at, (r) =>
    r.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><title>host</title><iframe sandbox="${sandbox}" title="embed" style="width:640px;height:800px;border:0" src="${url}${src}"></iframe>`,
    }),
  );
  await page.goto(at);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  if (!frame) throw new Error('the host page has no frame');
  await frame.waitForSelector('body');
  return frame;
}

/** The page's own stylesheet applied: the body in the story's fonts, not the browser's default. */
const styled = (frame: Frame) =>
  frame.evaluate(() => getComputedStyle(document.body).fontFamily.includes('Story Scripts'));

describe('embeds in a sandboxed iframe', () => {
  const env = useBrowser();

  it('sandbox="allow-scripts": the story embed styles itself and hydrates', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    const frame = await host(page, env.served.url, 'embed/story.html', 'allow-scripts');
    // An opaque origin: the sandbox is what the test says it is.
    expect(await frame.evaluate(() => origin)).toBe('null');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.hydrated ?? '')).toBe('true');
    expect(await styled(frame)).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('sandbox="allow-scripts": the map embed hydrates and draws a map with land (the SVG map, saying so)', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    const frame = await host(page, env.served.url, `embed/${MAP}.html`, 'allow-scripts');
    await expect.poll(() => frame.evaluate(() => document.documentElement.dataset.hydrated ?? '')).toBe('true');
    expect(await styled(frame)).toBe(true);
    await frame.locator('figure.story-map').scrollIntoViewIfNeeded();
    await page.keyboard.press('Shift');
    // No worker can start in an opaque origin: MapLibre cannot run, and the SVG map with land stands in.
    await frame.waitForSelector('figure[data-renderer="svg"] svg[data-role="fallback"] .land path', {
      timeout: 30_000,
    });
    expect(await frame.locator('[data-role="fallback-note"]').isVisible()).toBe(true);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('sandbox="": no scripts, so the embed is its pictures, styled', async () => {
    const { context, page } = await newPage(env.browser, DESKTOP);
    const frame = await host(page, env.served.url, `embed/${MAP}.html`, '');
    expect(await styled(frame)).toBe(true);
    const picture = frame.locator('img.static');
    expect(await picture.isVisible()).toBe(true);
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    // The live map's frame is not shown over or beside the picture, and the caption is the picture's:
    // it names the borders the picture draws.
    expect(await frame.locator('figure.story-map .frame').isVisible()).toBe(false);
    expect(await frame.locator('[data-role="borders-note"]').isVisible()).toBe(true);
    expect(await frame.locator('[data-role="no-land-note"]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the preview server answers as a static host must', () => {
  const env = useBrowser();

  it.each(['embed/nope.html', 'seeds/nope.txt', 'assets/islands-nope.json', 'nope/'])(
    'a missing file (%s) is a 404, not the story',
    async (path) => {
      const res = await fetch(new URL(path, env.served.url), { redirect: 'manual' });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toMatch(/<html/i);
    },
  );

  it('a folder without its slash is redirected to it, with its query', async () => {
    const res = await fetch(new URL('ko?step=sent', env.served.url), { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/ko/?step=sent');
    const { context, page } = await newPage(env.browser, DESKTOP);
    await page.goto(`${env.served.url}ko`);
    expect(page.url()).toBe(`${env.served.url}ko/`);
    expect(await page.getAttribute('html', 'lang')).toBe('ko');
    await context.close();
  });

  it('every file is sent with the CSP and Access-Control-Allow-Origin: *', async () => {
    for (const path of ['', 'ko/', `embed/${MAP}.html`, 'claims.json']) {
      const res = await fetch(new URL(path, env.served.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('content-security-policy'), path).toMatch(/script-src 'self'/);
    }
  });
});
