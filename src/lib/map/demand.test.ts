import { describe, expect, it } from 'vitest';
import { liveMapWanted, savingData, type DemandState } from './demand.ts';

const base: DemandState = { demand: 'reader', near: false, engaged: false, saving: false, asked: false };

describe('liveMapWanted', () => {
  it('on the story page, waits for the map to be near and the reader to have moved', () => {
    expect(liveMapWanted(base)).toBe(false);
    expect(liveMapWanted({ ...base, near: true })).toBe(false);
    expect(liveMapWanted({ ...base, engaged: true })).toBe(false);
    expect(liveMapWanted({ ...base, near: true, engaged: true })).toBe(true);
  });

  it('in an embed, loads once the map is near', () => {
    expect(liveMapWanted({ ...base, demand: 'visible' })).toBe(false);
    expect(liveMapWanted({ ...base, demand: 'visible', near: true })).toBe(true);
  });

  it('never by itself when saving data, but when the reader asks', () => {
    const saving = { ...base, saving: true, near: true, engaged: true };
    expect(liveMapWanted(saving)).toBe(false);
    expect(liveMapWanted({ ...saving, demand: 'visible' })).toBe(false);
    expect(liveMapWanted({ ...saving, asked: true })).toBe(true);
  });
});

describe('savingData', () => {
  it('reads Save-Data and the slow effective types', () => {
    expect(savingData(undefined)).toBe(false);
    expect(savingData({ saveData: false, effectiveType: '4g' })).toBe(false);
    expect(savingData({ saveData: false, effectiveType: '3g' })).toBe(false);
    expect(savingData({ saveData: true, effectiveType: '4g' })).toBe(true);
    expect(savingData({ effectiveType: '2g' })).toBe(true);
    expect(savingData({ effectiveType: 'slow-2g' })).toBe(true);
  });
});
