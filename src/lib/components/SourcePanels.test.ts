/** The source panels, server-rendered from the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, FIXTURE_ROOT } from '../../../tests/fixtures/ledger.ts';
import { maskSvelteHashes } from '../../../tests/helpers/html-snapshot.ts';
import SourcePanels from './SourcePanels.svelte';
import { englishContext } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
// Hydration markers (comments) removed: they split text a reader sees as one run.
const page = maskSvelteHashes(render(SourcePanels, { props: { ledger }, context: englishContext() }).body).replace(
  /<!--.*?-->/g,
  '',
);
const MARK = '<mark class="svelte-HASH">';

/** The HTML of one source's article. */
function article(id: string): string {
  const from = page.indexOf(`<article id="source-${id}"`);
  expect(from, id).toBeGreaterThanOrEqual(0);
  return page.slice(from, page.indexOf('</article>', from));
}

/** The list item of one claim, up to its link. */
function item(source: string, claim: string): string {
  const text = article(source);
  const from = text.indexOf(`<li id="in-source-${claim}"`);
  expect(from, claim).toBeGreaterThanOrEqual(0);
  return text.slice(from, text.indexOf('</li>', from));
}

/** The link of one claim's item. */
const href = (source: string, claim: string) =>
  /<a href="([^"]*)"[^>]*>Read the source/.exec(item(source, claim))![1].replaceAll('&amp;', '&');

describe('SourcePanels (server-rendered)', () => {
  it('has one article per source, in ledger order', () => {
    expect([...page.matchAll(/<article id="source-([^"]+)"/g)].map((m) => m[1])).toEqual([
      'gazette',
      'courier',
      'unnamed',
    ]);
  });

  it('lists each source’s claims in the order its text gives them, not ledger order', () => {
    const order = (id: string) => [...article(id).matchAll(/<li id="in-source-([^"]+)"/g)].map((m) => m[1]);
    expect(order('gazette')).toEqual(['gazette-sent-summary', 'gazette-sent', 'gazette-lost', 'gazette-reserve']);
    expect(order('courier')).toEqual(['courier-sent', 'courier-lost', 'courier-sent-ministry', 'courier-crates']);
    expect(article('gazette')).toContain('4 figures, in the order the text gives them');
    expect(article('unnamed')).toContain('1 figure, in the order the text gives them');
  });

  it('quotes each claim verbatim, in its source’s language and direction, with its figure inside <mark>', () => {
    const quote = (words: string) =>
      `<blockquote class="quote svelte-HASH" lang="en" dir="ltr"><p class="quoted svelte-HASH">${words}</p></blockquote>`;
    expect(item('gazette', 'gazette-sent-summary')).toContain(
      quote(`In brief: ${MARK}2,300</mark> volunteers have gone east.`),
    );
    expect(item('courier', 'courier-sent-ministry')).toContain(
      quote(`it says ${MARK}between 2,600 and 2,800</mark> volunteers have crossed`),
    );
    expect(item('unnamed', 'unnamed-sent')).toContain(
      quote(`${MARK}Over 1,900</mark> volunteers were sent to the Fenmark front, it is reported.`),
    );
  });

  it('shows the claimant as written, the as-of date and what the claim counts', () => {
    const sent = item('gazette', 'gazette-sent');
    expect(sent).toContain('<p class="quantity svelte-HASH">Volunteers sent</p>');
    expect(sent).toContain(
      'Claimant as written: <q lang="en" dir="ltr" class="svelte-HASH">The observer mission</q>; as of <bdi lang="en" dir="ltr" class="svelte-HASH">February</bdi>.',
    );
    expect(item('courier', 'courier-crates')).toContain(
      'Claimant as written: <q lang="en" dir="ltr" class="svelte-HASH">the ministry</q>.',
    );
    expect(item('courier', 'courier-crates')).toContain('Supply crates');
  });

  it('links a restatement to the passage it repeats, and shows a confirmation', () => {
    expect(item('gazette', 'gazette-sent-summary')).toMatch(
      /Repeats the figure in <a href="#in-source-gazette-sent"[^>]*>another passage<\/a> of this text\./,
    );
    expect(item('gazette', 'gazette-reserve')).toContain(
      'Confirmed in the same text by <bdi lang="en" dir="ltr" class="svelte-HASH">An allied analyst</bdi>: ' +
        '<q lang="en" dir="ltr" class="svelte-HASH">An allied analyst confirmed the plan, saying other reports pointed the same way.</q>',
    );
    expect(item('gazette', 'gazette-sent')).not.toContain('Repeats the figure');
  });

  it('gives every source its outlet and edition, byline, headline, date as printed, language and notes, escaped', () => {
    const gazette = article('gazette');
    expect(gazette).toContain('The Harbour Gazette<span class="byline svelte-HASH">, <bdi>Ada Penrose</bdi></span>');
    expect(gazette).toContain(
      '<p class="headline svelte-HASH" lang="en" dir="ltr">Arland honours its volunteers at the Fenmark parade</p>',
    );
    expect(gazette).toContain('<li class="svelte-HASH">Language: English</li>');
    expect(gazette).toContain('<time datetime="2031-03-10">10 March 2031</time>');
    expect(gazette).toContain('· in the text: The Harbour Gazette, 10 March 2031');
    const courier = article('courier');
    expect(courier).toContain('>Valley Courier (Weekend edition)</h3>');
    expect(courier).toContain('Made up for tests: the masthead names the outlet &amp; its edition.');
    expect(courier).toContain("Its figures follow the Gazette's &lt;earlier> report.");
    expect(courier).not.toContain('class="byline');
    const unnamed = article('unnamed');
    expect(unnamed).toContain('Unnamed outlet');
    expect(unnamed).toContain('No headline in the text');
    expect(unnamed).toContain('date not stated');
    expect(unnamed).toContain('<strong>Translation.</strong>');
  });

  it('links every claim to its seed, relative, with the quote’s words in a text fragment', () => {
    expect(href('gazette', 'gazette-sent-summary')).toBe(
      'seeds/fx1_gazette.txt#:~:text=In%20brief%3A%202%2C300%20volunteers%20have%20gone%20east.',
    );
    expect(href('gazette', 'gazette-sent')).toBe(
      'seeds/fx1_gazette.txt#:~:text=The%20observer%20mission%20put,about%202%2C300%20by%20February.',
    );
    for (const claim of ledger.claims) {
      const path = href(claim.source, claim.id).split('#')[0];
      expect(existsSync(join(FIXTURE_ROOT, decodeURIComponent(path))), path).toBe(true);
    }
    expect(page.match(/>Read the source/g)).toHaveLength(ledger.claims.length);
  });

  it('renders no reader until a link is followed', () => {
    expect(page).not.toContain('<dialog');
  });
});
