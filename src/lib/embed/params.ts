/**
 * URL parameters of the story page and every embed page, converted once at the boundary: each
 * entry (src/main.ts, src/embed.ts) calls `readParams` on its own URL and passes the typed result
 * down; no component reads `location.search`.
 *
 * theme=light|dark|auto, view=<view id> (pins the map), flows=a,b, step=<step id>, scroll=host
 * (the snippet set pym's trackscroll), lang=<edition> (an embed opens in that edition: ko), and
 * pym's own childId and parentUrl.
 * Unknown values are ignored rather than guessed.
 */
import type { Ledger } from '../data/types.ts';
import type { Step } from '../story/copy.ts';
import type { Pin } from '../scene/types.ts';
import type { ThemeChoice } from '../theme.svelte.ts';
import type { PymParams } from './pym.ts';

export interface PageParams {
  /** `?theme=`: forced light or dark, or auto (the reader's setting). */
  theme: ThemeChoice;
  /** `?view=` and `&flows=`: the map pinned to a view, or null to follow the steps. */
  pinned: Pin | null;
  /** `?step=`: the step the story page opens at, or null. */
  step: string | null;
  /** `?scroll=host`: the host promised to report its scrolling (pym trackscroll); null otherwise. */
  scroll: 'host' | null;
  /** What pym.js's parent passes its child (`childId`, `parentUrl`). */
  pym: PymParams;
  /** `?lang=`: the edition an embed is asked for, by language tag, when there is one; null otherwise. */
  lang: string | null;
}

/** The parameters of a page opened with none (and of every server-rendered page). */
export const NO_PARAMS: PageParams = {
  theme: 'auto',
  pinned: null,
  step: null,
  scroll: null,
  pym: { childId: '', parentUrl: null },
  lang: null,
};

/** What a page's parameters are checked against: the ids of its views, flows and steps. */
export interface Vocabulary {
  views: string[];
  flows: string[];
  steps: string[];
  /** The editions' language tags (an embed page's; the story page has no `lang`). */
  editions?: string[];
}

/** The id of the story page's script element holding its Vocabulary (the page carries no ledger). */
export const VOCABULARY_ID = 'page-vocabulary';

export function pageVocabulary(ledger: Ledger, steps: Step[], editions?: string[]): Vocabulary {
  return {
    views: ledger.views.map((v) => v.id),
    flows: ledger.flows.map((f) => f.id),
    steps: steps.map((s) => s.id),
    ...(editions ? { editions } : {}),
  };
}

export function readParams(search: string, known: Vocabulary): PageParams {
  const params = new URLSearchParams(search);
  const t = params.get('theme');
  const theme = t === 'light' || t === 'dark' ? t : 'auto';
  const view = params.get('view');
  // A pin is taken whole or not at all: one unknown id (a misspelt flow) and the page reads as it
  // would without it, never as a map pinned to a part of what the link asked for.
  let pinned: Pin | null = null;
  const flows = params.get('flows');
  const list = flows ? flows.split(',') : flows === '' ? [] : undefined;
  if (view && known.views.includes(view) && (list ?? []).every((f) => known.flows.includes(f))) {
    pinned = { view, flows: list };
  }
  const s = params.get('step');
  const step = s && known.steps.includes(s) ? s : null;
  const scroll = params.get('scroll') === 'host' ? 'host' : null;
  const pym = { childId: params.get('childId') ?? '', parentUrl: params.get('parentUrl') };
  const l = params.get('lang');
  const lang = l && known.editions?.includes(l) ? l : null;
  return { theme, pinned, step, scroll, pym, lang };
}
