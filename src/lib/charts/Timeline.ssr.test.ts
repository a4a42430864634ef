/** The timeline, server-rendered from the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fileURLToPath } from 'node:url';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { expectHtmlSnapshot } from '../../../tests/helpers/html-snapshot.ts';
import Timeline from './Timeline.svelte';
import { englishContext } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const { body } = render(Timeline, { props: { ledger }, context: englishContext() });

/** The list item of one event. */
function item(id: string): string {
  const from = body.indexOf(`<li id="event-${id}"`);
  expect(from, id).toBeGreaterThanOrEqual(0);
  return body.slice(from, body.indexOf('</details>', from));
}

describe('Timeline (server-rendered)', () => {
  it('matches the reviewed snapshot', async () => {
    const path = fileURLToPath(new URL('./__snapshots__/timeline.html', import.meta.url));
    await expectHtmlSnapshot(body, path, 'src/lib/charts/Timeline.ssr.test.ts');
  });

  it('lists the events in date order, not ledger order', () => {
    const ids = [...body.matchAll(/<li id="event-([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['pact', 'parade', 'photos']);
  });

  it('gives each event its label and title, escaped, and a <time> for a single day', () => {
    expect(item('pact')).toContain('November 2030');
    expect(item('pact')).toContain('Arland &amp; Borovia sign a supply pact');
    expect(item('pact')).not.toContain('<time');
    expect(item('parade')).toContain('<time datetime="2031-03-09">9 March 2031</time>');
  });

  it('names and links each mentioning source in a list, and quotes its words in their language', () => {
    // Hydration markers (comments) sit between the links; a reader sees none of them.
    const pact = item('pact').replace(/<!--.*?-->/g, '');
    expect(pact).toMatch(
      new RegExp(
        'Mentioned by <a href="#source-gazette"[^>]*><bdi>The Harbour Gazette</bdi></a>, ' +
          '<a href="#source-courier"[^>]*><bdi>Valley Courier \\(Weekend edition\\)</bdi></a> and ' +
          '<a href="#source-unnamed"[^>]*><bdi>Unnamed outlet \\(a translation\\)</bdi></a>\\.',
      ),
    );
    expect(item('parade').replace(/<!--.*?-->/g, '')).toMatch(
      /<bdi>The Harbour Gazette<\/bdi><\/a> and <a href="#source-courier"/,
    );
    expect(pact).toContain('In their words (3 passages)');
    expect(pact).toMatch(
      /<blockquote lang="en" dir="ltr"[^>]*><p class="quoted[^"]*">signed a supply pact in November 2030<\/p>/,
    );
    expect(pact).toMatch(/<p class="quoted[^"]*">Under the supply pact of November 2030<\/p>/);
    expect(item('photos')).toContain('In their words (1 passage)');
  });

  it('hides the rail from assistive technology and draws one numbered badge per event', () => {
    expect(body).toMatch(/<svg class="rail[^"]*" aria-hidden="true"[^>]*width="106" height="600"/);
    expect([...body.matchAll(/class="badge-number[^"]*"[^>]*>(\d+)</g)].map((m) => m[1])).toEqual(['1', '2', '3']);
  });

  it('draws the pact as a bar and the parade and its photographs as dots', () => {
    expect(body.match(/<line class="bar/g)).toHaveLength(1);
    expect(body.match(/<circle class="dot/g)).toHaveLength(2);
    expect(body).toContain('Nov 2030');
    expect(body).toContain('Apr 2031');
  });
});
