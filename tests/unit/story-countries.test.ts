/**
 * The live map names the story's own countries (data/countries.json role "story") in every scene
 * that shows them, in every edition, at every size from a small phone to a wide screen: the
 * shared placement (placement.ts) gives way around them. No id is typed: the countries are those
 * the data marks, the scenes those the story and its views resolve to.
 */
import { describe, expect, it } from 'vitest';
import { loadEditionsContent } from '../../scripts/lib/load.ts';
import { placeLabels } from '../../src/lib/geo/placement.ts';

const WIDTHS = [320, 360, 390, 414, 600, 800, 1024, 1280, 1600];
/** Map heights: a phone's strip above the cards, a phone's full window, a wide screen's. */
const HEIGHTS = [240, 300, 360, 560, 800];

describe('the story’s countries are named wherever the map shows them', () => {
  for (const content of loadEditionsContent()) {
    const { scenes, ledger, edition } = content;
    const story = ledger.countries.filter((c) => c.role === 'story').map((c) => c.id);
    it(`in the ${edition.lang} edition, every step and view, at every size`, () => {
      expect(story.length).toBeGreaterThan(0);
      const missing: string[] = [];
      for (const [kind, all] of [
        ['step', scenes.steps],
        ['view', scenes.views],
      ] as const)
        for (const [id, scene] of Object.entries(all))
          for (const w of WIDTHS)
            for (const h of HEIGHTS) {
              const named = placeLabels(scene, w, h).countries.map((c) => c.id);
              for (const c of scene.countries.filter((c) => story.includes(c.id)))
                if (!named.includes(c.id)) missing.push(`${kind} ${id} ${w}×${h}: ${c.id}`);
            }
      expect(missing).toEqual([]);
    });
  }
});
