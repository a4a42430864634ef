/**
 * What the real story's live map holds and draws at a step (live data, so only what stays true
 * whatever sources data/ holds): every flow's layers, the step's at full opacity and drawn, the
 * others faded out; a dot for each marked place the shared placement keeps in the view; the region
 * named after the view and described with the ledger's figures. story.test.ts asks it at every
 * step of its walk, at both sizes, once the map is idle at the step's view.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../scripts/lib/load.ts';
import type { Place, View } from '../../src/lib/data/types.ts';
import { placeLabels } from '../../src/lib/geo/placement.ts';
import { HIDDEN_OPACITY } from '../../src/lib/map/gl/style.ts';
import { askGlMap } from './harness.ts';

const { ledger, story, scenes } = loadContent();

const inside = (p: Place, v: View) =>
  p.lon >= v.bounds[0][0] && p.lon <= v.bounds[1][0] && p.lat >= v.bounds[0][1] && p.lat <= v.bounds[1][1];

export async function expectStepMap(page: Page, id: string): Promise<void> {
  const step = story.steps.find((s) => s.id === id)!;
  const scene = scenes.steps[id];
  const view = ledger.views.find((v) => v.id === step.view)!;
  const drawn = await askGlMap(
    page,
    (map, flows) => ({
      flows: flows.map((f) => ({
        id: f,
        layer: !!map.getLayer(`flow-${f}-line`),
        opacity: map.getPaintProperty(`flow-${f}-line`, 'line-opacity') as number,
        rendered: map.queryRenderedFeatures({ layers: [`flow-${f}-line`] }).length,
      })),
      dots: map.queryRenderedFeatures({ layers: ['place-dots'] }).map((f) => String(f.properties.text)),
    }),
    ledger.flows.map((f) => f.id),
  );
  for (const f of drawn.flows) {
    expect(f.layer, `${id}: ${f.id}`).toBe(true);
    if (step.flows.includes(f.id)) {
      expect(f.opacity, `${id}: ${f.id}`).toBe(1);
      expect(f.rendered, `${id}: ${f.id} is drawn`).toBeGreaterThan(0);
    } else {
      expect(f.opacity, `${id}: ${f.id}`).toBe(HIDDEN_OPACITY);
    }
  }
  // The dots the shared placement keeps at this map's size (placement.ts): every story place
  // in the view, and each context place that has room for its name.
  const size = await page.locator('.story-map .frame').evaluate((el) => [el.clientWidth, el.clientHeight]);
  const kept = placeLabels(scene, size[0], size[1]).places.map((p) => p.id);
  const marked = ledger.places.filter((p) => (p.role === 'story' || p.role === 'context') && inside(p, view));
  const expected = marked.filter((p) => kept.includes(p.id));
  expect(
    expected.map((p) => p.id),
    id,
  ).toEqual(expect.arrayContaining(marked.filter((p) => p.role === 'story').map((p) => p.id)));
  expect(drawn.dots, id).toEqual(expect.arrayContaining(expected.map((p) => p.name)));

  // The region is named after the view and described in words, with the ledger's figures:
  // for each flow sized by a count, its lowest and highest estimate as the ledger has them.
  expect(await page.getByRole('img', { name: `Map: ${view.label}` }).count(), id).toBe(1);
  const description = await page.locator('#story-map-description').innerText();
  expect(description, id).toBe(scene.description);
  for (const p of scene.places) expect(description, id).toContain(p.name);
  for (const f of ledger.flows.filter((f) => step.flows.includes(f.id))) {
    if (!scene.flows.find((x) => x.visual.id === f.id)?.visual.scaled) continue;
    const lows = ledger.claims.filter((c) => c.quantity === f.quantity && !c.restates).map((c) => c.low);
    for (const n of [Math.min(...lows), Math.max(...lows)]) {
      expect(description, `${id} ${f.id}: ${n}`).toContain(n.toLocaleString('en-US'));
    }
  }
}
