/**
 * Adding sources in other languages, as docs/ledger.md's "Adding a source" says, in a throwaway copy
 * of the project: made-up fixture articles in Korean, Arabic, Russian, Indonesian and Italian
 * (tests/fixtures/sources/, each marked as a fixture in its first line), with the figure forms
 * each language uses. The real check:data and build run on the copy; then the built page is read
 * in Chromium with JavaScript off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { preview, type PreviewServer } from 'vite';
import { copyProject, ROOT, runNpm, runScript } from '../helpers/project.ts';
import { launch } from './harness.ts';
import { HEADERS } from '../../scripts/csp.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/sources');
type Entry = Record<string, unknown>;
interface Fixtures {
  claimants: Entry[];
  sources: Entry[];
  claims: Entry[];
  ambiguous: { source: Entry; claim: Entry };
}
const fx = JSON.parse(readFileSync(join(FIXTURES, 'entries.json'), 'utf8')) as Fixtures;

describe('sources in five languages, added by the steps of docs/ledger.md', { timeout: 400_000 }, () => {
  let project: ReturnType<typeof copyProject>;
  const read = (path: string) => readFileSync(join(project.dir, path), 'utf8');
  const append = (path: string, entries: Entry[]) =>
    project.write(path, JSON.stringify([...(JSON.parse(read(path)) as Entry[]), ...entries], null, 2) + '\n');
  const checkData = () => runScript(project.dir, 'scripts/check-data.ts');

  beforeAll(() => {
    project = copyProject();
    // Steps 1–3: the seed files, their source entries, a claimant, one claim per figure.
    for (const s of [...fx.sources, fx.ambiguous.source]) {
      copyFileSync(join(FIXTURES, String(s.file)), join(project.dir, 'seeds', String(s.file)));
    }
    append('data/claimants.json', fx.claimants);
    append('data/sources.json', [...fx.sources, fx.ambiguous.source]);
    append('data/claims.json', [...fx.claims, fx.ambiguous.claim]);
  });
  afterAll(() => project?.cleanup());

  it('refuses the English figure "an estimated 10.000", naming the claim', () => {
    const r = checkData();
    expect(r.status).toBe(1);
    expect(r.output).toMatch(
      /^data\/claims\.json \[fixture-en-troops\]: figure "an estimated 10\.000" is refused: .*reads two ways/m,
    );
    // The editor removes it (its source would have no claim left, so it goes too).
    const drop = (path: string, id: string) =>
      project.write(
        path,
        JSON.stringify(
          (JSON.parse(read(path)) as Entry[]).filter((e) => e.id !== id),
          null,
          2,
        ),
      );
    drop('data/claims.json', 'fixture-en-troops');
    drop('data/sources.json', 'fixture-en');
    rmSync(join(project.dir, 'seeds/fixture_en.txt'));
  });

  it('names the steps whose copy predates the new claims, then passes once they are reviewed', () => {
    const r = checkData();
    expect(r.status).toBe(1);
    const stale = r.output.split('\n').filter((l) => l.includes('the copy of this step predates'));
    const troops = fx.claims.filter((c) => c.quantity === 'troops_deployed').map((c) => String(c.id));
    const casualties = fx.claims.filter((c) => c.quantity === 'killed_or_wounded').map((c) => String(c.id));
    expect(stale.find((l) => /\[sent\]/.test(l))).toContain(troops.join(', '));
    expect(stale.find((l) => /\[casualties\]/.test(l))).toContain(casualties.join(', '));
    // Every edition's copy is checked: the Korean one names the same steps.
    expect(stale.every((l) => /^data\/story(\.ko)?\.aml:\d+ \[/.test(l))).toBe(true);
    for (const file of ['data/story.aml', 'data/story.ko.aml'])
      expect(stale.filter((l) => l.startsWith(`${file}:`)).length, file).toBe(2);

    // A new claimant: the dek and intro, which say who estimated what, are named too.
    const claimants = fx.claimants.map((c) => String(c.key));
    const intro = r.output.split('\n').filter((l) => l.includes('[intro]: the dek and intro predate'));
    expect(intro).toHaveLength(2);
    for (const line of intro) expect(line).toContain(claimants[0]);

    // Step 5: read each step against the new claims, then list them in its reviewed: line, and
    // the new claimant in the claimants: line, in every edition's copy.
    for (const file of ['data/story.aml', 'data/story.ko.aml']) {
      const story = read(file)
        .replace(/^(claimants: .*)$/m, `$1, ${claimants.join(', ')}`)
        .replace(/(id: sent\n(?:.*\n)*?reviewed: .*)/, `$1, ${troops.join(', ')}`)
        .replace(/(id: casualties\n(?:.*\n)*?reviewed: .*)/, `$1, ${casualties.join(', ')}`);
      project.write(file, story);
    }
    const ok = checkData();
    expect(ok.output).toContain('sources in 6 language(s)');
    expect(ok.status).toBe(0);
  });

  it('builds, and publishes the low, high, qualifier and language of each new claim', () => {
    const r = runNpm(project.dir, 'build');
    expect(r.status, r.output.slice(-2000)).toBe(0);
    // Five language services of one broadcaster are one outlet, and "more than 13,000" in Korean
    // and in Russian is one estimate: the troops chart's row says so, never "5 outlets".
    expect(read('dist/index.html')).toMatch(/A made-up official \(fixture\)<\/[a-z]+>\s*<[^>]+>1 outlet, 4 estimates/);
    const published = JSON.parse(read('dist/claims.json')) as Entry[];
    for (const c of fx.claims) {
      const source = fx.sources.find((s) => s.id === c.source)!;
      expect(
        published.find((p) => p.id === c.id),
        String(c.id),
      ).toMatchObject({
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        language: source.language,
      });
    }
  });

  it('shows every new quote with its lang and dir in the HTML, without JavaScript', async () => {
    const server: PreviewServer = await preview({
      root: project.dir,
      configFile: false,
      base: '/',
      logLevel: 'silent',
      preview: { host: '127.0.0.1', port: 0, headers: { ...HEADERS } },
    });
    const address = server.httpServer.address();
    const browser = await launch();
    try {
      if (!address || typeof address === 'string') throw new Error('preview server has no port');
      const page = await browser.newPage({ javaScriptEnabled: false });
      await page.goto(`http://127.0.0.1:${address.port}/index.html`);
      for (const c of fx.claims) {
        const source = fx.sources.find((s) => s.id === c.source)!;
        // The figure is highlighted in its own element: look for the longer text beside it.
        const [before, after] = String(c.quote).split(String(c.figure));
        const quote = (before.length >= after.length ? before.trim().slice(-16) : after.trim().slice(0, 16)).trim();
        const marks = await page.evaluate((needle) => {
          const out: { lang: string; dir: string }[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            if (!n.textContent?.includes(needle)) continue;
            const el = n.parentElement!;
            // The islands' props (JSON in a script element) are data, not text a reader sees.
            if (el.closest('script')) continue;
            out.push({
              lang: el.closest('[lang]')?.getAttribute('lang') ?? '',
              dir: el.closest('[dir]')?.getAttribute('dir') ?? '',
            });
          }
          return out;
        }, quote);
        expect(marks.length, `${String(c.id)} is on the page`).toBeGreaterThan(0);
        for (const m of marks) {
          expect(m.lang, String(c.id)).toBe(source.language);
          expect(m.dir, String(c.id)).toBe(source.language === 'ar' ? 'rtl' : 'ltr');
        }
      }
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
