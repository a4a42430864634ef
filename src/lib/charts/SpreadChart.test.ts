import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { claimsOf } from '../data/query.ts';
import { spreadQuantities } from './spread.ts';
import SpreadChart from './SpreadChart.svelte';

const ledger = buildLedger(readLedgerInput()).ledger!;

/** The text a reader sees: tags and comments removed, entities decoded, whitespace collapsed. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('SpreadChart', () => {
  for (const quantity of spreadQuantities(ledger)) {
    describe(quantity, () => {
      const { body } = render(SpreadChart, { props: { ledger, quantity } });

      it('matches its committed snapshot', async () => {
        await expect(body).toMatchFileSnapshot(`./__snapshots__/spread-${quantity}.html.snap`);
      });

      it('renders the same HTML every time', () => {
        expect(render(SpreadChart, { props: { ledger, quantity } }).body).toBe(body);
      });

      it('marks its root with the quantity', () => {
        expect(body).toMatch(new RegExp(`<figure[^>]* data-quantity="${quantity}"`));
      });

      it('draws every stated claim as one focusable mark and lists it in the table with its quote', () => {
        const claims = claimsOf(ledger, quantity);
        const table = body.slice(body.indexOf('<table'));
        for (const claim of claims.filter((c) => !c.restates)) {
          const marks = body.match(new RegExp(`<g [^>]*data-claim="${claim.id}"[^>]*>`, 'g')) ?? [];
          expect(marks, claim.id).toHaveLength(1);
          expect(marks[0]).toContain('tabindex="0"');
          expect(marks[0]).toContain('aria-label="');
          expect(table).toContain(`data-claim-row="${claim.id}"`);
        }
        // Every quote, restatements included, is in the table verbatim (up to whitespace).
        for (const claim of claims) expect(text(table)).toContain(squash(claim.quote));
      });

      it('does not draw restatements as marks of their own', () => {
        for (const claim of claimsOf(ledger, quantity).filter((c) => c.restates))
          expect(body).not.toContain(`data-claim="${claim.id}"`);
      });

      it('has a table with a caption and scoped headers', () => {
        expect(body).toContain('<caption');
        expect(body).toContain('<th scope="col"');
        expect(body).toContain('<th scope="row"');
      });
    });
  }
});
