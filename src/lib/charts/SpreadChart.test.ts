/** The spread chart, server-rendered from the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fileURLToPath } from 'node:url';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { expectHtmlSnapshot } from '../../../tests/helpers/html-snapshot.ts';
import SpreadChart from './SpreadChart.svelte';
import { englishContext } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();

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

const chart = (quantity: string) =>
  render(SpreadChart, { props: { ledger, quantity }, context: englishContext() }).body;
/** The markup without hydration markers (comments), which split words a reader sees as one run. */
const unmarked = (html: string) => html.replace(/<!--.*?-->/g, '');
/** The claim ids of the chart's marks, in document order. */
const markIds = (body: string) => [...body.matchAll(/<g [^>]*data-claim="([^"]+)"/g)].map((m) => m[1]);
const rowIds = (body: string) => [...body.matchAll(/data-claim-row="([^"]+)"/g)].map((m) => m[1]);

describe('SpreadChart', () => {
  it.each(['volunteers_sent', 'volunteers_lost', 'reserve_planned'])(
    'renders %s as its reviewed snapshot',
    async (quantity) => {
      const path = fileURLToPath(new URL(`./__snapshots__/spread-${quantity}.html`, import.meta.url));
      await expectHtmlSnapshot(chart(quantity), path, 'src/lib/charts/SpreadChart.test.ts');
    },
  );

  it('renders the same HTML every time', () => {
    expect(chart('volunteers_sent')).toBe(chart('volunteers_sent'));
  });

  it('marks its root with the quantity and opens with the summary', () => {
    const body = chart('volunteers_lost');
    expect(body).toMatch(/<figure[^>]* data-quantity="volunteers_lost"/);
    expect(text(body)).toContain(
      '2 estimates from 2 named claimants in 2 outlets, from about 380 to up to 450 soldiers.',
    );
  });

  it('draws one focusable, named mark per stated claim, row by row, and none for the restatement', () => {
    const body = chart('volunteers_sent');
    expect(markIds(body)).toEqual(['gazette-sent', 'courier-sent', 'courier-sent-ministry', 'unnamed-sent']);
    const mark = /<g [^>]*data-claim="unnamed-sent"[^>]*>/.exec(body)![0];
    expect(mark).toContain('tabindex="0"');
    expect(mark).toContain('role="button"');
    expect(mark).toContain('aria-label="Not attributed: over 1,900 soldiers, Unnamed outlet, date not stated"');
    expect(body).not.toContain('data-claim="gazette-sent-summary"');
  });

  it('draws each shape where the layout puts it', () => {
    const body = chart('volunteers_sent');
    expect(body).toMatch(/<circle class="shape[^"]*" cx="407" cy="16" r="5">/);
    expect(body).toMatch(/<circle class="shape[^"]*" cx="407" cy="40" r="5">/);
    expect(body).toMatch(/<rect class="shape[^"]*" x="458.2" y="11" width="34.2" height="10" rx="2">/);
    expect(body).toContain('d="M357.6,16L351.6,12L351.6,20Z"');
  });

  it('lists every claim in the table, the restatement and the confirmation under the claim they repeat', () => {
    const sent = chart('volunteers_sent');
    expect(rowIds(sent)).toEqual(['gazette-sent', 'courier-sent', 'courier-sent-ministry', 'unnamed-sent']);
    const table = text(sent.slice(sent.indexOf('<table')));
    for (const claim of ledger.claims.filter((c) => c.quantity === 'volunteers_sent'))
      expect(table, claim.id).toContain(claim.quote);
    expect(unmarked(sent)).toContain(
      'The same article repeats it; claimant as written: <q lang="en" dir="ltr">not attributed (summary)</q>.',
    );
    const reserve = unmarked(chart('reserve_planned'));
    expect(reserve).toContain('Confirmed in the same report by <bdi lang="en" dir="ltr">An allied analyst</bdi>:');
    expect(reserve).toMatch(
      /<blockquote class="confirmation[^"]*" lang="en" dir="ltr"><p class="quoted[^"]*">An allied analyst confirmed the plan, saying other reports pointed the same way\.<\/p>/,
    );
  });

  it('quotes in the source’s language and direction, the figure highlighted', () => {
    const body = chart('volunteers_lost');
    expect(body).toMatch(
      /<blockquote class="quote[^"]*" lang="en" dir="ltr"><p class="quoted[^"]*">The harbour ministry said in March that <mark[^>]*>around 380<\/mark> had been killed or wounded\.<\/p>/,
    );
  });

  it('shows the claimant as written only where it differs from the label, case aside', () => {
    const body = unmarked(chart('volunteers_sent'));
    const table = body.slice(body.indexOf('<table'));
    const row = (id: string) => table.slice(table.indexOf(`data-claim-row="${id}"`)).split('</tr>')[0];
    expect(row('courier-sent')).not.toContain('as written');
    expect(row('unnamed-sent')).toContain('as written: <q lang="en" dir="ltr">not attributed ("it is reported")</q>');
  });

  it('has a table with a caption and scoped headers', () => {
    const body = chart('reserve_planned');
    expect(text(body)).toContain('Planned reserve: every estimate as each outlet states it');
    expect(body).toContain('<th scope="col"');
    expect(body).toContain('<th scope="row"');
  });
});
