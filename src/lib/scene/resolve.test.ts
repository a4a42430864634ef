/**
 * Scenes from the fixture ledger and story (tests/fixtures/ledger). Its flows to scale count
 * soldiers: the convoy (claims from over 1,900 to 2,600–2,800) and the planned reserve
 * (3,100–3,400); the supply crates are a quantity not drawn to scale. Its steps: "sent" (wide,
 * the convoy), "lost" (front, the convoy) and "reserve" (wide, every flow).
 */
import { describe, expect, it } from 'vitest';
import { pinnedScene, resolveScenes, showing } from './resolve.ts';
import { flowBand, isScaled } from './band.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger, story, basemap } = fixture();
const i18n = english();
const scenes = resolveScenes(ledger, story.steps, basemap, i18n);
const flow = (id: string) => ledger.flows.find((f) => f.id === id)!;
const shown = (s: (typeof scenes)['card']) => s.flows.filter((f) => f.visible).map((f) => f.visual.id);

describe('flowBand', () => {
  it('spans a flow from its lowest to its highest claim, one tick per distinct estimate', () => {
    const band = flowBand(ledger, flow('convoy'))!;
    expect([band.quantity, band.unit, band.toScale, band.low, band.high]).toEqual([
      'volunteers_sent',
      'soldiers',
      true,
      1900,
      2800,
    ]);
    // The estimate two outlets repeat (about 2,300) and its restatement count once.
    expect(band.ticks).toEqual([
      { low: 1900, high: 1900, qualifier: 'over', magnitude: '', claimants: ['Not attributed'] },
      { low: 2300, high: 2300, qualifier: 'about', magnitude: '', claimants: ['The observer mission'] },
      { low: 2600, high: 2800, qualifier: 'range', magnitude: '', claimants: ['The harbour ministry'] },
    ]);
  });

  it('lists every claimant of one estimate on its tick', () => {
    const same = {
      ...ledger,
      claims: ledger.claims.map((c) =>
        c.id === 'unnamed-sent' ? { ...c, low: 2300, high: 2300, qualifier: 'about' as const } : c,
      ),
    };
    expect(flowBand(same, flow('convoy'))!.ticks[0].claimants).toEqual(['The observer mission', 'Not attributed']);
  });

  it('is null for a flow no quantity sizes', () => {
    expect(flowBand(ledger, { ...flow('supplies'), quantity: '' })).toBeNull();
  });

  it('is to scale when its quantity says so (to_scale), whatever the unit is called', () => {
    expect(isScaled(flowBand(ledger, flow('convoy')))).toBe(true);
    expect(isScaled(flowBand(ledger, flow('supplies')))).toBe(false);
    expect(isScaled(null)).toBe(false);
    const troops = {
      ...ledger,
      quantities: ledger.quantities.map((q) => (q.id === 'volunteers_sent' ? { ...q, unit: 'troops' } : q)),
    };
    expect(isScaled(flowBand(troops, flow('convoy')))).toBe(true);
    const crates = {
      ...ledger,
      quantities: ledger.quantities.map((q) => (q.id === 'crates' ? { ...q, to_scale: true } : q)),
    };
    expect(isScaled(flowBand(crates, flow('supplies')))).toBe(true);
  });
});

describe('resolveScenes', () => {
  it('resolves a scene per step, per named view, and the card, which is the first view', () => {
    expect(Object.keys(scenes.steps)).toEqual(['sent', 'lost', 'reserve']);
    expect(Object.keys(scenes.views)).toEqual(['wide', 'front']);
    expect(scenes.steps.lost.view).toEqual(ledger.views[1]);
    expect(scenes.card).toBe(scenes.views.wide);
  });

  it("shows each step's flows, keeping every other flow (hidden) in the scene", () => {
    expect(scenes.steps.sent.flows.map((f) => [f.visual.id, f.visible])).toEqual([
      ['convoy', true],
      ['reserve', false],
      ['supplies', false],
    ]);
    expect(shown(scenes.steps.reserve)).toEqual(['convoy', 'reserve', 'supplies']);
    expect(shown(scenes.views.front)).toEqual(['convoy', 'reserve', 'supplies']);
  });

  it('shares one visual per flow between scenes, so a flow keeps its shape and width', () => {
    expect(scenes.steps.sent.flows[0].visual).toBe(scenes.views.front.flows[0].visual);
  });

  it('labels an area only in a close view', () => {
    expect(scenes.views.wide.places.map((p) => p.id)).toEqual(['arlen', 'borograd', 'fenmark', 'calder']);
    expect(scenes.views.front.places.map((p) => p.id)).toEqual([
      'arlen',
      'borograd',
      'fenmark',
      'calder',
      'fen-marshes',
    ]);
  });

  it('narrates each scene in one sentence', () => {
    expect(scenes.steps.lost.narration).toBe(
      'The map moves to Fenmark and Borograd, showing volunteers to the Fenmark front.',
    );
    expect(showing(scenes.views.front, [], i18n).narration).toBe(
      'The map moves to Fenmark and Borograd, with no flows.',
    );
  });

  it('describes the map in words, with the figures from the ledger', () => {
    expect(showing(scenes.views.front, ['convoy', 'reserve'], i18n).description).toBe(
      'Map: Fenmark and Borograd. Marked places: Arlen, Borograd, Fenmark and Calder. Named area: Fen marshes. ' +
        'Volunteers to the Fenmark front: an arrow from Arlen to Fenmark; its width spans the estimates, ' +
        'from over 1,900 to 2,600–2,800 soldiers, with 3 distinct estimates. ' +
        'Planned reserve: an arrow from Arlen to Borograd, dashed because it is planned; its width shows the estimate of 3,100–3,400 soldiers. ' +
        'Routes are schematic: the reports name no routes.',
    );
    expect(scenes.steps.reserve.description).toContain(
      'Supply crates: an arrow from Arlen to Borograd; it carries food and fuel, drawn at a fixed width, not to scale.',
    );
    expect(showing(scenes.views.wide, [], i18n).description).toContain('No flows are shown.');
  });
});

describe('pinnedScene', () => {
  it("is a view's scene with every flow, or with the flows a URL names", () => {
    expect(pinnedScene(scenes.views, null, i18n)).toBeNull();
    expect(pinnedScene(scenes.views, { view: 'front' }, i18n)).toBe(scenes.views.front);
    const pinned = pinnedScene(scenes.views, { view: 'front', flows: ['reserve'] }, i18n)!;
    expect(shown(pinned)).toEqual(['reserve']);
    expect(pinned.view).toBe(scenes.views.front.view);
    expect(pinned.narration).toBe('The map moves to Fenmark and Borograd, showing planned reserve.');
  });
});
