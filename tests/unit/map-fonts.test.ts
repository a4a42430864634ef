import { describe, expect, it } from 'vitest';
import { labelTexts, planCuts, type PackageFace } from '../../scripts/lib/map-fonts.ts';
import { fixture } from '../fixtures/ledger.ts';

const face = (file: string, ranges: [number, number][]): PackageFace => ({
  font: { file, weight: 400, style: 'normal', ranges },
  path: `/fonts/${file}`,
});
const latin = face('latin.woff2', [[0x0000, 0x00ff]]);
const hangulSlice = face('kr-1.woff2', [
  [0x0020, 0x007e],
  [0xac00, 0xd7a3],
]);

describe('labelTexts', () => {
  it('collects every label each weight draws, over every scene, each once: places and countries', () => {
    const { scenes } = fixture();
    const texts = labelTexts([scenes]);
    const all = [...Object.values(scenes.steps), ...Object.values(scenes.views), scenes.card].flatMap((s) => [
      ...s.places,
      ...s.countries,
    ]);
    expect(texts.regular).toContain(scenes.card.countries[0].text);
    expect(texts.bold).toEqual([...new Set(all.filter((p) => p.font.bold).map((p) => p.text))].sort());
    expect(texts.regular).toEqual([...new Set(all.filter((p) => !p.font.bold).map((p) => p.text))].sort());
    expect(texts.regular.length + texts.bold.length).toBeGreaterThan(0);
  });
});

describe('planCuts', () => {
  it('gives each code point to the first face that covers it, and names exactly those', () => {
    const cuts = planCuts(['Seoul', '서울 Seoul'], [latin, hangulSlice]);
    expect(cuts.map((c) => c.face.font.file)).toEqual(['latin.woff2', 'kr-1.woff2']);
    expect(String.fromCodePoint(...cuts[0].codePoints)).toBe(' Selou');
    expect(String.fromCodePoint(...cuts[1].codePoints)).toBe('서울');
    expect(cuts[0].unicodeRange).toEqual(['U+0020', 'U+0053', 'U+0065', 'U+006C', 'U+006F', 'U+0075']);
  });

  it('merges neighbouring code points into one range', () => {
    expect(planCuts(['abc'], [latin])[0].unicodeRange).toEqual(['U+0061-0063']);
  });

  it('refuses a label with a letter no font draws, naming the letter and the label', () => {
    expect(() => planCuts(['Москва'], [latin])).toThrow(/"М" \(U\+041C\) in the label "Москва"/);
  });
});
