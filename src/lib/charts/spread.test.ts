/**
 * The spread layout on the fixture ledger (tests/fixtures/ledger). Expected coordinates follow from
 * the fixture by hand: spread claims run up to 3,400, so the shared domain is [0, 3500] and, at 640 px,
 * x(v) = 14 + v × 598 / 3500, rounded to 0.1 px.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { spreadQuantities } from './quantities.ts';
import { spreadLayout, type SpreadLayout } from './spread.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();
const WIDTHS = [375, 640, 1000];

const marks = (layout: SpreadLayout) => layout.rows.flatMap((r) => r.marks);

describe('spreadLayout', () => {
  const sent = spreadLayout(ledger, 'volunteers_sent', 640, i18n);

  it('has one row per claimant, named ones by lowest estimate, the unattributed last', () => {
    expect(sent.rows.map((r) => r.key)).toEqual(['observer-mission', 'harbour-ministry', 'unattributed']);
    const lost = spreadLayout(ledger, 'volunteers_lost', 640, i18n);
    expect(lost.rows.map((r) => r.key)).toEqual(['harbour-ministry', 'observer-mission']);
  });

  it('puts every spread quantity on one domain', () => {
    for (const q of spreadQuantities(ledger)) expect(spreadLayout(ledger, q, 640, i18n).domain).toEqual([0, 3500]);
  });

  it('places marks on the shared scale', () => {
    const at = Object.fromEntries(marks(sent).map((m) => [m.id, [m.x, m.x1, m.x2]]));
    expect(at).toEqual({
      'gazette-sent': [407, 407, 407],
      'courier-sent': [407, 407, 407],
      'courier-sent-ministry': [475.3, 458.2, 492.4],
      'unnamed-sent': [338.6, 338.6, 338.6],
    });
    const reserve = spreadLayout(ledger, 'reserve_planned', 640, i18n).rows[0].marks[0];
    expect([reserve.x1, reserve.x, reserve.x2]).toEqual([543.7, 569.3, 594.9]);
    const lost = marks(spreadLayout(ledger, 'volunteers_lost', 640, i18n));
    expect(lost.map((m) => [m.id, m.shape, m.x])).toEqual([
      ['gazette-lost', 'dot', 78.9],
      ['courier-lost', 'up to', 90.9],
    ]);
  });

  it('lists the shapes that occur, in legend order', () => {
    expect(sent.shapes).toEqual(['dot', 'range', 'over']);
    expect(spreadLayout(ledger, 'volunteers_lost', 640, i18n).shapes).toEqual(['dot', 'up to']);
    expect(spreadLayout(ledger, 'reserve_planned', 640, i18n).shapes).toEqual(['range']);
  });

  it('keeps every mark inside the chart at any width, with no two marks in a lane touching', () => {
    for (const width of WIDTHS)
      for (const q of spreadQuantities(ledger)) {
        const layout = spreadLayout(ledger, q, width, i18n);
        for (const m of marks(layout)) {
          expect(m.left).toBeGreaterThanOrEqual(0);
          expect(m.right).toBeLessThanOrEqual(width);
        }
        for (const row of layout.rows)
          for (const a of row.marks)
            for (const b of row.marks)
              if (a !== b && a.lane === b.lane) expect(a.right < b.left || b.right < a.left).toBe(true);
      }
  });

  it('rounds every coordinate to 0.1 px', () => {
    const tenth = (v: number) => expect(Math.round(v * 10) / 10).toBe(v);
    for (const q of spreadQuantities(ledger)) {
      const layout = spreadLayout(ledger, q, 333.333, i18n);
      [layout.width, layout.plotLeft, layout.plotRight].forEach(tenth);
      for (const t of layout.ticks) tenth(t.x);
      for (const r of layout.rows) {
        tenth(r.height);
        for (const m of r.marks) {
          [m.x, m.x1, m.x2, m.y, m.left, m.right].forEach(tenth);
          for (const b of [m.hit, m.ring, m.bar ?? m.hit]) [b.x, b.y, b.width, b.height].forEach(tenth);
        }
      }
    }
  });

  it('has the axis ticks of its plot, fewer on a narrow chart', () => {
    expect(sent.ticks.map((t) => t.value)).toEqual([0, 500, 1000, 1500, 2000, 2500, 3000, 3500]);
    expect([sent.plotLeft, sent.plotRight]).toEqual([14, 612]);
    expect(spreadLayout(ledger, 'volunteers_sent', 375, i18n).ticks.map((t) => t.value)).toEqual([0, 1000, 2000, 3000]);
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadLayout(ledger, 'no-such-quantity', 640, i18n)).toThrow('unknown quantity no-such-quantity');
  });
});
