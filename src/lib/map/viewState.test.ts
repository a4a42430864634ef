import { describe, expect, it } from 'vitest';
import { mapViewState, MAX_FLOW_WIDTH, UnknownMapKey } from './viewState.ts';
import { flowBand } from './band.ts';
import { flowFeatures } from './features.ts';
import { buildLedger } from '../data/validate.ts';
import { formatEstimate } from '../data/query.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
const flow = (id: string) => ledger.flows.find((f) => f.id === id)!;

describe('flowBand', () => {
  it('spans the troops flow from the lowest to the highest claim in the ledger', () => {
    const claims = ledger.claims.filter((c) => c.quantity === 'troops_deployed');
    const band = flowBand(ledger, flow('troops'))!;
    expect(band.low).toBe(Math.min(...claims.map((c) => c.low)));
    expect(band.high).toBe(Math.max(...claims.map((c) => c.high)));
  });

  it('has one tick per distinct estimate, restatements not counted twice', () => {
    const claims = ledger.claims.filter((c) => c.quantity === 'troops_deployed' && !c.restates);
    const distinct = new Set(claims.map((c) => `${c.low}-${c.high}-${c.qualifier}`));
    expect(flowBand(ledger, flow('troops'))!.ticks).toHaveLength(distinct.size);
  });

  it('is null for a flow no quantity sizes', () => {
    expect(flowBand(ledger, flow('returns'))).toBeNull();
  });
});

describe('mapViewState', () => {
  it('shows every flow by default, the widest at the top of the scale', () => {
    const state = mapViewState({ view: 'overview' }, ledger);
    expect(
      state.flows
        .filter((f) => f.visible)
        .map((f) => f.id)
        .sort(),
    ).toEqual(ledger.flows.map((f) => f.id).sort());
    const widest = Math.max(...state.flows.map((f) => f.width.outer));
    expect(widest).toBe(MAX_FLOW_WIDTH);
  });

  it('sizes troops and planned reinforcements on one scale, and munitions not at all', () => {
    const state = mapViewState({ view: 'overview' }, ledger);
    const troops = state.flows.find((f) => f.id === 'troops')!;
    const planned = state.flows.find((f) => f.id === 'reinforcements')!;
    const munitions = state.flows.find((f) => f.id === 'munitions')!;
    expect(troops.scaled && planned.scaled).toBe(true);
    expect(troops.width.outer / planned.width.outer).toBeCloseTo(troops.band!.high / planned.band!.high, 2);
    expect(troops.width.core).toBeLessThan(troops.width.outer);
    expect(munitions.scaled).toBe(false);
  });

  it('shows only the flows a declaration asks for, keeping the others (hidden) in the same shape', () => {
    const all = mapViewState({ view: 'kursk' }, ledger);
    const one = mapViewState({ view: 'kursk', flows: ['troops'] }, ledger);
    expect(one.flows.filter((f) => f.visible).map((f) => f.id)).toEqual(['troops']);
    expect(one.flows).toHaveLength(all.flows.length);
    expect(one.flows.find((f) => f.id === 'troops')!.line).toEqual(all.flows.find((f) => f.id === 'troops')!.line);
    expect(one.description).not.toContain(ledger.flows.find((f) => f.id === 'returns')!.label);
    expect(one.narration).toBe('The map moves to Kursk, Moscow and Kyiv, showing troops to the Kursk front.');
  });

  it('describes the map in words, with the figures from the ledger', () => {
    const state = mapViewState({ view: 'overview' }, ledger);
    for (const p of ['Pyongyang', 'Moscow', 'Kursk']) expect(state.description).toContain(p);
    const band = state.flows.find((f) => f.id === 'troops')!.band!;
    expect(state.description).toContain(formatEstimate(band.ticks[0]));
    expect(state.description).toContain(formatEstimate(band.ticks.at(-1)!));
    expect(state.description).toContain('schematic');
  });

  it('fails by name on an unknown view or flow', () => {
    expect(() => mapViewState({ view: 'donbas' }, ledger)).toThrow(UnknownMapKey);
    expect(() => mapViewState({ view: 'overview', flows: ['tanks'] }, ledger)).toThrow('unknown flow "tanks"');
  });

  it('turns into GeoJSON the map sources take', () => {
    const fc = flowFeatures(mapViewState({ view: 'overview' }, ledger).flows);
    expect(fc.features).toHaveLength(ledger.flows.length);
    for (const f of fc.features) expect(f.geometry.coordinates.length).toBeGreaterThan(2);
  });
});
