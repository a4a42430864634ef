/**
 * Every quantity is shown: a quantity with a spread chart that no step charts gets its chart after
 * the story, and an embed page. The input is the fixture ledger and copy (tests/fixtures/ledger),
 * with the steps' charts changed in memory.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import type { Story } from '../story/copy.ts';
import { embedGraphics } from '../embed/graphics.ts';
import App from '../../App.svelte';
import OtherSpreads from './OtherSpreads.svelte';
import { spreadQuantities } from './quantities.ts';
import { english, englishContext } from '../../../tests/helpers/i18n.ts';

const { ledger, story, scenes, edition: loaded } = fixture();
/** The page's edition, as the server entry hands it to App. */
const edition = { lang: loaded.lang, dir: loaded.dir, messages: loaded.messages, path: loaded.path };
const page = (s: Story) => render(App, { props: { ledger, story: s, scenes, edition, editions: [edition] } });
const spread = spreadQuantities(ledger);
/** The story with no step charting anything, or only `charted` charted by its first step. */
const withCharts = (...charted: string[]): Story => ({
  ...story,
  steps: story.steps.map((s, i) => ({ ...s, chart: charted[i] ?? '' })),
});
const charts = (html: string) =>
  [...html.matchAll(/<figure class="spread[^"]*" data-quantity="([^"]+)"/g)].map((m) => m[1]);

describe('the spread charts no step shows', () => {
  it('are all on the page after the steps, under their labels and definitions, when no step charts any', () => {
    const { body } = page(withCharts());
    const steps = body.indexOf('</ol>', body.indexOf('class="steps'));
    expect(charts(body.slice(0, steps))).toEqual([]);
    const after = body.slice(steps);
    expect(charts(after)).toEqual(spread);
    for (const id of spread) {
      const q = ledger.quantities.find((x) => x.id === id)!;
      const section = after.slice(after.indexOf(`data-quantity="${id}"`));
      expect(section).toContain(q.label);
      expect(section).toContain(q.definition);
    }
  });

  it('leave out the ones a step charts, which appear once, in their step', () => {
    const { body } = page(withCharts(spread[0]));
    expect(charts(body).sort()).toEqual([...spread].sort());
    const { body: section } = render(OtherSpreads, {
      props: { ledger, steps: withCharts(spread[0]).steps },
      context: englishContext(),
    });
    expect(charts(section)).toEqual(spread.slice(1));
  });

  it('render nothing when every one is charted by a step', () => {
    const steps = spread.map((chart, i) => ({ ...story.steps[i % story.steps.length], chart }));
    const { body } = render(OtherSpreads, { props: { ledger, steps }, context: englishContext() });
    expect(body).not.toContain('<section');
  });

  it('each have an embed page', () => {
    const ids = embedGraphics(ledger, english()).map((g) => g.id);
    for (const id of spread) expect(ids).toContain(`spread-${id}`);
  });
});
