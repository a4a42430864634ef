/**
 * Sources in any language, server-rendered: every quote and cited figure carries its source's
 * lang and dir, a gloss is shown and labelled as a translation (never as the source's words),
 * the language is named, and two editions of one outlet are told apart. The input is the fixture
 * ledger (tests/fixtures/ledger) with one source turned, in memory, into the Arabic edition of
 * another source's outlet.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { outletName } from '../i18n/ledger-words.ts';
import type { Ledger } from '../data/types.ts';
import { eventMentions, mentionList } from '../charts/mentions.ts';
import SourcePanels from './SourcePanels.svelte';
import Copy from './Copy.svelte';
import SpreadChart from '../charts/SpreadChart.svelte';
import Timeline from '../charts/Timeline.svelte';
import { languageName } from './language.ts';
import { english, englishContext } from '../../../tests/helpers/i18n.ts';

const { ledger: real } = fixture();
const i18n = english();
const context = englishContext();

/** A copy of the ledger in which `rtl` is an Arabic edition of `other`'s outlet, with a gloss on one claim. */
function arabicEdition(base: Ledger) {
  const ledger = structuredClone(base);
  // A source with a claim on a spread chart and a timeline mention, and a second, named one.
  const spread = new Set(ledger.quantities.filter((q) => q.spread).map((q) => q.id));
  const rtl = ledger.sources.find(
    (s) =>
      ledger.claims.some((c) => c.source === s.id && !c.restates && spread.has(c.quantity)) &&
      ledger.events.some((e) => e.mentions.some((m) => m.source === s.id)),
  )!;
  const other = ledger.sources.find((s) => s.id !== rtl.id && s.outlet !== 'unnamed')!;
  Object.assign(rtl, { language: 'ar', dir: 'rtl', outlet: other.outlet, edition: 'Arabic service' });
  const claim = ledger.claims.find((c) => c.source === rtl.id && !c.restates && spread.has(c.quantity))!;
  claim.gloss = 'An English gloss of the quote.';
  return { ledger, rtl, other, claim };
}

const { ledger, rtl, other, claim } = arabicEdition(real);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The opening tags of every element with `tag` in the HTML. */
const tags = (html: string, tag: string) => html.match(new RegExp(`<${tag}\\b[^>]*>`, 'g')) ?? [];

function article(html: string, id: string): string {
  const from = html.indexOf(`<article id="source-${id}"`);
  return html.slice(from, html.indexOf('</article>', from));
}

describe('quotes in their own language (server-rendered)', () => {
  const panels = render(SourcePanels, { props: { ledger }, context }).body;

  it('gives every quote, claimant and headline of a source its lang and dir', () => {
    const html = article(panels, rtl.id);
    expect(tags(html, 'blockquote').length).toBeGreaterThan(0);
    for (const t of [...tags(html, 'blockquote'), ...tags(html, 'q')]) {
      expect(t).toContain('lang="ar"');
      expect(t).toContain('dir="rtl"');
    }
    for (const t of tags(article(panels, other.id), 'blockquote')) expect(t).toContain(`lang="${other.language}"`);
    if (rtl.headline) expect(html).toMatch(/<p class="headline[^"]*" lang="ar" dir="rtl">/);
  });

  it('draws quote marks inside the element with lang, never as characters around it', () => {
    const html = article(panels, rtl.id);
    expect(html).toMatch(/<blockquote[^>]*lang="ar" dir="rtl"><p class="quoted[^"]*">/);
    expect(html).not.toMatch(/“<mark|”<\/p>/);
  });

  it('names the language of every source', () => {
    expect(article(panels, rtl.id)).toContain('Language: Arabic');
    for (const s of ledger.sources)
      expect(article(panels, s.id)).toContain(`Language: ${languageName(s.language, i18n)}`);
  });

  it('shows a gloss below its quote, labelled as a translation in English, outside the quote', () => {
    const html = article(panels, rtl.id);
    const item = html.slice(html.indexOf(`<li id="in-source-${claim.id}"`));
    const gloss = /<p class="gloss[^"]*" lang="en" dir="ltr"><span[^>]*>Translation:<\/span> ([^<]*)<\/p>/.exec(item);
    expect(gloss?.[1]).toBe(claim.gloss);
    expect(item.indexOf('</blockquote>')).toBeLessThan(item.indexOf(claim.gloss));
    // Only the claim that has one.
    expect(panels.match(/Translation:/g)).toHaveLength(1);
  });

  it('tells two editions of one outlet apart wherever the outlet is named', () => {
    expect(outletName(rtl, i18n)).toBe(`${other.outlet} (Arabic service)`);
    expect(article(panels, rtl.id)).toContain(`${other.outlet} (Arabic service)`);
    const chart = render(SpreadChart, { props: { ledger, quantity: claim.quantity }, context }).body;
    expect(chart).toMatch(new RegExp(`<td[^>]*>${escape(other.outlet)} \\(Arabic service\\)</td>`));
    const timeline = render(Timeline, { props: { ledger }, context }).body;
    expect(timeline).toContain(`<bdi>${other.outlet} (Arabic service)</bdi>`);
  });

  it('isolates a cited figure in its source’s language inside the English sentence', () => {
    const body = render(Copy, {
      context,
      props: {
        ledger,
        paragraph: [
          { kind: 'text', text: 'They said ' },
          { kind: 'claim', id: claim.id },
        ],
      },
    }).body;
    const figure = /<a class="figure[^>]*><bdi lang="ar" dir="rtl">([^<]*)<\/bdi><\/a>/.exec(body);
    expect(figure?.[1]).toBe(claim.figure);
  });

  it('shows the spread chart’s quotes, and the gloss, in the source’s language in its table', () => {
    const chart = render(SpreadChart, { props: { ledger, quantity: claim.quantity }, context }).body;
    const row = chart.slice(chart.indexOf(`headers="spread-${claim.quantity}-${claim.id}"`));
    const cell = row.slice(0, row.indexOf('</td>'));
    expect(tags(cell, 'blockquote')[0]).toContain('lang="ar" dir="rtl"');
    expect(cell).toContain(`Translation:</span> ${claim.gloss}`);
  });

  it('quotes the timeline’s mentions in their source’s language', () => {
    const timeline = render(Timeline, { props: { ledger }, context }).body;
    const quotes = ledger.events.flatMap((e) => e.mentions).filter((m) => m.source === rtl.id);
    expect(quotes.length).toBeGreaterThan(0);
    const arabic = tags(timeline, 'blockquote').filter((t) => t.includes('lang="ar" dir="rtl"'));
    expect(arabic).toHaveLength(quotes.length);
  });

  it('lists the outlets mentioning an event as "a, b and c", each its own part', () => {
    const event = real.events.find((e) => new Set(e.mentions.map((m) => m.source)).size > 2);
    if (!event) return;
    const mentions = eventMentions(real, event, i18n);
    const parts = mentionList(mentions, i18n);
    expect(parts.filter((p) => p.mention).map((p) => p.mention!.source.id)).toEqual(mentions.map((m) => m.source.id));
    const text = parts.map((p) => p.value).join('');
    expect(text.endsWith(` and ${mentions.at(-1)!.name}`)).toBe(true);
    expect(text).not.toContain(', and ');
  });
});
