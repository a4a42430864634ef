/**
 * Sources in any language, on the built pages as a reader without JavaScript gets them: every
 * element holding a source's words (quotes, cited figures, claimants as written) carries that
 * source's lang and dir in the prerendered HTML; quote marks come from CSS keyed on the language;
 * the script fonts are self-hosted, and the page's own language stays English.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { loadContent, loadEditions } from '../../scripts/lib/load.ts';
import { embedGraphics } from '../../src/lib/embed/graphics.ts';
import { foreignRequests, newPage, useBrowser } from './harness.ts';
import { english } from '../helpers/i18n.ts';

const { ledger } = loadContent();
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const sourceById = new Map(ledger.sources.map((s) => [s.id, s]));
const attrs = (id: string) => {
  const s = sourceById.get(id)!;
  return `${s.language}/${s.dir}`;
};

/** Each passage of a source's words the page may show, as text, with the lang/dir pairs allowed for it. */
function wordsOfSources(): Map<string, Set<string>> {
  const words = new Map<string, Set<string>>();
  const add = (text: string, source: string) => {
    const key = squash(text);
    words.set(key, (words.get(key) ?? new Set()).add(attrs(source)));
  };
  for (const c of ledger.claims) {
    add(c.quote, c.source);
    add(c.figure, c.source);
    add(c.claimant, c.source);
    if (c.as_of) add(c.as_of, c.source);
    if (c.confirmed_by) {
      add(c.confirmed_by.quote, c.source);
      add(c.confirmed_by.claimant, c.source);
    }
  }
  for (const e of ledger.events) for (const m of e.mentions) add(m.quote, m.source);
  for (const s of ledger.sources) if (s.headline) add(s.headline, s.id);
  return words;
}
const words = wordsOfSources();

interface Held {
  tag: string;
  text: string;
  lang: string | null;
  dir: string | null;
  claim?: string;
}

/** Every element that holds a source's words, with its own lang and dir attributes. */
const heldWords = () =>
  Array.from(document.querySelectorAll('blockquote, q, [lang]:not(html)'), (el) => ({
    tag: el.tagName.toLowerCase(),
    text: el.textContent ?? '',
    lang: el.getAttribute('lang'),
    dir: el.getAttribute('dir'),
  }));

