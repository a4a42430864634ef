/**
 * A scene in words: the description (alt text of its picture, the map's text for screen readers)
 * and the sentence the live region says when the map changes to it. Made from the scene's visuals
 * alone, so that every picture of a scene has the same words; the sentences are the edition's
 * (data/messages/<lang>.json), lists and figures in its formats.
 */
import type { Country, FlowStatus, View } from '../data/types.ts';
import { formatEstimate } from '../i18n/estimate-words.ts';
import type { I18n, MessageKey } from '../i18n/translator.ts';
import type { FlowVisual, PartKey, PlaceVisual } from './types.ts';

/** A flow's label inside a sentence: "showing troops to the Kursk front". */
const inSentence = (label: string, i18n: I18n) => label.charAt(0).toLocaleLowerCase(i18n.lang) + label.slice(1);

/** One short sentence for the live region when the map changes. */
export function narrate(view: View, shown: FlowVisual[], i18n: I18n): string {
  if (shown.length === 0) return i18n.t('scene.narration_empty', { view: view.label });
  const flows = i18n.list(shown.map((f) => inSentence(f.label, i18n)));
  return i18n.t('scene.narration', { view: view.label, flows });
}

const ARROWS: Record<FlowStatus, MessageKey> = {
  reported: 'scene.arrow.reported',
  planned: 'scene.arrow.planned',
  believed: 'scene.arrow.believed',
};

/** One flow in one sentence: the arrow, how it is dashed, and what its width says. */
function flowSentence(f: FlowVisual, i18n: I18n): string {
  const arrow = i18n.t(ARROWS[f.status], { flow: f.label, from: f.from.name, to: f.to.name });
  let width: string;
  if (f.estimates) {
    const { ticks, unit } = f.estimates;
    const [lo, hi] = [ticks[0], ticks.at(-1)!];
    width =
      lo === hi
        ? i18n.t('scene.width_one', { estimate: formatEstimate(lo, i18n), unit })
        : i18n.t('scene.width_span', {
            lowest: formatEstimate(lo, i18n),
            highest: formatEstimate(hi, i18n),
            unit,
            count: ticks.length,
          });
  } else {
    width = i18n.t('scene.unscaled', { items: i18n.list(f.items) });
  }
  return i18n.t('scene.flow', { arrow, width });
}

/** The map in words, for screen readers and for anyone without the picture. */
export function describe(view: View, shown: FlowVisual[], places: PlaceVisual[], parts: PartKey[], i18n: I18n): string {
  const marked = places.filter((p) => p.role !== 'area').map((p) => p.name);
  const areas = places.filter((p) => p.role === 'area').map((p) => p.name);
  const sentences = [i18n.t('scene.places', { view: view.label, places: i18n.list(marked) })];
  if (areas.length) sentences.push(i18n.t('scene.areas', { areas: i18n.list(areas) }));
  for (const p of parts) sentences.push(i18n.t('scene.hatched', { part: p.name, status: p.status }));
  if (shown.length === 0) sentences.push(i18n.t('scene.no_flows'));
  for (const f of shown) sentences.push(flowSentence(f, i18n));
  sentences.push(i18n.t('scene.schematic'));
  return sentences.join(' ');
}

/**
 * The map's note on its borders: the convention they follow (international recognition, as news
 * maps of this war draw them), each part drawn as another country's (data/countries.json), and
 * what no data here holds.
 */
export function bordersNote(countries: Country[], i18n: I18n): string {
  const moved = countries.flatMap((c) =>
    c.parts.map((p) => i18n.t('scene.border_part', { part: p.name, status: p.status, country: c.name })),
  );
  const borders = moved.length ? i18n.t('scene.borders_parts', { parts: i18n.list(moved) }) : i18n.t('scene.borders');
  return `${borders} ${i18n.t('scene.occupied')}`;
}

/**
 * The borders note in a line or two, for under the map on a phone: the convention and each part
 * drawn as another country's, hatched, with its status; the full note (above) is in the map's key
 * and the method, which the short one links to.
 */
export function bordersShort(countries: Country[], i18n: I18n): string {
  const moved = countries.flatMap((c) =>
    c.parts.map((p) => i18n.t('scene.border_part_short', { part: p.name, status: p.status })),
  );
  return moved.length
    ? i18n.t('scene.borders_short_parts', { parts: i18n.list(moved) })
    : i18n.t('scene.borders_short');
}
