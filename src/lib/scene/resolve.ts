/**
 * The one place a step, a named view or the card becomes a scene: resolved once, from the
 * validated ledger and story (scripts/lib/load.ts), and served as `virtual:content`. Every id a
 * step or a pin names has been checked by then (validate.ts, copy.ts, params.ts), so none is
 * checked again here. Scenes share their flow and place visuals: a flow looks the same in each.
 */
import type { Ledger, View } from '../data/types.ts';
import type { Step } from '../story/copy.ts';
import { bordersNote, bordersShort, describe, narrate } from './describe.ts';
import type { I18n } from '../i18n/translator.ts';
import { countryLabels, flowVisuals, partKeys, placeVisuals } from './encoding.ts';
import { locatorFor } from './locator.ts';
import type { BasemapCountry, FlowVisual, Pin, PlaceVisual, Scene, Scenes } from './types.ts';

/** Region names show in views at most this many degrees of longitude wide, near the places they name. */
export const AREA_LABEL_SPAN = 25;

/** What a scene shows of the basemap: names, hatched parts and the note, made once per view. */
type Ground = Pick<Scene, 'countries' | 'parts' | 'bordersNote' | 'bordersShort' | 'locator'>;

function scene(
  view: View,
  flows: FlowVisual[],
  shown: string[],
  places: PlaceVisual[],
  ground: Ground,
  i18n: I18n,
): Scene {
  const span = view.bounds[1][0] - view.bounds[0][0];
  const labelled = places.filter((p) => p.role !== 'area' || span <= AREA_LABEL_SPAN);
  const visible = flows.filter((f) => shown.includes(f.id));
  return {
    view,
    flows: flows.map((visual) => ({ visual, visible: shown.includes(visual.id) })),
    places: labelled,
    ...ground,
    narration: narrate(view, visible, i18n),
    description: describe(view, visible, labelled, ground.parts, i18n),
  };
}

/**
 * Every scene of the story: each step's, each named view's (with every flow) and the card's.
 * `basemap` is the map's land (scripts/lib/basemap.ts), for the countries' names and parts;
 * `i18n`, the edition's words for the narration, the descriptions and the borders note.
 */
export function resolveScenes(ledger: Ledger, steps: Step[], basemap: BasemapCountry[], i18n: I18n): Scenes {
  const flows = flowVisuals(ledger);
  const places = placeVisuals(ledger);
  const all = flows.map((f) => f.id);
  const note = bordersNote(ledger.countries, i18n);
  const short = bordersShort(ledger.countries, i18n);
  const grounds = new Map(
    ledger.views.map((v): [string, Ground] => [
      v.id,
      {
        countries: countryLabels(ledger, basemap, v),
        parts: partKeys(ledger, basemap, v),
        bordersNote: note,
        bordersShort: short,
        locator: locatorFor(v, flows, basemap),
      },
    ]),
  );
  const views = new Map(ledger.views.map((v) => [v.id, scene(v, flows, all, places, grounds.get(v.id)!, i18n)]));
  return {
    steps: Object.fromEntries(
      steps.map((s) => [
        s.id,
        scene(
          ledger.views.find((v) => v.id === s.view)!,
          flows,
          s.flows,
          places,
          grounds.get(s.view)!,
          i18n,
        ),
      ]),
    ),
    views: Object.fromEntries(views),
    // The social card shows the first named view.
    card: views.get(ledger.views[0].id)!,
  };
}

/** The same scene showing only `flows` (a URL's &flows=), its words said again in the edition's (in the browser). */
export function showing(base: Scene, flows: string[], i18n: I18n): Scene {
  const visuals = base.flows.map((f) => f.visual);
  const { countries, parts, bordersNote, bordersShort, locator } = base;
  return scene(base.view, visuals, flows, base.places, { countries, parts, bordersNote, bordersShort, locator }, i18n);
}

/** The scene a URL pins (?view=, &flows=), or null. */
export function pinnedScene(views: Scenes['views'], pin: Pin | null, i18n: I18n): Scene | null {
  if (!pin) return null;
  const base = views[pin.view];
  return pin.flows ? showing(base, pin.flows, i18n) : base;
}
