/**
 * The label-aware framing on the fixture's scenes (tests/fixtures/ledger): at phone and desktop
 * sizes, every place inside a view has its estimated label box wholly on the map (turned to the
 * left of its dot where the framing says so), and places outside the view never widen the fit.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { resolveScenes } from '../scene/resolve.ts';
import { labelBox, labelWidth } from './labels.ts';
import { fitView, frameView, viewPadding } from './projection.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger, story, basemap } = fixture();
const scenes = resolveScenes(ledger, story.steps, basemap, english());
const SIZES = [
  [360, 300],
  [390, 340],
  [422, 390],
  [800, 560],
  [820, 900],
];

describe('frameView', () => {
  it.each(Object.entries(scenes.views))('keeps every label of view %s on the map at every size', (_, scene) => {
    const [[w, s], [e, n]] = scene.view.bounds;
    const inside = scene.places.filter((p) => p.at[0] >= w && p.at[0] <= e && p.at[1] >= s && p.at[1] <= n);
    expect(inside.length).toBeGreaterThan(0);
    for (const [width, height] of SIZES) {
      const { padding, left } = frameView(scene.view, scene.places, width, height);
      const projection = fitView(scene.view, width, height, padding);
      for (const p of inside) {
        const [x, y] = projection(p.at)!;
        const box = labelBox(p, left.includes(p.id) ? 'left' : 'right');
        const where = `${p.id} at ${width}×${height}`;
        expect(x + box.left, where).toBeGreaterThanOrEqual(0);
        expect(x + box.right, where).toBeLessThanOrEqual(width);
        expect(y + box.top, where).toBeGreaterThanOrEqual(0);
        expect(y + box.bottom, where).toBeLessThanOrEqual(height);
      }
      for (const side of Object.values(padding)) expect(side).toBeGreaterThanOrEqual(viewPadding(width));
    }
  });

  it('ignores places outside the view', () => {
    const scene = Object.values(scenes.views)[0];
    const far = { ...scene.places[0], id: 'far', at: [170, -80] as [number, number] };
    expect(frameView(scene.view, [...scene.places, far], 390, 340)).toEqual(
      frameView(scene.view, scene.places, 390, 340),
    );
  });

  it('turns a label at the right edge to the left of its dot rather than shrinking the view', () => {
    const scene = Object.values(scenes.views)[0];
    const dot = scene.places.find((p) => p.dot)!;
    const [[w, s], [e, n]] = scene.view.bounds;
    const edge = { ...dot, id: 'edge', at: [e, (s + n) / 2] as [number, number] };
    const { padding, left } = frameView(scene.view, [edge], 390, 340);
    expect(left).toEqual(['edge']);
    expect(padding.right).toBe(viewPadding(390));
    const west = { ...edge, at: [w, (s + n) / 2] as [number, number] };
    expect(frameView(scene.view, [west], 390, 340).left).toEqual([]);
  });
});

describe('labelWidth', () => {
  it('grows with the text, its size, bold and letter spacing', () => {
    const p = scenes.card.places.find((q) => q.dot)!;
    const w = labelWidth(p);
    expect(labelWidth({ ...p, text: `${p.text}${p.text}` })).toBeGreaterThan(w);
    expect(labelWidth({ ...p, font: { ...p.font, size: p.font.size * 2 } })).toBeCloseTo(2 * w);
    expect(labelWidth({ ...p, font: { ...p.font, bold: !p.font.bold } })).not.toBe(w);
    expect(labelWidth({ ...p, font: { ...p.font, letterSpacing: p.font.letterSpacing + 0.1 } })).toBeGreaterThan(w);
  });
});
