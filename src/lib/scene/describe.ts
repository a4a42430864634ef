/**
 * A scene in words: the description (alt text of its picture, the map's text for screen readers)
 * and the sentence the live region says when the map changes to it. Made from the scene's visuals
 * alone, so that every picture of a scene has the same words.
 */
import type { Country, View } from '../data/types.ts';
import { formatEstimate } from '../data/query.ts';
import type { FlowVisual, PartKey, PlaceVisual } from './types.ts';

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** One short sentence for the live region when the map changes. */
export function narrate(view: View, shown: FlowVisual[]): string {
  const what = shown.length
    ? `showing ${list(shown.map((f) => f.label[0].toLowerCase() + f.label.slice(1)))}`
    : 'with no flows';
  return `The map moves to ${view.label}, ${what}.`;
}

/** The map in words, for screen readers and for anyone without the picture. */
export function describe(view: View, shown: FlowVisual[], places: PlaceVisual[], parts: PartKey[] = []): string {
  const hatched = parts;
  const marked = places.filter((p) => p.role !== 'area').map((p) => p.name);
  const areas = places.filter((p) => p.role === 'area').map((p) => p.name);
  const sentences = [`Map: ${view.label}. Marked places: ${list(marked)}.`];
  if (areas.length) sentences.push(`Named area: ${list(areas)}.`);
  for (const p of hatched) sentences.push(`${p.name} is drawn hatched: ${p.status}.`);
  if (shown.length === 0) sentences.push('No flows are shown.');
  for (const f of shown) {
    let s = `${f.label}: an arrow from ${f.from.name} to ${f.to.name}`;
    if (f.status === 'planned') s += ', dashed because it is planned';
    if (f.status === 'believed') s += ', dashed because it is reported as believed, not confirmed';
    if (f.estimates) {
      const { ticks, unit } = f.estimates;
      const [lo, hi] = [ticks[0], ticks.at(-1)!];
      s +=
        lo === hi
          ? `; its width shows the estimate of ${formatEstimate(lo)} ${unit}`
          : `; its width spans the estimates, from ${formatEstimate(lo)} to ${formatEstimate(hi)} ${unit}, with ${ticks.length} distinct estimates`;
    } else {
      s += `; it carries ${list(f.items)}, drawn at a fixed width, not to scale`;
    }
    sentences.push(`${s}.`);
  }
  sentences.push('Routes are schematic: the reports name no routes.');
  return sentences.join(' ');
}

/**
 * The map's note on its borders: the convention they follow (international recognition, as news
 * maps of this war draw them), each part drawn as another country's (data/countries.json), and
 * what no data here holds.
 */
export function bordersNote(countries: Country[]): string {
  const moved = countries.flatMap((c) =>
    c.parts.map((p) => `${p.name} (${p.status}) is drawn as part of ${c.name}, hatched`),
  );
  return [
    'Borders: Natural Earth, drawn as internationally recognised',
    ...(moved.length ? [`; ${list(moved)}`] : []),
    '. Areas of Ukraine occupied by Russia since 2022 are not drawn: no boundary data for them is available to this map.',
  ].join('');
}
