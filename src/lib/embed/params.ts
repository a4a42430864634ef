/**
 * URL parameters an embed (or the story page) accepts, converted once at the boundary:
 * theme=light|dark|auto, view=<view id> (pins the map), flows=a,b, step=<step id>.
 * Unknown values are ignored rather than guessed.
 */
import type { Ledger } from '../data/types.ts';
import type { Step } from '../story/copy.ts';
import type { Pin } from '../scene/types.ts';

export interface PageParams {
  theme: 'light' | 'dark' | 'auto';
  pinned: Pin | null;
  step: string | null;
}

export function readParams(search: string, ledger: Ledger, steps: Step[]): PageParams {
  const params = new URLSearchParams(search);
  const t = params.get('theme');
  const theme = t === 'light' || t === 'dark' ? t : 'auto';
  const view = params.get('view');
  let pinned: Pin | null = null;
  if (view && ledger.views.some((v) => v.id === view)) {
    const flows = params.get('flows');
    pinned = {
      view,
      flows: flows === null ? undefined : flows.split(',').filter((f) => ledger.flows.some((x) => x.id === f)),
    };
  }
  const s = params.get('step');
  const step = s && steps.some((x) => x.id === s) ? s : null;
  return { theme, pinned, step };
}

/** Applies the theme to the document: data-theme forces light or dark; auto follows the reader. */
export function applyTheme(root: HTMLElement, theme: PageParams['theme']): void {
  if (theme === 'auto') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
