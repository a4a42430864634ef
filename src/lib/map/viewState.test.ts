/**
 * Map view states from the fixture ledger (tests/fixtures/ledger). Its sized flows count soldiers:
 * the convoy (claims from over 1,900 to 2,600–2,800) and the planned reserve (3,100–3,400), so one
 * scale maps 0–3,400 to 0–26 px; the supply crates are not a count of soldiers and keep a fixed width.
 */
import { describe, expect, it } from 'vitest';
import { FIXED_FLOW_WIDTH, mapViewState, MAX_FLOW_WIDTH, UnknownMapKey } from './viewState.ts';
import { flowBand, isScaled } from './band.ts';
import { flowFeatures } from './features.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { ledger } = fixture();
const flow = (id: string) => ledger.flows.find((f) => f.id === id)!;

describe('flowBand', () => {
  it('spans a flow from its lowest to its highest claim, one tick per distinct estimate', () => {
    const band = flowBand(ledger, flow('convoy'))!;
    expect([band.quantity, band.unit, band.low, band.high]).toEqual(['volunteers_sent', 'soldiers', 1900, 2800]);
    // The estimate two outlets repeat (about 2,300) and its restatement count once.
    expect(band.ticks).toEqual([
      { low: 1900, high: 1900, qualifier: 'over', claimants: ['Not attributed'] },
      { low: 2300, high: 2300, qualifier: 'about', claimants: ['The observer mission'] },
      { low: 2600, high: 2800, qualifier: 'range', claimants: ['The harbour ministry'] },
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

  it('is not to scale unless it counts soldiers', () => {
    expect(isScaled(flowBand(ledger, flow('convoy')))).toBe(true);
    expect(isScaled(flowBand(ledger, flow('supplies')))).toBe(false);
    expect(isScaled(null)).toBe(false);
  });
});

describe('mapViewState', () => {
  const wide = mapViewState({ view: 'wide' }, ledger);
  const visual = (id: string) => wide.flows.find((f) => f.id === id)!;

  it('shows every flow by default', () => {
    expect(wide.flows.map((f) => [f.id, f.visible])).toEqual([
      ['convoy', true],
      ['reserve', true],
      ['supplies', true],
    ]);
  });

  it('sizes the convoy and the planned reserve on one scale, the supplies at a fixed width', () => {
    expect(visual('convoy')).toMatchObject({
      scaled: true,
      width: {
        core: 14.53, // 1,900 / 3,400 × 26
        outer: 21.41, // 2,800 / 3,400 × 26
        ticks: [
          { low: 14.53, high: 14.53 },
          { low: 17.59, high: 17.59 },
          { low: 19.88, high: 21.41 },
        ],
      },
    });
    expect(visual('reserve')).toMatchObject({ scaled: true, width: { core: 23.71, outer: MAX_FLOW_WIDTH } });
    expect(visual('supplies')).toMatchObject({
      scaled: false,
      width: { core: FIXED_FLOW_WIDTH, outer: FIXED_FLOW_WIDTH, ticks: [] },
    });
  });

  it('bends flows between the same two places apart, and keeps each curve from view to view', () => {
    const reserve = visual('reserve').line;
    const supplies = visual('supplies').line;
    expect(reserve[0]).toEqual([12.4, 50.1]);
    expect(reserve.at(-1)).toEqual([31.6, 55.3]);
    expect(supplies[0]).toEqual(reserve[0]);
    expect(supplies[24]).not.toEqual(reserve[24]);
    const front = mapViewState({ view: 'front', flows: ['convoy'] }, ledger);
    expect(front.flows.find((f) => f.id === 'reserve')!.line).toEqual(reserve);
  });

  it('shows only the flows a declaration asks for, keeping the others (hidden) in the same shape', () => {
    const one = mapViewState({ view: 'front', flows: ['convoy'] }, ledger);
    expect(one.flows.map((f) => [f.id, f.visible])).toEqual([
      ['convoy', true],
      ['reserve', false],
      ['supplies', false],
    ]);
    expect(one.narration).toBe('The map moves to Fenmark and Borograd, showing volunteers to the Fenmark front.');
    expect(mapViewState({ view: 'front', flows: [] }, ledger).narration).toBe(
      'The map moves to Fenmark and Borograd, with no flows.',
    );
  });

  it('labels an area only in a close view', () => {
    expect(wide.places.map((p) => p.id)).toEqual(['arlen', 'borograd', 'fenmark', 'calder']);
    expect(mapViewState({ view: 'front' }, ledger).places.map((p) => p.id)).toEqual([
      'arlen',
      'borograd',
      'fenmark',
      'calder',
      'fen-marshes',
    ]);
  });

  it('describes the map in words, with the figures from the ledger', () => {
    expect(mapViewState({ view: 'front', flows: ['convoy', 'reserve'] }, ledger).description).toBe(
      'Map: Fenmark and Borograd. Marked places: Arlen, Borograd, Fenmark and Calder. Named area: Fen marshes. ' +
        'Volunteers to the Fenmark front: an arrow from Arlen to Fenmark; its width spans the estimates, ' +
        'from over 1,900 to 2,600–2,800 soldiers, with 3 distinct estimates. ' +
        'Planned reserve: an arrow from Arlen to Borograd, dashed because it is planned; its width shows the estimate of 3,100–3,400 soldiers. ' +
        'Routes are schematic: the reports name no routes.',
    );
    expect(mapViewState({ view: 'wide', flows: ['supplies'] }, ledger).description).toContain(
      'Supply crates: an arrow from Arlen to Borograd; it carries food and fuel, drawn at a fixed width, not to scale.',
    );
    expect(mapViewState({ view: 'wide', flows: [] }, ledger).description).toContain('No flows are shown.');
  });

  it('fails by name on an unknown view or flow', () => {
    expect(() => mapViewState({ view: 'donbas' }, ledger)).toThrow(UnknownMapKey);
    expect(() => mapViewState({ view: 'wide', flows: ['tanks'] }, ledger)).toThrow('unknown flow "tanks"');
  });

  it('turns into GeoJSON the map sources take, widths as properties', () => {
    const fc = flowFeatures(wide.flows);
    expect(fc.features.map((f) => f.properties)).toEqual([
      { id: 'convoy', kind: 'troops', status: 'reported', scaled: true, core: 14.53, outer: 21.41 },
      { id: 'reserve', kind: 'troops', status: 'planned', scaled: true, core: 23.71, outer: 26 },
      { id: 'supplies', kind: 'munitions', status: 'reported', scaled: false, core: 3, outer: 3 },
    ]);
    expect(fc.features[0].geometry.coordinates).toEqual(visual('convoy').line);
  });
});