const citedFigures = () =>
  Array.from(document.querySelectorAll('a.figure'), (a) => {
    const bdi = a.querySelector('bdi');
    return {
      tag: 'bdi',
      text: bdi?.textContent ?? '',
      lang: bdi?.getAttribute('lang') ?? null,
      dir: bdi?.getAttribute('dir') ?? null,
      claim: (a.getAttribute('href') ?? '').replace(/^.*#in-source-/, ''),
    };
  });

/** Every edition's story page and its embeds with quotes, each with the edition's language. */
const editions = loadEditions();
const pages = editions.flatMap((e) => [
  { path: e.path, lang: e.lang },
  ...embedGraphics(ledger, english())
    .filter((g) => g.kind !== 'map')
    .map((g) => ({ path: `${e.path}embed/${g.id}.html`, lang: e.lang })),
]);
/** Our own words are in the page's language; the switch names each other edition in its own. */
const ourLanguages = [null, ...editions.map((e) => e.lang)];

describe('quotes carry their language on the built pages', () => {
  const env = useBrowser();

  for (const { path, lang } of pages) {
    it(`${path || 'the story page'}: every quote has its source's lang and dir in the HTML, without JavaScript`, async () => {
      const { context, page } = await newPage(env.browser, { javaScriptEnabled: false });
      await page.goto(new URL(path, env.served.url).href);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);

      const held: Held[] = await page.evaluate(heldWords);
      const quotes = held.filter((h) => h.tag === 'blockquote');
      expect(quotes.length).toBeGreaterThan(0);
      for (const h of held) {
        const allowed = words.get(squash(h.text));
        if (!allowed) {
          // Not a source's words: our own (a gloss, the embed panel's alt texts), never a blockquote.
          expect(h.tag, `<blockquote> holds words of no source: ${h.text.slice(0, 80)}`).not.toBe('blockquote');
          expect(ourLanguages, h.text.slice(0, 80)).toContain(h.lang);
          continue;
        }
        expect([...allowed], `<${h.tag} lang=${h.lang} dir=${h.dir}>${h.text.slice(0, 60)}`).toContain(
          `${h.lang}/${h.dir}`,
        );
      }

      for (const f of await page.evaluate(citedFigures)) {
        const claim = ledger.claims.find((c) => c.id === f.claim)!;
        expect(f.text, f.claim).toBe(claim.figure);
        expect(`${f.lang}/${f.dir}`, f.claim).toBe(attrs(claim.source));
      }
      await context.close();
    });
  }

  it('every claim quote on the story page is inside an element with lang and dir', async () => {
    const { context, page } = await newPage(env.browser, { javaScriptEnabled: false });
    await page.goto(env.served.url);
    const quoted = await page.evaluate(() =>
      Array.from(document.querySelectorAll('mark'), (m) => {
        const holder = m.closest('[lang]:not(html)');
        return { lang: holder?.getAttribute('lang') ?? null, dir: holder?.getAttribute('dir') ?? null };
      }),
    );
    // Each claim's figure is marked at least once (its source's panel), inside its quote.
    expect(quoted.length).toBeGreaterThanOrEqual(ledger.claims.length);
    for (const q of quoted) expect(q.lang && q.dir).toBeTruthy();
    await context.close();
  });

  it('draws quote marks by the language of the element holding the quote', async () => {
    const { context, page } = await newPage(env.browser);
    await page.goto(env.served.url);
    const marks = await page.evaluate(() => {
      const out: Record<string, { quotes: string; before: string }> = {};
      for (const lang of ['en', 'ko', 'ar', 'ru', 'uk', 'de', 'fr', 'es']) {
        const p = document.createElement('p');
        p.className = 'quoted';
        p.lang = lang;
        p.textContent = 'x';
        document.body.append(p);
        out[lang] = { quotes: getComputedStyle(p).quotes, before: getComputedStyle(p, '::before').content };
        p.remove();
      }
      return out;
    });
    expect(marks.en.quotes).toBe('"“" "”" "‘" "’"');
    expect(marks.ko.quotes).toBe(marks.en.quotes);
    expect(marks.ar.quotes).toBe('"”" "“" "’" "‘"');
    expect(marks.ru.quotes).toBe('"«" "»" "„" "“"');
    expect(marks.uk.quotes).toBe(marks.ru.quotes);
    expect(marks.de.quotes).toBe('"„" "“" "‚" "‘"');
    expect(marks.fr.quotes.startsWith('"«" "»"')).toBe(true);
    expect(marks.es.quotes.startsWith('"«" "»"')).toBe(true);
    for (const lang of Object.keys(marks)) expect(marks[lang].before, lang).toBe('open-quote');
    await context.close();
  });

  it('links the self-hosted script fonts first in the stacks, and requests nothing from another origin', async () => {
    const { context, page, log } = await newPage(env.browser);
    await page.goto(env.served.url, { waitUntil: 'networkidle' });
    const css = readFileSync(join(ROOT, 'dist/fonts/scripts.css'), 'utf8');
    expect(css.split('\n')[0]).toContain('scripts/build-fonts.ts');
    for (const [, url] of css.matchAll(/url\(([^)]+)\)/g)) expect(url).toMatch(/^\.\/[\w.-]+\.woff2$/);
    // Linked only when the text needs a script font: an empty stylesheet would block the first paint.
    const needed = css.includes('@font-face');
    expect(log.requests.some((u) => u.endsWith('/fonts/scripts.css'))).toBe(needed);
    const families = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(families.startsWith('"Story Scripts"')).toBe(true);
    expect(foreignRequests(log, env.origin)).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    await context.close();
  });
});
