import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput, ROOT } from '../../../scripts/lib/load.ts';
import SourcePanels from './SourcePanels.svelte';

const ledger = buildLedger(readLedgerInput()).ledger!;
const { body } = render(SourcePanels, { props: { ledger } });
// Scoped-style class names change with the CSS; compare marks without them.
const page = body.replace(/<mark[^>]*>/g, '<mark>');

/** How Svelte's server renderer escapes text content. */
const html = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The HTML of one source's article. */
function article(id: string): string {
  const from = page.indexOf(`<article id="source-${id}"`);
  expect(from, id).toBeGreaterThanOrEqual(0);
  return page.slice(from, page.indexOf('</article>', from));
}

describe('SourcePanels (server-rendered)', () => {
  it('has one article per source, in ledger order', () => {
    const at = ledger.sources.map((s) => page.indexOf(`<article id="source-${s.id}"`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(page.match(/<article /g)).toHaveLength(ledger.sources.length);
  });

  it('quotes every claim verbatim with its figure inside <mark>', () => {
    for (const claim of ledger.claims) {
      const chars = Array.from(claim.quote);
      const { start, end } = claim.figure_span;
      const quoted = [
        html(chars.slice(0, start).join('')),
        '<mark>',
        html(chars.slice(start, end).join('')),
        '</mark>',
        html(chars.slice(end).join('')),
      ].join('');
      expect(article(claim.source), claim.id).toContain(quoted);
      expect(html(chars.slice(start, end).join(''))).toBe(html(claim.figure));
    }
  });

  it('lists each source’s claims in the order its text gives them', () => {
    for (const source of ledger.sources) {
      const text = article(source.id);
      const order = [...text.matchAll(/<li id="in-source-([^"]+)"/g)].map((m) => m[1]);
      const claims = ledger.claims.filter((c) => c.source === source.id);
      expect(order.sort()).toEqual(claims.map((c) => c.id).sort());
      const starts = [...text.matchAll(/<li id="in-source-([^"]+)"/g)].map(
        (m) => claims.find((c) => c.id === m[1])!.span.start,
      );
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('shows each claim’s claimant as written, its as-of date and what it counts', () => {
    for (const claim of ledger.claims) {
      const text = article(claim.source);
      const item = text.slice(text.indexOf(`<li id="in-source-${claim.id}"`));
      const li = item.slice(0, item.indexOf('Read the source'));
      expect(li, claim.id).toContain(html(claim.claimant));
      if (claim.as_of) expect(li, claim.id).toContain(html(claim.as_of));
      expect(li, claim.id).toContain(html(ledger.quantities.find((q) => q.id === claim.quantity)!.label));
    }
  });

  it('gives every source its outlet, byline, date as printed and notes', () => {
    for (const source of ledger.sources) {
      const text = article(source.id);
      expect(text).toContain(html(source.outlet === 'unnamed' ? 'Unnamed outlet' : source.outlet));
      if (source.byline) expect(text).toContain(html(source.byline));
      expect(text).toContain(html(source.date_text));
      expect(text).toContain(html(source.outlet_note));
      if (source.reposting) expect(text).toContain(html(source.reposting));
    }
  });

  it('links every claim to its seed file, relative, with the quote’s words in a text fragment', () => {
    const links = [...page.matchAll(/<a href="([^"]*)"[^>]*>Read the source/g)].map((m) =>
      m[1].replaceAll('&amp;', '&'),
    );
    expect(links).toHaveLength(ledger.claims.length);
    for (const claim of ledger.claims) {
      const source = ledger.sources.find((s) => s.id === claim.source)!;
      const text = article(source.id);
      const item = text.slice(text.indexOf(`<li id="in-source-${claim.id}"`));
      const href = /<a href="([^"]*)"[^>]*>Read the source/.exec(item)![1].replaceAll('&amp;', '&');
      expect(href.startsWith(`seeds/${source.file}#:~:text=`), href).toBe(true);
      const [path, fragment] = href.split('#');
      expect(existsSync(join(ROOT, decodeURIComponent(path))), path).toBe(true);
      const words = decodeURIComponent(fragment.slice(':~:text='.length)).split(',');
      const quote = claim.quote.replace(/\s+/g, ' ');
      for (const w of words) expect(quote, claim.id).toContain(w);
    }
  });

  it('renders no reader until a link is followed', () => {
    expect(page).not.toContain('<dialog');
  });
});
