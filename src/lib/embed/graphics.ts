/**
 * Every graphic a producer can embed, with its stable URL: the whole story, the map at each named
 * view, the spread chart of each quantity that has one, and the timeline. Derived from the data,
 * so a new view or quantity gets its embed page with no code change.
 */
import type { Ledger } from '../data/types.ts';

export type EmbedKind = 'story' | 'map' | 'spread' | 'timeline';

export interface EmbedGraphic {
  /** Stable id, also the page name: embed/{id}.html */
  id: string;
  kind: EmbedKind;
  /** The view id (map) or quantity id (spread); "" otherwise. */
  param: string;
  title: string;
}

export function embedGraphics(ledger: Ledger): EmbedGraphic[] {
  return [
    { id: 'story', kind: 'story', param: '', title: 'The whole story' },
    ...ledger.views.map((v) => ({ id: `map-${v.id}`, kind: 'map' as const, param: v.id, title: `Map: ${v.label}` })),
    ...ledger.quantities
      .filter((q) => q.spread)
      .map((q) => ({
        id: `spread-${q.id}`,
        kind: 'spread' as const,
        param: q.id,
        title: `The spread of estimates: ${q.label.toLowerCase()}`,
      })),
    { id: 'timeline', kind: 'timeline', param: '', title: 'Timeline, June 2024 to August 2025' },
  ];
}

export function embedGraphic(ledger: Ledger, id: string): EmbedGraphic {
  const g = embedGraphics(ledger).find((x) => x.id === id);
  if (!g) throw new Error(`unknown embed graphic "${id}"`);
  return g;
}

/** The embed page's path relative to the story's folder. */
export function embedPath(id: string): string {
  return `embed/${id}.html`;
}

/** The snippet a producer pastes into a page: a pym.js parent loading the embed. */
export function embedSnippet(graphic: EmbedGraphic, storyBase: string, pymUrl: string): string {
  const el = `nk-troops-${graphic.id}`;
  // Without a base (server rendering), the path stays relative; the page fills in its own URL.
  const url = storyBase ? new URL(embedPath(graphic.id), storyBase).href : embedPath(graphic.id);
  const options =
    graphic.kind === 'story'
      ? "{ trackscroll: true, title: '" + graphic.title + "' }"
      : "{ title: '" + graphic.title + "' }";
  return [
    `<div id="${el}"></div>`,
    `<script src="${pymUrl}"></script>`,
    `<script>new pym.Parent('${el}', '${url}?theme=auto${graphic.kind === 'story' ? '&scroll=host' : ''}', ${options});</script>`,
  ].join('\n');
}
