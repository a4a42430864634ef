/**
 * The source reader when the article it fetches is not the one the build checked, beside
 * faults.test.ts: a host's HTML page in its place (with either content type), a body cut short, a
 * 404, a request that never ends, CRLF line ends and a byte-order mark. The reader either marks
 * the very words of each quote or shows no text as the article and offers the plain file; it
 * never stays on "loading". Each case once, the cases taking the editions (English on a desktop,
 * Korean on a phone) in turn.
 */
import { describe, expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { newPage, useBrowser } from './harness.ts';
import { READ_TIMEOUT } from '../../src/lib/components/seedText.ts';

interface Published {
  id: string;
  quote: string;
  seed: string;
}
const claims = JSON.parse(readFileSync(join(ROOT, 'dist/claims.json'), 'utf8')) as Published[];
const words = (lang: string) =>
  JSON.parse(readFileSync(join(ROOT, `data/messages/${lang}.json`), 'utf8')) as Record<string, string>;
/** A claim far into its article, so that every shift of the offsets before it shows. */
const claim = claims.reduce((a, b) =>
  readSeed(b.seed).indexOf(b.quote.slice(0, 20)) > readSeed(a.seed).indexOf(a.quote.slice(0, 20)) ? b : a,
);
const squash = (t: string) => t.replace(/\s+/g, ' ').trim();

function readSeed(file: string): string {
  return readFileSync(join(ROOT, 'seeds', file), 'utf8');
}

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } as const;
const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;
const EDITIONS = [
  { path: '', lang: 'en', options: DESKTOP },
  { path: 'ko/', lang: 'ko', options: PHONE },
];

const plain = (body: string) => (r: Route) =>
  r.fulfill({ status: 200, contentType: 'text/plain; charset=utf-8', body });
const storyHtml = readFileSync(join(ROOT, 'dist/index.html'), 'utf8');

/** Each way the article can come wrong: the reader shows no text as the article and offers the plain file. */
const FAULTS: [string, (r: Route) => Promise<void>][] = [
  [
    'the story’s HTML page (200, text/html)',
    (r) => r.fulfill({ status: 200, contentType: 'text/html', body: storyHtml }),
  ],
  ['the story’s HTML page sent as plain text', plain(storyHtml)],
  [
    'a body cut short before the passage',
    plain(readSeed(claim.seed).slice(0, readSeed(claim.seed).indexOf(claim.quote.slice(0, 20)) + 10)),
  ],
  ['404', (r) => r.fulfill({ status: 404, contentType: 'text/plain', body: 'Not Found' })],
];
/** Each way the article can come right but encoded otherwise: the quote is outlined word for word. */
const BODIES: [string, string][] = [
  ['CRLF line ends', readSeed(claim.seed).replace(/\r?\n/g, '\r\n')],
  ['a byte-order mark', `\ufeff${readSeed(claim.seed)}`],
];
// How the reader reads an article is one code path in every edition; each edition's words and
// size are its own. So each case is tried once, the cases taking the editions in turn.
const FAULT_CASES = FAULTS.map(([name, fault], i) => ({
  name,
  fault,
  edition: EDITIONS[i % EDITIONS.length],
  lang: EDITIONS[i % EDITIONS.length].lang,
}));
const BODY_CASES = BODIES.map(([name, body], i) => ({
  name,
  body,
  edition: EDITIONS[i % EDITIONS.length],
  lang: EDITIONS[i % EDITIONS.length].lang,
}));

/** Opens the reader at `claim`'s passage, as a reader clicking "Read the source" does. */
async function openReader(page: Page, url: string) {
  await page.goto(url);
  const link = page.locator(`#in-source-${claim.id} a[data-read-source]`);
  await link.scrollIntoViewIfNeeded();
  await page.waitForSelector('[data-island="reader"][data-hydrated="true"]', { state: 'attached' });
  await link.click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

describe('the source reader checks what it highlights', () => {
  const env = useBrowser();

  it.each(FAULT_CASES)(
    '$lang: the article is $name: no text shown as the article, the plain file offered',
    async ({ fault, edition: { path, lang, options } }) => {
      const failed = squash(words(lang)['reader.failed'].replace('{link}', words(lang)['reader.failed_link']));
      const { context, page, log } = await newPage(env.browser, options);
      await page.route(`**/seeds/${claim.seed}`, fault);
      const dialog = await openReader(page, `${env.served.url}${path}`);
      const alert = dialog.getByRole('alert');
      await alert.waitFor();
      expect(squash(await alert.innerText())).toBe(failed);
      expect(await alert.locator('a').getAttribute('href')).toMatch(
        new RegExp(`^seeds/${claim.seed.replace('.', '\\.')}`),
      );
      expect(await dialog.locator('.article').count()).toBe(0);
      expect(await dialog.locator('mark').count()).toBe(0);
      expect(await dialog.getByRole('status').count()).toBe(0);
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it.each(BODY_CASES)(
    '$lang: the article comes with $name: the outlined passage is the quote, word for word',
    async ({ body, edition: { path, options } }) => {
      const { context, page, log } = await newPage(env.browser, options);
      await page.route(`**/seeds/${claim.seed}`, plain(body));
      const dialog = await openReader(page, `${env.served.url}${path}`);
      const passage = dialog.locator(`#passage-${claim.id}`);
      await passage.waitFor();
      expect(squash(await passage.innerText())).toBe(squash(claim.quote));
      // Every marked passage of the article holds words of the article, not shifted ones.
      const article = squash(await dialog.locator('.article').innerText());
      expect(article).toBe(squash(readSeed(claim.seed).replace(/^\ufeff/, '')));
      expect(log.pageErrors).toEqual([]);
      await context.close();
    },
  );

  it('the article never comes: the reader stops waiting and offers the plain file', async () => {
    const { context, page, log } = await newPage(env.browser, DESKTOP);
    await page.route(`**/seeds/${claim.seed}`, () => {
      // Held: never answered.
    });
    const dialog = await openReader(page, env.served.url);
    expect(await dialog.getByRole('status').isVisible()).toBe(true);
    await dialog.getByRole('alert').waitFor({ timeout: READ_TIMEOUT + 10_000 });
    expect(await dialog.getByRole('status').count()).toBe(0);
    expect(await dialog.locator('.article').count()).toBe(0);
    expect(log.pageErrors).toEqual([]);
    await context.close();
  });
});
