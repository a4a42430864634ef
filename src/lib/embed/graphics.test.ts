/** The embeddable graphics, derived from the fixture ledger (tests/fixtures/ledger). */
import { describe, expect, it } from 'vitest';
import { embedGraphic, embedGraphics, embedPath, embedSnippet, graphicAlt, staticImagePath } from './graphics.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger, scenes } = fixture();
const i18n = english();

describe('embedGraphics', () => {
  it('offers the story, a map per view, a chart per spread quantity and the timeline, in that order', () => {
    expect(embedGraphics(ledger, i18n).map((g) => [g.id, g.kind, g.param, g.title])).toEqual([
      ['story', 'story', '', 'The whole story'],
      ['map-wide', 'map', 'wide', 'Map: Arland to Borovia'],
      ['map-front', 'map', 'front', 'Map: Fenmark and Borograd'],
      ['spread-volunteers_sent', 'spread', 'volunteers_sent', 'The spread of estimates: volunteers sent'],
      ['spread-volunteers_lost', 'spread', 'volunteers_lost', 'The spread of estimates: killed or wounded'],
      ['spread-reserve_planned', 'spread', 'reserve_planned', 'The spread of estimates: planned reserve'],
      ['timeline', 'timeline', '', 'Timeline, November 2030 to 10 March 2031'],
    ]);
  });

  it('titles the timeline plainly when there are no events', () => {
    expect(embedGraphic({ ...ledger, events: [] }, 'timeline', i18n).title).toBe('Timeline');
  });

  it('finds one by id and fails by name otherwise', () => {
    expect(embedGraphic(ledger, 'map-front', i18n)).toMatchObject({ kind: 'map', param: 'front' });
    expect(() => embedGraphic(ledger, 'map-mars', i18n)).toThrow('unknown embed graphic "map-mars"');
  });
});

describe('embedSnippet', () => {
  it('is a pym.js parent pointing at the stable embed URL', () => {
    const g = embedGraphic(ledger, 'spread-volunteers_lost', i18n);
    expect(embedSnippet(g, 'http://127.0.0.1:8080/nk/', 'http://127.0.0.1:8080/nk/vendor/pym.v1.min.js', '')).toBe(
      [
        '<div id="nk-troops-spread-volunteers_lost"></div>',
        '<script src="http://127.0.0.1:8080/nk/vendor/pym.v1.min.js"></script>',
        '<script>new pym.Parent("nk-troops-spread-volunteers_lost", "http://127.0.0.1:8080/nk/embed/spread-volunteers_lost.html?theme=auto", {"title":"The spread of estimates: killed or wounded"});</script>',
      ].join('\n'),
    );
    expect(embedPath('timeline', '')).toBe('embed/timeline.html');
    expect(embedPath('timeline', 'ko/')).toBe('ko/embed/timeline.html');
  });

  it('keeps the path relative without a base', () => {
    expect(embedSnippet(embedGraphic(ledger, 'map-wide', i18n), '', 'p.js', '')).toContain(
      '"embed/map-wide.html?theme=auto"',
    );
  });

  it('asks the host to track scrolling only for the whole story', () => {
    const base = 'http://127.0.0.1/';
    expect(embedSnippet(embedGraphic(ledger, 'story', i18n), base, 'p.js', '')).toContain('"trackscroll":true');
    expect(embedSnippet(embedGraphic(ledger, 'story', i18n), base, 'p.js', '')).toContain(
      'story.html?theme=auto&scroll=host',
    );
    expect(embedSnippet(embedGraphic(ledger, 'map-wide', i18n), base, 'p.js', '')).not.toContain('trackscroll');
  });
});

describe('static pictures', () => {
  it('are an SVG per map, a PNG per chart and for the timeline, and none for the story', () => {
    expect(embedGraphics(ledger, i18n).map((g) => staticImagePath(g, ''))).toEqual([
      null,
      'static/map-wide.svg',
      'static/map-front.svg',
      'static/spread-volunteers_sent.png',
      'static/spread-volunteers_lost.png',
      'static/spread-reserve_planned.png',
      'static/timeline.png',
    ]);
  });

  it("have alt text from the ledger: the map's scene described, the spread summarised, the events listed", () => {
    expect(graphicAlt(ledger, scenes, embedGraphic(ledger, 'map-front', i18n), i18n)).toBe(
      scenes.views.front.description,
    );
    expect(scenes.views.front.description).toMatch(
      /^Map: Fenmark and Borograd\. Marked places: Arlen, Borograd, Fenmark and Calder\. Named area: Fen marshes\./,
    );
    expect(graphicAlt(ledger, scenes, embedGraphic(ledger, 'spread-reserve_planned', i18n), i18n)).toBe(
      'Chart of the estimates of planned reserve: 1 estimate from 1 named claimant in 1 outlet: 3,100–3,400 soldiers.',
    );
    expect(graphicAlt(ledger, scenes, embedGraphic(ledger, 'timeline', i18n), i18n)).toBe(
      'Timeline of 3 dated events: November 2030, Arland & Borovia sign a supply pact; 9 March 2031, The Fenmark parade; ' +
        '10 March 2031, Photographs of the parade are published.',
    );
    expect(graphicAlt(ledger, scenes, embedGraphic(ledger, 'story', i18n), i18n)).toBe('');
  });
});

describe('embedSnippet escaping', () => {
  it('keeps quotes and </script> in labels from breaking or injecting into the host page', () => {
    const g = {
      id: 'map-x',
      kind: 'map' as const,
      param: 'x',
      title: "Borovia's west </script><script>alert(1)</script>",
    };
    const snippet = embedSnippet(g, 'http://127.0.0.1/', 'p.js', '');
    expect(snippet).not.toContain('</script><script>alert');
    const call = /new pym\.Parent\((.*)\);<\/script>$/.exec(snippet)![1];
    const args = JSON.parse(`[${call}]`) as [string, string, { title: string }];
    expect(args[2].title).toBe(g.title);
  });
});
