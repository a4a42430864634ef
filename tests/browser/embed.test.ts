/**
 * Embeds as a producer uses them: a host page on another origin loads the real pym.js parent
 * (from the npm package) and an embed page in an iframe. Heights follow the content, the theme
 * parameter applies, the story follows the host's scrolling (or unrolls flat without it),
 * analytics reach the host, malformed messages are ignored, nothing is requested from a third
 * origin, and without scripts the static pictures and their alt text stand in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { launch, newPage, serveDist, useBrowser, whenHydrated } from './harness.ts';
import { buildLedger } from '../../src/lib/data/validate.ts';
import { loadContent, readLedgerInput } from '../../scripts/lib/load.ts';
import { embedGraphics, staticImagePath } from '../../src/lib/embed/graphics.ts';
import { english } from '../helpers/i18n.ts';

const PYM = readFileSync(join(ROOT, 'node_modules/pym.js/dist/pym.v1.min.js'), 'utf8');

/** A newsroom page on its own origin: its own copy of pym.js, filler text, the embed, more text. */
function hostPage(embedUrl: string, options: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title>
<link rel="icon" href="data:,"><script src="/pym.v1.min.js"></script></head>
<body style="margin:0;font:16px sans-serif">
<h1>A newsroom page</h1><div style="height:400px">Text before the graphic.</div>
<div id="graphic"></div>
<div style="height:3000px">Text after the graphic.</div>
<script>
  window.received = [];
  window.parentFrame = new pym.Parent('graphic', ${JSON.stringify(embedUrl)}, ${options});
  ['embed-loaded', 'step-reached'].forEach(function (t) {
    window.parentFrame.onMessage(t, function (m) { window.received.push([t, JSON.parse(m)]); });
  });
</script></body></html>`;
}

describe('embeds in a pym.js host page', () => {
  // "localhost" is another origin than the embed's 127.0.0.1, as a CMS would be.
  const env = useBrowser(['--host-resolver-rules=MAP localhost 127.0.0.1']);
  let host: Server;
  let hostUrl: string;
  let nextPage = '';

  beforeAll(async () => {
    host = createServer((req, res) => {
      if (req.url === '/pym.v1.min.js') {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(PYM);
      } else {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(nextPage);
      }
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    const addr = host.address();
    if (!addr || typeof addr === 'string') throw new Error('no host port');
    hostUrl = `http://localhost:${addr.port}/`;
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
  });

  async function openHost(graphic: string, query: string, options: string, size = { width: 1100, height: 800 }) {
    nextPage = hostPage(`${env.served.url}embed/${graphic}.html${query}`, options);
    const { context, page, log } = await newPage(env.browser, { viewport: size, reducedMotion: 'reduce' });
    await page.goto(hostUrl);
    const handle = await page.waitForSelector('#graphic iframe');
    const frame = (await handle.contentFrame())!;
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    return { context, page, frame, log };
  }

  async function heights(page: Page, frame: Frame) {
    const iframe = await page.evaluate(() => document.querySelector('#graphic iframe')!.getBoundingClientRect().height);
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return { iframe, content };
  }

  async function expectFits(page: Page, frame: Frame) {
    await expectFitsIn(page, frame, '#graphic iframe');
  }

  async function expectFitsIn(page: Page, frame: Frame, selector: string) {
    await expect
      .poll(async () => {
        const iframe = await page.evaluate(
          (sel) => document.querySelector(sel)!.getBoundingClientRect().height,
          selector,
        );
        const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
        return Math.abs(iframe - content);
      })
      .toBeLessThanOrEqual(2);
  }

  it('sizes the iframe to its content after load, a viewport resize and a change of content', async () => {
    const { context, page, frame, log } = await openHost('spread-killed_or_wounded', '?theme=auto', '{}');
    await expectFits(page, frame);
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(() => frame.evaluate(() => innerWidth)).toBeLessThanOrEqual(420);
    await expectFits(page, frame);
    // Opening the data table makes the content taller; the iframe follows.
    const tall = (await heights(page, frame)).iframe;
    const details = frame.locator('details').first();
    const isOpen = () => details.evaluate((d) => (d as HTMLDetailsElement).open);
    // The iframe may still be settling after the resize; click again until the table is open.
    await expect
      .poll(async () => {
        if (!(await isOpen())) await details.locator('summary').click();
        return isOpen();
      })
      .toBe(true);
    await expect.poll(async () => (await heights(page, frame)).iframe).toBeGreaterThan(tall + 50);
    await expectFits(page, frame);
    // Nothing from a third origin: the iframe's requests all go to the embed's own origin.
    const embedOrigin = new URL(env.served.url).origin;
    const fromEmbed = log.requests.filter((u) => !u.startsWith(hostUrl) && !u.startsWith('data:'));
    expect(fromEmbed.filter((u) => !u.startsWith(embedOrigin))).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it.each([
    ['the Korean embed page', 'ko/embed/spread-killed_or_wounded.html', '?theme=auto'],
    ['?lang=ko on the English one', 'embed/spread-killed_or_wounded.html', '?theme=auto&lang=ko'],
  ])('sizes a Korean embed to its content: %s', async (_, path, query) => {
    nextPage = hostPage(`${env.served.url}${path}${query}`, '{}');
    const { context, page, log } = await newPage(env.browser, {
      viewport: { width: 1100, height: 800 },
      reducedMotion: 'reduce',
    });
    await page.goto(hostUrl);
    const frame = (await (await page.waitForSelector('#graphic iframe')).contentFrame())!;
    await expect.poll(() => frame.url()).toContain('/ko/embed/spread-killed_or_wounded.html');
    await frame.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('ko');
    // The pym.js parent still sizes it: the child kept its childId through ?lang=.
    await expectFits(page, frame);
    await page.setViewportSize({ width: 400, height: 800 });
    await expectFits(page, frame);
    const embedOrigin = new URL(env.served.url).origin;
    expect(
      log.requests.filter((u) => !u.startsWith(hostUrl) && !u.startsWith(embedOrigin) && !u.startsWith('data:')),
    ).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('applies ?theme=dark, and reports embed-loaded to the host', async () => {
    const { context, page, frame } = await openHost('map-kursk', '?theme=dark', '{}');
    expect(await frame.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    // The theme is applied by the embed's script, so the first paint can still be light: poll.
    await expect
      .poll(() => frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor))
      .toBe('rgb(18, 20, 23)');
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { received: unknown[] }).received))
      .toContainEqual(['embed-loaded', { graphic: 'map-kursk', mode: 'single' }]);
    await frame.waitForSelector('[data-renderer="maplibre"][data-idle="true"]', { timeout: 60_000 });
    await expectFits(page, frame);
    await context.close();
  });

  it('follows the host scrolling through the story, reporting each step reached', async () => {
    const { context, page, frame } = await openHost('story', '?theme=light&scroll=host', '{ trackscroll: true }');
    await expect.poll(() => frame.getAttribute('[data-mode]', 'data-mode')).toBe('hosted');
    const steps = await frame.$$eval('[data-step]', (els) => els.map((e) => (e as HTMLElement).dataset.step!));
    for (const id of [steps[2], steps[4], steps[1]]) {
      // Scroll the host so the step's middle is at the middle of the host's viewport.
      const y = await frame.evaluate((id) => {
        const r = document.querySelector(`[data-step="${id}"]`)!.getBoundingClientRect();
        return r.top + r.height / 2;
      }, id);
      await page.evaluate((y) => {
        const iframe = document.querySelector('#graphic iframe')!.getBoundingClientRect();
        scrollBy(0, iframe.top + y - innerHeight / 2);
      }, y);
      await expect.poll(() => frame.getAttribute('.scrolly', 'data-active-step')).toBe(id);
      // The map stays in the host's viewport (once the host's report of this scroll has arrived).
      await expect
        .poll(async () => {
          const mapTop = await frame.evaluate(
            () => document.querySelector('.scrolly .graphic')!.getBoundingClientRect().top,
          );
          const iframeTop = await page.evaluate(
            () => document.querySelector('#graphic iframe')!.getBoundingClientRect().top,
          );
          return Math.abs(iframeTop + mapTop);
        })
        .toBeLessThanOrEqual(2);
    }
    const reached = await page.evaluate(() =>
      (window as unknown as { received: [string, { step: string }][] }).received
        .filter(([t]) => t === 'step-reached')
        .map(([, d]) => d.step),
    );
    expect(reached).toEqual(expect.arrayContaining([steps[2], steps[4], steps[1]]));
    await context.close();
  });

  it('unrolls the story flat when the host does not report its scrolling', async () => {
    const { context, page, frame } = await openHost('story', '?theme=light', '{}');
    await page.evaluate(() => scrollBy(0, 300));
    await page.waitForTimeout(500);
    expect(await frame.getAttribute('[data-mode]', 'data-mode')).toBe('flat');
    const steps = await frame.locator('[data-step]').count();
    expect(await frame.locator('[data-step] img.step-map').count()).toBe(steps);
    const { scenes } = loadContent();
    for (const step of await frame.locator('[data-step]').all()) {
      const img = step.locator('img.step-map');
      expect(await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      // The alt text is the step's scene described.
      expect(await img.getAttribute('alt')).toBe(scenes.steps[(await step.getAttribute('data-step'))!].description);
    }
    await expectFits(page, frame);
    await context.close();
  });

  it('works from the snippet the "Embed this" panel gives, pasted into a plain page', async () => {
    const story = await newPage(env.browser, { viewport: { width: 1100, height: 800 } });
    await story.page.goto(env.served.url);
    await story.page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    // The panel's island gives the snippet this page's own URL once it runs.
    await whenHydrated(story.page.locator('[data-embed="map-exchange"] summary'));
    const snippet = (await story.page.locator('[data-embed="map-exchange"] pre code').textContent())!;
    expect(snippet).toContain(`${env.served.url}embed/map-exchange.html?theme=auto`);
    await story.context.close();

    nextPage = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head>
<body><p>Story text.</p>${snippet}<p>More text.</p></body></html>`;
    const { context, page, log } = await newPage(env.browser, {
      viewport: { width: 900, height: 800 },
      colorScheme: 'dark',
    });
    await page.goto(hostUrl);
    const frame = (await (await page.waitForSelector('iframe')).contentFrame())!;
    await frame.waitForSelector('[data-renderer="maplibre"][data-idle="true"]', { timeout: 60_000 });
    await expectFitsIn(page, frame, 'iframe');
    // theme=auto follows the reader's dark setting.
    expect(await frame.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
    const embedOrigin = new URL(env.served.url).origin;
    expect(
      log.requests.filter((u) => !u.startsWith(hostUrl) && !u.startsWith(embedOrigin) && !u.startsWith('data:')),
    ).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });

  it('pins a map embed to ?view= and &flows=', async () => {
    const { context, frame } = await openHost('map-overview', '?view=kursk&flows=troops', '{}');
    await expect.poll(() => frame.getAttribute('figure.story-map', 'data-view')).toBe('kursk');
    expect(await frame.getAttribute('figure.story-map', 'data-flows')).toBe('troops');
    await context.close();
  });

  it('ignores host viewports out of any sane range: the story keeps the size the real viewport gives it', async () => {
    const { context, page, frame } = await openHost('story', '?theme=light&scroll=host', '{ trackscroll: true }');
    await expect.poll(() => frame.getAttribute('[data-mode]', 'data-mode')).toBe('hosted');
    const tall = () => frame.evaluate(() => document.documentElement.scrollHeight);
    await expect.poll(tall).toBeGreaterThan(0);
    const before = await tall();
    const childId = await frame.evaluate(() => new URLSearchParams(location.search).get('childId'));
    // One at a time (a burst delivers only its last), each after the host's own report of its viewport.
    for (const size of ['1100 1e9', '1100 -800', '1100 Infinity', '-1100 800', '1e12 800', '1100 76801']) {
      await page.evaluate(
        ({ id, size }) => {
          const w = document.querySelector<HTMLIFrameElement>('#graphic iframe')!.contentWindow!;
          w.postMessage(`pymxPYMx${id}xPYMxviewport-iframe-positionxPYMx${size} 0 0 800 1100`, '*');
        },
        { id: childId, size },
      );
      await page.waitForTimeout(200);
      // Not taken: the story is as tall as before, in a page that still runs.
      expect(await tall(), size).toBe(before);
    }
    expect(await frame.evaluate(() => document.documentElement.dataset.hydrated)).toBe('true');
    await context.close();
  });

  it('ignores malformed and foreign messages without an error', async () => {
    const { context, page, frame } = await openHost('map-overview', '', '{}');
    const frameErrors: string[] = [];
    page.on('pageerror', (e) => frameErrors.push(String(e)));
    const childId = await frame.evaluate(() => new URLSearchParams(location.search).get('childId'));
    await page.evaluate((id) => {
      const w = document.querySelector<HTMLIFrameElement>('#graphic iframe')!.contentWindow!;
      for (const m of [
        'garbage',
        { type: 'width' },
        null,
        `pymxPYMx${id}xPYMx`,
        `pymxPYMx${id}xPYMxviewport-iframe-positionxPYMxNaN NaN`,
        `pymxPYMx${id}xPYMx<img src=x>xPYMx1`,
        `pymxPYMxotherxPYMxwidthxPYMx1`,
        `pymxPYMx${id}xPYMxwidthxPYMx${'9'.repeat(20000)}`,
      ]) {
        w.postMessage(m, '*');
      }
    }, childId);
    await page.waitForTimeout(300);
    expect(frameErrors).toEqual([]);
    expect(await frame.evaluate(() => document.documentElement.dataset.hydrated)).toBe('true');
    await expectFits(page, frame);
    await context.close();
  });
});

describe('embeds without scripts', () => {
  const env = useBrowser();

  it('show the static map with its alt text instead of the live map', async () => {
    const { context, page } = await newPage(env.browser, {
      javaScriptEnabled: false,
      viewport: { width: 600, height: 800 },
    });
    await page.goto(`${env.served.url}embed/map-overview.html`);
    const img = page.locator('img.static');
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
    expect(await img.getAttribute('alt')).toBe(loadContent().scenes.views.overview.description);
    expect(await img.getAttribute('alt')).toMatch(/^Map: North Korea to Russia\. .*Pyongyang.*Kursk/);
    expect(await page.locator('.story-map .frame').isVisible()).toBe(false);
    await context.close();
  });

  it('have a static picture for every single graphic, served as an image', async () => {
    const ledger = buildLedger(readLedgerInput()).ledger!;
    for (const g of embedGraphics(ledger, english())) {
      const path = staticImagePath(g, '');
      if (!path) continue;
      const res = await fetch(new URL(path, env.served.url));
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(/^image\/(png|svg\+xml)/);
      expect((await res.arrayBuffer()).byteLength, path).toBeGreaterThan(5_000);
    }
  });

  it('show a static map in every step of the story page', async () => {
    const { context, page } = await newPage(env.browser, {
      javaScriptEnabled: false,
      viewport: { width: 375, height: 740 },
    });
    await page.goto(env.served.url);
    const steps = await page.locator('[data-step]').count();
    const imgs = page.locator('[data-step] img.step-map');
    expect(await imgs.count()).toBe(steps);
    for (const img of await imgs.all()) expect(await img.isVisible()).toBe(true);
    // A phone gets the picture drawn at a phone's size, shown near that size: its names are set as
    // they were placed, not shrunk to less than half (the wide picture's 10.5 px names came out at 4 px).
    const shown = () =>
      imgs.evaluateAll((els) =>
        (els as HTMLImageElement[]).map((i) => ({
          src: i.currentSrc,
          scale: i.getBoundingClientRect().width / i.naturalWidth,
        })),
      );
    await expect.poll(async () => (await shown()).every((i) => i.scale > 0)).toBe(true);
    for (const { src, scale } of await shown()) {
      expect(src).toMatch(/-phone\.svg$/);
      expect(scale, src).toBeGreaterThanOrEqual(0.8);
    }
    // A wide screen gets the wide picture.
    await page.setViewportSize({ width: 1100, height: 740 });
    await expect.poll(async () => (await shown()).map((i) => i.src.endsWith('-phone.svg'))).not.toContain(true);
    expect(await page.locator('.scrolly .graphic').isVisible()).toBe(false);
    // Laid out one after another: the first step starts below the intro, each step below the last.
    const introBottom = (await page.locator('.intro').boundingBox())!;
    const boxes = await Promise.all((await page.locator('[data-step]').all()).map((s) => s.boundingBox()));
    expect(boxes[0]!.y).toBeGreaterThanOrEqual(introBottom.y + introBottom.height);
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.y).toBeGreaterThanOrEqual(boxes[i - 1]!.y + boxes[i - 1]!.height);
    await context.close();
  });
});

describe('the story published in a subfolder', () => {
  let served: Awaited<ReturnType<typeof serveDist>>;
  let browser: Awaited<ReturnType<typeof launch>>;
  beforeAll(async () => {
    served = await serveDist(undefined, '/graphics/nk-troops/');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("embed links open the story's own page and ledger, in the top window", async () => {
    const { context, page, log } = await newPage(browser, { viewport: { width: 800, height: 900 } });
    await page.goto(`${served.url}embed/story.html`);
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
    const links = await page.$$eval('a.figure, .credit a', (as) =>
      as.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') })),
    );
    expect(links.length).toBeGreaterThan(3);
    for (const { href, target } of links) {
      expect(href).toMatch(new RegExp(`^${served.url}(index\\.html(#in-source-[a-z0-9-]+)?|claims\\.csv)$`));
      expect(target).toBe('_top');
    }
    // A figure's link reaches its claim on the story page.
    const figure = links.find((l) => l.href.includes('#in-source-'))!;
    await page.goto(figure.href);
    expect(await page.locator(`#${figure.href.split('#')[1]}`).count()).toBe(1);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
