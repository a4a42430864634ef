/**
 * npm run desk:screenshots — the README's two pictures of the desk (docs/desk-*.png), taken in
 * headless Chromium from a desk over a throwaway copy of data/ and seeds/ (the real files are
 * never written), with a made-up Indonesian report (tests/fixtures/sources/fixture_id.txt, read
 * as text).
 */
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from './lib/chromium.ts';
import { startDesk } from './lib/desk/server.ts';
import { ROOT } from './lib/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'desk-shots-'));
for (const folder of ['data', 'seeds']) cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
mkdirSync(join(dir, 'tests/unit'), { recursive: true });
copyFileSync(join(ROOT, 'tests/unit/seeds.sha256'), join(dir, 'tests/unit/seeds.sha256'));
const text = readFileSync(join(ROOT, 'tests/fixtures/sources/fixture_id.txt'), 'utf8');

const desk = await startDesk(dir, 0, 'http://127.0.0.1:5173/');
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(desk.url);
  const box = (name: string) => page.getByRole('textbox', { name, exact: true });
  await box('Article text').fill(text);
  await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
  await box('Outlet').fill('Fixture Broadcaster');
  await box('Outlet note').fill('A made-up outlet for tests.');
  await box('Edition').fill('Indonesian service');
  await box('Headline').fill('FIXTURE headline (Indonesian)');
  await box('Date').fill('2025-08-23');
  await page.screenshot({ path: join(ROOT, 'docs/desk-add-report.png'), fullPage: true });

  await page.getByRole('button', { name: 'Save the article' }).click();
  /** Selects a passage of the article, as the editor's mouse or keyboard does. */
  const select = (passage: string) =>
    page
      .getByRole('region', { name: 'Article' })
      .getByRole('textbox')
      .evaluate(
        (t: HTMLTextAreaElement, [a, b]) => {
          t.focus();
          t.setSelectionRange(a, b);
          t.dispatchEvent(new Event('select'));
        },
        [text.indexOf(passage), text.indexOf(passage) + passage.length],
      );
  // The first figure, added; then the second, read: the panel shows the first one's effect.
  await select('lebih dari 13.500');
  await page.getByRole('button', { name: 'Add a figure' }).click();
  await page.getByRole('combobox', { name: 'Quantity' }).selectOption('troops_deployed');
  await box('Claimant as written').fill('Seorang pejabat rekaan');
  await page.getByRole('combobox', { name: 'Claimant', exact: true }).selectOption('(new)');
  await box('Claimant key').fill('made-up-official');
  await box('Label (en)').fill('A made-up official (fixture)');
  await box('Label (ko)').fill('가상의 당국자(테스트용)');
  await box('Translation (en)').fill('A made-up official said more than 13,500 troops had been sent to Russia');
  await page.getByRole('button', { name: 'Add this claim' }).click();
  await page.getByRole('checkbox', { name: 'Reviewed: sent' }).waitFor();
  await select('sekitar 2,5 ribu');
  await page.getByRole('button', { name: 'Add a figure' }).click();
  await page.getByRole('combobox', { name: 'Quantity' }).selectOption('killed_or_wounded');
  await page.screenshot({ path: join(ROOT, 'docs/desk-figure.png'), fullPage: true });
  console.log('desk:screenshots: docs/desk-add-report.png, docs/desk-figure.png');
} finally {
  await browser.close();
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
}
