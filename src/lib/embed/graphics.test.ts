import { describe, expect, it } from 'vitest';
import { embedGraphic, embedGraphics, embedPath, embedSnippet, graphicAlt, staticImagePath } from './graphics.ts';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;

describe('embedGraphics', () => {
  it('offers the story, a map per view, a chart per spread quantity and the timeline', () => {
    const ids = embedGraphics(ledger).map((g) => g.id);
    expect(ids[0]).toBe('story');
    for (const v of ledger.views) expect(ids).toContain(`map-${v.id}`);
    for (const q of ledger.quantities.filter((x) => x.spread)) expect(ids).toContain(`spread-${q.id}`);
    expect(ids).toContain('timeline');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('finds one by id and fails by name otherwise', () => {
    expect(embedGraphic(ledger, 'map-kursk')).toMatchObject({ kind: 'map', param: 'kursk' });
    expect(() => embedGraphic(ledger, 'map-mars')).toThrow('unknown embed graphic "map-mars"');
  });
});

describe('embedSnippet', () => {
  it('is a pym.js parent pointing at the stable embed URL', () => {
    const g = embedGraphic(ledger, 'spread-killed');
    const snippet = embedSnippet(g, 'http://127.0.0.1:8080/nk/', 'http://127.0.0.1:8080/nk/vendor/pym.v1.min.js');
    expect(snippet).toContain('<div id="nk-troops-spread-killed"></div>');
    expect(snippet).toContain('<script src="http://127.0.0.1:8080/nk/vendor/pym.v1.min.js"></script>');
    expect(snippet).toContain(
      'new pym.Parent("nk-troops-spread-killed", "http://127.0.0.1:8080/nk/embed/spread-killed.html?theme=auto"',
    );
    expect(embedPath('timeline')).toBe('embed/timeline.html');
  });

  it('asks the host to track scrolling only for the whole story', () => {
    const base = 'http://127.0.0.1/';
    expect(embedSnippet(embedGraphic(ledger, 'story'), base, 'p.js')).toContain('"trackscroll":true');
    expect(embedSnippet(embedGraphic(ledger, 'story'), base, 'p.js')).toContain('story.html?theme=auto&scroll=host');
    expect(embedSnippet(embedGraphic(ledger, 'map-overview'), base, 'p.js')).not.toContain('trackscroll');
  });
});

describe('static pictures', () => {
  it('name a file and an alt text from the ledger for every single graphic', () => {
    for (const g of embedGraphics(ledger).filter((x) => x.kind !== 'story')) {
      expect(staticImagePath(g)).toMatch(/^static\/.+\.(svg|png)$/);
      expect(graphicAlt(ledger, g).length, g.id).toBeGreaterThan(40);
    }
    expect(staticImagePath(embedGraphic(ledger, 'story'))).toBeNull();
    expect(graphicAlt(ledger, embedGraphic(ledger, 'timeline'))).toContain(ledger.events[0].title);
  });
});

describe('embedSnippet escaping', () => {
  it('keeps quotes and </script> in labels from breaking or injecting into the host page', () => {
    const g = {
      id: 'map-x',
      kind: 'map' as const,
      param: 'x',
      title: "Russia's west </script><script>alert(1)</script>",
    };
    const snippet = embedSnippet(g, 'http://127.0.0.1/', 'p.js');
    expect(snippet).not.toContain('</script><script>alert');
    const call = /new pym\.Parent\((.*)\);<\/script>$/.exec(snippet)![1];
    const args = JSON.parse(`[${call}]`) as [string, string, { title: string }];
    expect(args[2].title).toBe(g.title);
  });
});
