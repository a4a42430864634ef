/**
 * Tests of the live data: data/ and seeds/ as they are, read with the real loader. They iterate
 * over whatever the ledger holds and type no id, count or figure of it, so adding a source by the
 * README's steps keeps them green unless the page would really lose a quote. Code is tested on the
 * fixture (tests/fixtures/ledger), not here.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent, ROOT } from '../../scripts/lib/load.ts';
import { sliceCodePoints } from '../helpers/text.ts';
import { claimsOf } from '../../src/lib/data/query.ts';
import { publishedClaims } from '../../src/lib/data/publish.ts';
import { spreadQuantities } from '../../src/lib/charts/quantities.ts';
import { highlightParagraphs, passagesOf } from '../../src/lib/components/highlight.ts';
import { flowBand } from '../../src/lib/scene/band.ts';
import { embedGraphics, graphicAlt } from '../../src/lib/embed/graphics.ts';
import SpreadChart from '../../src/lib/charts/SpreadChart.svelte';
import SourcePanels from '../../src/lib/components/SourcePanels.svelte';
import Timeline from '../../src/lib/charts/Timeline.svelte';
import { english, englishContext } from '../helpers/i18n.ts';

const { ledger, story, scenes } = loadContent();
/** The seed texts the sources name, read as the build publishes them. */
const seeds: Record<string, string> = Object.fromEntries(
  ledger.sources.map((s) => [s.file, readFileSync(join(ROOT, 'seeds', s.file), 'utf8')]),
);

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
/** How Svelte's server renderer escapes text content. */
const html = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
/** The text a reader sees: comments and tags removed, entities decoded, whitespace collapsed. */
const text = (s: string) =>
  squash(
    s
      .replace(/<[^>]*>/g, '')
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&'),
  );
const seedOf = (source: string) => seeds[ledger.sources.find((s) => s.id === source)!.file];

describe('the live ledger: every quote found', () => {
  it('finds each claim’s quote, and its confirmation’s, at its offsets in its seed, the figure inside it', () => {
    for (const claim of ledger.claims) {
      const seed = seedOf(claim.source);
      expect(squash(sliceCodePoints(seed, claim.span)), claim.id).toBe(squash(claim.quote));
      expect(sliceCodePoints(claim.quote, claim.figure_span), claim.id).toBe(claim.figure);
      if (claim.confirmed_by)
        expect(squash(sliceCodePoints(seed, claim.confirmed_by.span)), claim.id).toBe(squash(claim.confirmed_by.quote));
    }
  });

  it('finds every flow’s evidence and every event’s mentions at their offsets', () => {
    for (const f of ledger.flows)
      for (const e of f.evidence) expect(squash(sliceCodePoints(seedOf(e.source), e.span)), f.id).toBe(squash(e.quote));
    for (const ev of ledger.events)
      for (const m of ev.mentions)
        expect(squash(sliceCodePoints(seedOf(m.source), m.span)), ev.id).toBe(squash(m.quote));
  });

  it('publishes offsets that point at each quote in its seed file, with its source’s language', () => {
    for (const row of publishedClaims(ledger)) {
      const seed = Array.from(seeds[row.seed]);
      expect(squash(seed.slice(row.quote_start, row.quote_end).join('')), row.id).toBe(squash(row.quote));
      expect(row.language, row.id).toBe(ledger.sources.find((s) => s.id === row.source)!.language);
    }
  });

  it('gives each claim its whole quote in its source’s reader', () => {
    for (const source of ledger.sources) {
      const spans = passagesOf(ledger, source.id);
      for (const claim of ledger.claims.filter((c) => c.source === source.id)) {
        const marked = highlightParagraphs(seeds[source.file], spans, claim.id)
          .map((p) =>
            p
              .filter((s) => s.markId === claim.id)
              .map((s) => s.text)
              .join(''),
          )
          .filter(Boolean)
          .join(' ');
        expect(squash(marked), claim.id).toBe(squash(claim.quote));
      }
    }
  });
});

describe('the live ledger: every claim on the page', () => {
  it('quotes every claim in its source’s panel, its figure marked, with a link to a seed that exists', () => {
    const page = render(SourcePanels, { props: { ledger }, context: englishContext() }).body.replace(/<!--.*?-->/g, '');
    for (const claim of ledger.claims) {
      const from = page.indexOf(`<li id="in-source-${claim.id}"`);
      expect(from, claim.id).toBeGreaterThanOrEqual(0);
      expect(page.lastIndexOf(`<article id="source-${claim.source}"`, from), claim.id).toBeGreaterThanOrEqual(0);
      const item = page.slice(from, page.indexOf('</li>', from));
      const chars = Array.from(claim.quote);
      const { start, end } = claim.figure_span;
      expect(item.replace(/<mark[^>]*>/g, '<mark>'), claim.id).toContain(
        `${html(chars.slice(0, start).join(''))}<mark>${html(claim.figure)}</mark>${html(chars.slice(end).join(''))}`,
      );
      const href = /<a href="([^"]*)"[^>]*>Read the source/.exec(item)![1].replaceAll('&amp;', '&');
      expect(existsSync(join(ROOT, decodeURIComponent(href.split('#')[0]))), href).toBe(true);
    }
  });

  it('draws every stated claim of a spread quantity as a mark in its chart, and quotes every claim in its table', () => {
    for (const quantity of spreadQuantities(ledger)) {
      const body = render(SpreadChart, { props: { ledger, quantity }, context: englishContext() }).body;
      const table = text(body.slice(body.indexOf('<table')));
      for (const claim of claimsOf(ledger, quantity)) {
        const marks = body.match(new RegExp(`<g [^>]*data-claim="${claim.id}"`, 'g')) ?? [];
        expect(marks, claim.id).toHaveLength(claim.restates ? 0 : 1);
        expect(table, claim.id).toContain(squash(claim.quote));
      }
    }
  });

  it('lists every event on the timeline and quotes every mention', () => {
    const body = render(Timeline, { props: { ledger }, context: englishContext() }).body;
    for (const ev of ledger.events) {
      expect(body, ev.id).toContain(`id="event-${ev.id}"`);
      for (const m of ev.mentions) expect(body, ev.id).toContain(html(m.quote));
    }
  });
});

describe('the live story and map', () => {
  it('gives every step a map, and its chart a quantity with claims', () => {
    for (const step of story.steps) {
      const scene = scenes.steps[step.id];
      expect(scene.view.id, step.id).toBe(step.view);
      const shown = scene.flows.filter((f) => f.visible).map((f) => f.visual.id);
      expect(shown.sort(), step.id).toEqual([...step.flows].sort());
      if (step.chart) expect(claimsOf(ledger, step.chart).length, step.id).toBeGreaterThan(0);
    }
  });

  it('sizes each flow from the lowest to the highest claim of its quantity', () => {
    for (const f of ledger.flows.filter((x) => x.quantity)) {
      const claims = claimsOf(ledger, f.quantity);
      const band = flowBand(ledger, f)!;
      expect([band.low, band.high], f.id).toEqual([
        Math.min(...claims.map((c) => c.low)),
        Math.max(...claims.map((c) => c.high)),
      ]);
    }
  });

  it('has alt text for the static picture of every embeddable graphic', () => {
    const i18n = english();
    for (const g of embedGraphics(ledger, i18n).filter((x) => x.kind !== 'story'))
      expect(graphicAlt(ledger, scenes, g, i18n).length, g.id).toBeGreaterThan(40);
  });
});
