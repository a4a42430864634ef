/** What each embed page carries (slice.ts), on the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { embedShown, embedVocabulary } from './slice.ts';
import { embedGraphic, embedGraphics } from './graphics.ts';
import { spreadDomain } from '../charts/domain.ts';
import { spreadLayout } from '../charts/spread.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const content = fixture();
const { ledger, story, scenes } = content;
const i18n = english();
const shownOf = (id: string) => embedShown(content, embedGraphic(ledger, id, i18n));

describe('embedShown', () => {
  it('gives a spread chart its quantity, its claims and what they name, and the shared axis', () => {
    const shown = shownOf('spread-volunteers_lost');
    if (shown.kind !== 'spread') throw new Error(shown.kind);
    const claims = ledger.claims.filter((c) => c.quantity === 'volunteers_lost');
    expect(shown.ledger.claims).toEqual(claims);
    expect(shown.ledger.quantities.map((q) => q.id)).toEqual(['volunteers_lost']);
    expect(shown.ledger.sources.map((s) => s.id).sort()).toEqual([...new Set(claims.map((c) => c.source))].sort());
    expect(shown.ledger.claimants.map((c) => c.key).sort()).toEqual(
      [...new Set(claims.map((c) => c.claimant_key))].sort(),
    );
    expect([shown.ledger.events, shown.ledger.places, shown.ledger.flows, shown.ledger.views]).toEqual([
      [],
      [],
      [],
      [],
    ]);
    // The axis is every spread chart's, not its own claims'.
    expect(shown.domain).toEqual(spreadDomain(ledger));
    expect(shown.domain).not.toEqual(spreadDomain(shown.ledger));
  });

  it('lays the spread out from its slice exactly as from the whole ledger', () => {
    const shown = shownOf('spread-volunteers_sent');
    if (shown.kind !== 'spread') throw new Error(shown.kind);
    expect(spreadLayout(shown.ledger, 'volunteers_sent', 640, i18n, shown.domain)).toEqual(
      spreadLayout(ledger, 'volunteers_sent', 640, i18n),
    );
  });

  it('gives a map its views and no ledger, no steps', () => {
    const shown = shownOf('map-front');
    expect(shown).toEqual({ kind: 'map', views: scenes.views });
  });

  it('gives the timeline its events and sources only', () => {
    const shown = shownOf('timeline');
    if (shown.kind !== 'timeline') throw new Error(shown.kind);
    expect(shown.ledger.events).toEqual(ledger.events);
    expect(shown.ledger.claims).toEqual([]);
  });

  it('gives the story the claims its copy cites and its charts draw, its steps and views, no card', () => {
    const shown = shownOf('story');
    if (shown.kind !== 'story') throw new Error(shown.kind);
    const cited = new Set(story.steps.flatMap((s) => s.cites));
    const spread = new Set(ledger.quantities.filter((q) => q.spread).map((q) => q.id));
    expect(shown.ledger.claims.map((c) => c.id)).toEqual(
      ledger.claims.filter((c) => cited.has(c.id) || spread.has(c.quantity)).map((c) => c.id),
    );
    // A cited claim of a quantity no chart draws comes with its quantity.
    expect(shown.ledger.claims.some((c) => !spread.has(c.quantity))).toBe(true);
    expect(shown.ledger.quantities.map((q) => q.id).sort()).toEqual(
      [...new Set(shown.ledger.claims.map((c) => c.quantity))].sort(),
    );
    expect(shown.ledger.events).toEqual([]);
    expect(shown.scenes).toBe(scenes.steps);
    expect(shown.views).toBe(scenes.views);
    expect(Object.keys(shown)).not.toContain('card');
  });

  it('covers every graphic the ledger offers', () => {
    for (const g of embedGraphics(ledger, i18n)) expect(embedShown(content, g).kind).toBe(g.kind);
  });
});

describe('embedVocabulary', () => {
  it('lets a chart or the timeline be pinned to nothing, a map to views and flows, the story to steps too', () => {
    const of = (id: string) => embedVocabulary(content, embedGraphic(ledger, id, i18n), ['en', 'ko']);
    expect(of('spread-volunteers_sent')).toEqual({ views: [], flows: [], steps: [], editions: ['en', 'ko'] });
    expect(of('map-wide').views).toEqual(ledger.views.map((v) => v.id));
    expect(of('map-wide').steps).toEqual([]);
    expect(of('story').steps).toEqual(story.steps.map((s) => s.id));
  });
});
