/**
 * What each embed page carries: the data its one graphic shows, and no more, as the story page's
 * islands get only their slice (islands/slices.ts). Made at build time (src/entry-server.ts), from
 * one table keyed by the graphic's kind (SLICES); EmbedApp renders the slice as it comes and looks
 * nothing up in a ledger it does not have.
 *
 * - a spread chart: its quantity, its claims, the sources and claimants they name, the magnitudes
 *   they use, and the axis every spread chart shares (computed here from the whole ledger);
 * - a map: the named views' scenes (the view it shows, and those `?view=` may pin), no ledger;
 * - the timeline: its events and the sources that mention them;
 * - the whole story: its steps, their scenes and the views, and the claims its copy cites and its
 *   charts draw, with their sources and claimants.
 */
import type { Ledger } from '../data/types.ts';
import type { Scene } from '../scene/types.ts';
import type { Step } from '../story/copy.ts';
import type { ServedContent } from '../content.ts';
import type { EditionInfo } from '../i18n/edition.ts';
import { spreadDomain } from '../charts/domain.ts';
import { spreadQuantities } from '../charts/quantities.ts';
import { EMPTY_LEDGER, timelineLedger } from '../islands/slices.ts';
import { pageVocabulary, type Vocabulary } from './params.ts';
import type { EmbedGraphic, EmbedKind } from './graphics.ts';

/** What a graphic shows, by kind: the part of the content its page carries. */
export type EmbedShown =
  | {
      kind: 'story';
      ledger: Ledger;
      steps: Step[];
      /** Each step's scene, by step id. */
      scenes: Record<string, Scene>;
      /** Each named view's scene, for `?view=`. */
      views: Record<string, Scene>;
    }
  | {
      kind: 'map';
      /** Each named view's scene: the graphic's own, and those `?view=` may pin. */
      views: Record<string, Scene>;
    }
  | {
      kind: 'spread';
      ledger: Ledger;
      /** The x-domain every spread chart shares (charts/domain.ts), from the whole ledger. */
      domain: [number, number];
    }
  | { kind: 'timeline'; ledger: Ledger };

/** What an embed page hydrates with (src/embed.ts), written into it as JSON (EMBED_PROPS_ID). */
export interface EmbedData {
  /** The graphic, titled in the edition's words. */
  graphic: EmbedGraphic;
  /** The story's headline and dek, for the page's title, description and credit line. */
  headline: string;
  dek: string;
  shown: EmbedShown;
  /** What the page's URL parameters are checked against: only what this graphic can show. */
  vocabulary: Vocabulary;
  /** The edition the embed is in: its language and words (src/lib/i18n). */
  edition: EditionInfo;
  /** Every edition's language and folder, for `?lang=` (src/embed.ts). */
  editions: { lang: string; path: string }[];
}

/** The part of an edition's content (content.ts) an embed is sliced from. */
type Content = Pick<ServedContent, 'ledger' | 'story' | 'scenes'>;

type Slicer<K extends EmbedKind> = (content: Content, param: string) => Extract<EmbedShown, { kind: K }>;

/** The ledger's parts that a set of claims names: their sources, claimants and magnitudes. */
function claimsWithTheirs(ledger: Ledger, claims: Ledger['claims']): Ledger {
  const sources = new Set(claims.map((c) => c.source));
  const claimants = new Set(claims.map((c) => c.claimant_key));
  const magnitudes = new Set(claims.map((c) => c.magnitude));
  return {
    ...EMPTY_LEDGER,
    sources: ledger.sources.filter((s) => sources.has(s.id)),
    claimants: ledger.claimants.filter((c) => claimants.has(c.key)),
    magnitudes: ledger.magnitudes.filter((m) => magnitudes.has(m.name)),
    claims,
  };
}

/** The table: one slicer per kind of graphic. */
const SLICES: { [K in EmbedKind]: Slicer<K> } = {
  story: ({ ledger, story, scenes }) => {
    // Every spread quantity's claims: a step's chart shares its axis with all of them (domain.ts).
    const charted = new Set(spreadQuantities(ledger));
    const cited = new Set(story.steps.flatMap((s) => s.cites));
    const claims = ledger.claims.filter((c) => charted.has(c.quantity) || cited.has(c.id));
    const quantities = new Set(claims.map((c) => c.quantity));
    return {
      kind: 'story',
      ledger: {
        ...claimsWithTheirs(ledger, claims),
        quantities: ledger.quantities.filter((q) => quantities.has(q.id)),
      },
      steps: story.steps,
      scenes: scenes.steps,
      views: scenes.views,
    };
  },
  map: ({ scenes }) => ({ kind: 'map', views: scenes.views }),
  spread: ({ ledger }, quantity) => ({
    kind: 'spread',
    ledger: {
      ...claimsWithTheirs(
        ledger,
        ledger.claims.filter((c) => c.quantity === quantity),
      ),
      quantities: ledger.quantities.filter((q) => q.id === quantity),
    },
    domain: spreadDomain(ledger),
  }),
  timeline: ({ ledger }) => ({ kind: 'timeline', ledger: timelineLedger(ledger) }),
};

/** What the graphic shows, from the table. */
export function embedShown(content: Content, graphic: EmbedGraphic): EmbedShown {
  return SLICES[graphic.kind](content, graphic.param);
}

/**
 * The ids the page's URL may name: the story embed's views, flows and steps; a map embed's views
 * and flows (`?view=`, `&flows=`); none for a chart or the timeline, which pin nothing.
 */
export function embedVocabulary(content: Content, graphic: EmbedGraphic, editions: string[]): Vocabulary {
  const all = pageVocabulary(content.ledger, content.story.steps, editions);
  if (graphic.kind === 'story') return all;
  if (graphic.kind === 'map') return { ...all, steps: [] };
  return { views: [], flows: [], steps: [], editions };
}
