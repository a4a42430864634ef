/**
 * Every graphic a producer can embed, with its stable URL: the whole story, the map at each named
 * view, the spread chart of each quantity that has one, and the timeline. Derived from the data,
 * so a new view or quantity gets its embed page with no code change.
 */
import type { Ledger } from '../data/types.ts';
import type { Scenes } from '../scene/types.ts';
import { spreadSummary } from '../charts/summary.ts';
import { sortEvents } from '../charts/events.ts';
import type { I18n } from '../i18n/translator.ts';

export type EmbedKind = 'story' | 'map' | 'spread' | 'timeline';

/** The id of an embed page's script element holding its data (EmbedData, slice.ts; packed: islands/pack.ts). */
export const EMBED_PROPS_ID = 'embed-props';

export interface EmbedGraphic {
  /** Stable id, also the page name: embed/{id}.html */
  id: string;
  kind: EmbedKind;
  /** The view id (map) or quantity id (spread); "" otherwise. */
  param: string;
  title: string;
}

/** Every graphic, titled in the edition's words. */
export function embedGraphics(ledger: Ledger, i18n: I18n): EmbedGraphic[] {
  return [
    { id: 'story', kind: 'story', param: '', title: i18n.t('embed.story_title') },
    ...ledger.views.map((v) => ({
      id: `map-${v.id}`,
      kind: 'map' as const,
      param: v.id,
      title: i18n.t('embed.map_title', { view: v.label }),
    })),
    ...ledger.quantities
      .filter((q) => q.spread)
      .map((q) => ({
        id: `spread-${q.id}`,
        kind: 'spread' as const,
        param: q.id,
        title: i18n.t('embed.spread_title', { quantity: q.label.toLowerCase() }),
      })),
    { id: 'timeline', kind: 'timeline', param: '', title: timelineTitle(ledger, i18n) },
  ];
}

/** "Timeline, June 2024 to 22 August 2025": from the first and last dated events. */
function timelineTitle(ledger: Ledger, i18n: I18n): string {
  const events = sortEvents(ledger.events);
  return events.length
    ? i18n.t('embed.timeline_title_span', { first: events[0].label, last: events.at(-1)!.label })
    : i18n.t('embed.timeline_title');
}

export function embedGraphic(ledger: Ledger, id: string, i18n: I18n): EmbedGraphic {
  const g = embedGraphics(ledger, i18n).find((x) => x.id === id);
  if (!g) throw new Error(`unknown embed graphic "${id}"`);
  return g;
}

/** The embed page's path relative to the story's root, in an edition's folder ("" or "ko/"). */
export function embedPath(id: string, edition: string): string {
  return `${edition}embed/${id}.html`;
}

/** The snippet a producer pastes into a page: a pym.js parent loading the embed. */
export function embedSnippet(graphic: EmbedGraphic, storyBase: string, pymUrl: string, edition: string): string {
  const el = `nk-troops-${graphic.id}`;
  // Without a base (server rendering), the path stays relative; the page fills in its own URL.
  const page = embedPath(graphic.id, edition);
  const path = storyBase ? new URL(page, storyBase).href : page;
  const url = `${path}?theme=auto${graphic.kind === 'story' ? '&scroll=host' : ''}`;
  const options = { title: graphic.title, ...(graphic.kind === 'story' ? { trackscroll: true } : {}) };
  // Labels come from data/: quote every string as JSON, and never let "</" close the script.
  const js = (v: unknown) => JSON.stringify(v).replaceAll('</', '<\\/');
  const attr = (v: string) => v.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return [
    `<div id="${attr(el)}"></div>`,
    `<script src="${attr(pymUrl)}"></script>`,
    `<script>new pym.Parent(${js(el)}, ${js(url)}, ${js(options)});</script>`,
  ].join('\n');
}

/** The static picture of a single graphic (made at build time, in each edition's folder), or null for the story. */
export function staticImagePath(graphic: EmbedGraphic, edition: string): string | null {
  if (graphic.kind === 'story') return null;
  return `${edition}static/${graphic.id}.${graphic.kind === 'map' ? 'svg' : 'png'}`;
}

/** Alt text for a graphic's static picture, generated from the ledger: a map's is its scene's description. */
export function graphicAlt(ledger: Ledger, scenes: Scenes, graphic: EmbedGraphic, i18n: I18n): string {
  switch (graphic.kind) {
    case 'map':
      return scenes.views[graphic.param].description;
    case 'spread': {
      const q = ledger.quantities.find((x) => x.id === graphic.param);
      return i18n.t('embed.spread_alt', {
        quantity: q?.label.toLowerCase() ?? graphic.param,
        summary: spreadSummary(ledger, graphic.param, i18n),
      });
    }
    case 'timeline': {
      const events = sortEvents(ledger.events).map((e) =>
        i18n.t('embed.timeline_alt_event', { when: e.label, what: e.title }),
      );
      // Each event has a comma of its own: a semicolon between them.
      return i18n.t('embed.timeline_alt', { count: events.length, events: events.join('; ') });
    }
    default:
      return '';
  }
}
