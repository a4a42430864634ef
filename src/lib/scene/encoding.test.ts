/**
 * The visual encoding on the fixture ledger (tests/fixtures/ledger). Its flows to scale count
 * soldiers: the convoy (from over 1,900 to 2,600–2,800, three distinct estimates) and the planned
 * reserve (3,100–3,400), so one scale maps 0–3,400 soldiers to 0–26 px. The supply crates are a
 * quantity not drawn to scale (to_scale: false): a fixed width, no band, no comb.
 */
import { describe, expect, it } from 'vitest';
import { ARROWS, COMB, DASH, FIXED_FLOW_WIDTH, flowVisuals, MAX_FLOW_WIDTH, placeVisuals } from './encoding.ts';
import { along } from '../geo/geometry.ts';
import { PALETTES } from '../geo/palette.ts';
import { round } from '../round.ts';
import { fixture } from '../../../tests/fixtures/ledger.ts';

const { ledger } = fixture();
const visuals = flowVisuals(ledger);
const visual = (id: string) => visuals.find((f) => f.id === id)!;
const px = (soldiers: number) => round((soldiers / 3400) * MAX_FLOW_WIDTH);

describe('flowVisuals', () => {
  it('gives a reported flow to scale a core as wide as its lowest estimate, a band to its highest', () => {
    const convoy = visual('convoy');
    expect(convoy.scaled).toBe(true);
    expect(convoy.stroke).toEqual({ width: 14.53, dash: null, colour: { light: '#b42318', dark: '#ff7b72' } });
    expect(px(1900)).toBe(14.53);
    expect(convoy.band).toEqual({ width: 21.41, opacity: { light: 0.35, dark: 0.4 } });
    expect(convoy.estimates?.ticks).toHaveLength(3);
  });

  it('draws a planned flow to scale dashed and thin, its band showing the count, on the same scale', () => {
    const reserve = visual('reserve');
    expect(reserve.band?.width).toBe(MAX_FLOW_WIDTH);
    // A quarter of its core (3,100 soldiers: 23.71 px).
    expect(reserve.stroke).toMatchObject({ width: round(px(3100) / 4), dash: DASH });
    expect(DASH).toEqual([8, 6]);
  });

  it('draws a flow not to scale at a fixed width, with no band, comb or estimates', () => {
    const supplies = visual('supplies');
    expect(supplies).toMatchObject({
      scaled: false,
      estimates: null,
      band: null,
      comb: null,
      stroke: { width: FIXED_FLOW_WIDTH, dash: null, colour: { light: '#8a4b08', dark: '#f0b44c' } },
    });
    expect(supplies.arrows.size).toBe(ARROWS.size.fixed);
  });

  it('puts a bar across the comb per distinct estimate, centred, each as long as its width', () => {
    const comb = visual('convoy').comb!;
    const [o, s] = [COMB.overhang, COMB.spacing];
    expect(comb.bars).toEqual([
      { offset: -s, reach: round(px(1900) / 2 + o), core: null, dash: null },
      { offset: 0, reach: round(px(2300) / 2 + o), core: null, dash: null },
      // A range: the bar reaches its highest figure, its core its lowest.
      { offset: s, reach: round(px(2800) / 2 + o), core: round(px(2600) / 2 + o), dash: null },
    ]);
    expect(comb.colour).toEqual({ light: PALETTES.light.label, dark: PALETTES.dark.label });
    expect(comb.halo).toEqual({ light: PALETTES.light.halo, dark: PALETTES.dark.halo });
  });

  it('draws an estimate "under" its figure as an open (dashed) bar, and an order of magnitude dotted', () => {
    const altered = {
      ...ledger,
      claims: ledger.claims.map((c) =>
        c.id === 'unnamed-sent'
          ? { ...c, qualifier: 'under' as const }
          : c.id === 'courier-sent-ministry'
            ? { ...c, qualifier: 'order of magnitude' as const, low: 2000, high: 2999 }
            : c,
      ),
    };
    const bars = flowVisuals(altered).find((f) => f.id === 'convoy')!.comb!.bars;
    // Ticks run from the lowest: under 1,900, then 2,000–2,999, then about 2,300.
    expect(bars.map((b) => b.dash)).toEqual([COMB.dash.under, COMB.dash.magnitude, null]);
  });

  it("sets the comb at the route's middle and arrowheads along it, each with the route's heading there", () => {
    const convoy = visual('convoy');
    const mid = along(convoy.line, 0.5);
    expect(convoy.comb!.mark).toEqual({ at: mid.point, heading: round(mid.angle, 1) });
    expect(convoy.arrows.marks.map((m) => m.at)).toEqual(ARROWS.at.map((t) => along(convoy.line, t).point));
    // The route bows north: it heads north-east (up the screen) before it turns.
    expect(convoy.arrows.marks[0].heading).toBeLessThan(0);
    expect(convoy.arrows.size).toBe(ARROWS.size.scaled);
  });

  it('colours each flow by its kind, in each theme', () => {
    for (const f of visuals) {
      expect(f.stroke.colour).toEqual({ light: PALETTES.light.flow[f.kind], dark: PALETTES.dark.flow[f.kind] });
      expect(f.arrows.colour).toEqual(f.stroke.colour);
    }
  });

  it('starts and ends each route at its places', () => {
    const reserve = visual('reserve');
    expect([reserve.line[0], reserve.line.at(-1)]).toEqual([
      [12.4, 50.1],
      [31.6, 55.3],
    ]);
    expect([reserve.from.name, reserve.to.name]).toEqual(['Arlen', 'Borograd']);
    // Two flows between the same places are bent apart.
    expect(visual('supplies').line[24]).not.toEqual(reserve.line[24]);
  });
});

describe('placeVisuals', () => {
  const places = placeVisuals(ledger);
  const place = (id: string) => places.find((p) => p.id === id)!;

  it('marks story places with a large dot and a bold label, context places smaller', () => {
    expect(place('arlen')).toMatchObject({
      text: 'Arlen',
      font: { size: 15, bold: true },
      dot: { radius: 5, stroke: 1.5, colour: { light: PALETTES.light.label, dark: PALETTES.dark.label } },
      colour: { light: PALETTES.light.label, dark: PALETTES.dark.label },
    });
    expect(place('calder')).toMatchObject({
      font: { size: 13, bold: false },
      dot: { radius: 3.5 },
      colour: { light: PALETTES.light.contextLabel, dark: PALETTES.dark.contextLabel },
    });
  });

  it('labels a region in spaced capitals, without a dot', () => {
    expect(place('fen-marshes')).toMatchObject({
      text: 'FEN MARSHES',
      font: { size: 12, letterSpacing: 0.12 },
      halo: { width: 1.5 },
      dot: null,
    });
  });
});
