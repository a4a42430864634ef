/**
 * The spread layout on the fixture ledger (tests/fixtures/ledger). Expected coordinates follow from
 * the fixture by hand: spread claims run up to 3,400, so the shared domain is [0, 3500] and, at 640 px,
 * x(v) = 14 + v × 598 / 3500, rounded to 0.1 px.
 */
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { formatEstimate } from '../data/query.ts';
import { spreadDomain, spreadLayout, spreadQuantities, spreadSummary, type SpreadLayout } from './spread.ts';

const { ledger } = fixture();
const WIDTHS = [375, 640, 1000];

const marks = (layout: SpreadLayout) => layout.rows.flatMap((r) => r.marks);

describe('spreadQuantities', () => {
  it('lists the quantities marked spread: true, in ledger order', () => {
    expect(spreadQuantities(ledger)).toEqual(['volunteers_sent', 'volunteers_lost', 'reserve_planned']);
  });
});

describe('spreadDomain', () => {
  it('runs from zero to the nice maximum of every spread claim', () => {
    // The highest spread claim is 3,400 (gazette-reserve); the crates (100, not spread) do not count.
    expect(spreadDomain(ledger)).toEqual([0, 3500]);
  });

  it('is one domain for all spread quantities, shared by their layouts', () => {
    for (const q of spreadQuantities(ledger)) expect(spreadLayout(ledger, q, 640).domain).toEqual([0, 3500]);
  });

  it('fails when no claim counts a spread quantity', () => {
    const none = { ...ledger, quantities: ledger.quantities.map((q) => ({ ...q, spread: false })) };
    expect(() => spreadDomain(none)).toThrow('no claim counts a quantity marked spread: true');
  });
});

describe('spreadLayout', () => {
  const sent = spreadLayout(ledger, 'volunteers_sent', 640);

  it('has one row per claimant, named ones by lowest estimate, the unattributed last', () => {
    expect(sent.rows.map((r) => [r.key, r.label, r.tally, r.estimates, r.unattributed])).toEqual([
      ['observer-mission', 'The observer mission', '2 outlets, 1 estimate', ['about 2,300'], false],
      ['harbour-ministry', 'The harbour ministry', '1 outlet, 1 estimate', ['2,600–2,800'], false],
      ['unattributed', 'Not attributed', '1 outlet, 1 estimate', ['over 1,900'], true],
    ]);
    const lost = spreadLayout(ledger, 'volunteers_lost', 640);
    expect(lost.rows.map((r) => r.key)).toEqual(['harbour-ministry', 'observer-mission']);
  });

  it('gives each stated claim one mark, and the restatement none', () => {
    expect(marks(sent).map((m) => m.id)).toEqual([
      'gazette-sent',
      'courier-sent',
      'courier-sent-ministry',
      'unnamed-sent',
    ]);
    expect(
      marks(sent)
        .find((m) => m.id === 'gazette-sent')!
        .stated.restatements.map((c) => c.id),
    ).toEqual(['gazette-sent-summary']);
  });

  it('places marks on the shared scale', () => {
    const at = Object.fromEntries(marks(sent).map((m) => [m.id, [m.x, m.x1, m.x2]]));
    expect(at).toEqual({
      'gazette-sent': [407, 407, 407],
      'courier-sent': [407, 407, 407],
      'courier-sent-ministry': [475.3, 458.2, 492.4],
      'unnamed-sent': [338.6, 338.6, 338.6],
    });
    const reserve = spreadLayout(ledger, 'reserve_planned', 640).rows[0].marks[0];
    expect([reserve.x1, reserve.x, reserve.x2]).toEqual([543.7, 569.3, 594.9]);
  });

  it('stacks the estimate two outlets repeat in two lanes, and grows the row for them', () => {
    const [observers, ministry] = sent.rows;
    expect(observers.marks.map((m) => [m.id, m.lane, m.y])).toEqual([
      ['gazette-sent', 0, 15],
      ['courier-sent', 1, 37],
    ]);
    expect(observers.height).toBe(52);
    expect(ministry.height).toBe(30);
  });

  it('draws each qualifier with its shape: dot, range bar, arrow right for "over", left for "up to"', () => {
    const shape = (layout: SpreadLayout, id: string) => marks(layout).find((m) => m.id === id)!;
    const lost = spreadLayout(ledger, 'volunteers_lost', 640);
    expect(shape(sent, 'gazette-sent')).toMatchObject({ shape: 'dot', arrow: null, bar: null, left: 402, right: 412 });
    expect(shape(sent, 'courier-sent-ministry')).toMatchObject({
      shape: 'range',
      arrow: null,
      bar: { x: 458.2, y: 10, width: 34.2, height: 10 },
      left: 458.2,
      right: 492.4,
    });
    expect(shape(sent, 'unnamed-sent')).toMatchObject({
      shape: 'over',
      left: 333.6,
      right: 357.6,
      arrow: { x1: 343.6, x2: 352.6, head: 'M357.6,15L351.6,11L351.6,19Z' },
    });
    expect(shape(lost, 'courier-lost')).toMatchObject({
      shape: 'up to',
      x: 90.9,
      left: 71.9,
      right: 95.9,
      arrow: { x1: 85.9, x2: 76.9, head: 'M71.9,15L77.9,11L77.9,19Z' },
    });
    expect(shape(lost, 'gazette-lost')).toMatchObject({ shape: 'dot', x: 78.9 });
  });

  it('lists the shapes that occur, in legend order', () => {
    expect(sent.shapes).toEqual(['dot', 'range', 'over']);
    expect(spreadLayout(ledger, 'volunteers_lost', 640).shapes).toEqual(['dot', 'up to']);
    expect(spreadLayout(ledger, 'reserve_planned', 640).shapes).toEqual(['range']);
  });

  it('keeps every mark inside the chart at any width, with no two marks in a lane touching', () => {
    for (const width of WIDTHS)
      for (const q of spreadQuantities(ledger)) {
        const layout = spreadLayout(ledger, q, width);
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
      const layout = spreadLayout(ledger, q, 333.333);
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

  it('labels ticks in en-US format, every 500 at 640 px', () => {
    expect(sent.ticks.map((t) => [t.value, t.x, t.label, t.anchor])).toEqual([
      [0, 14, '0', 'start'],
      [500, 99.4, '500', 'middle'],
      [1000, 184.9, '1,000', 'middle'],
      [1500, 270.3, '1,500', 'middle'],
      [2000, 355.7, '2,000', 'middle'],
      [2500, 441.1, '2,500', 'middle'],
      [3000, 526.6, '3,000', 'middle'],
      [3500, 612, '3,500', 'middle'],
    ]);
    expect(sent.ticks[1].percent).toBe(15.53);
  });

  it('has fewer ticks on a narrow chart', () => {
    expect(spreadLayout(ledger, 'volunteers_sent', 375).ticks.map((t) => t.value)).toEqual([0, 1000, 2000, 3000]);
  });

  it('names each mark with claimant, estimate, unit, outlet and date', () => {
    expect(marks(sent).map((m) => m.label)).toEqual([
      'The observer mission: about 2,300 soldiers, The Harbour Gazette, 10 March 2031',
      'The observer mission: about 2,300 soldiers, Valley Courier (Weekend edition), 11 March 2031',
      'The harbour ministry: 2,600–2,800 soldiers, Valley Courier (Weekend edition), 11 March 2031',
      'Not attributed: over 1,900 soldiers, Unnamed outlet, date not stated',
    ]);
    for (const m of marks(sent)) expect(m.label).toContain(formatEstimate(m.stated.claim));
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadLayout(ledger, 'no-such-quantity', 640)).toThrow('unknown quantity no-such-quantity');
  });
});

describe('spreadSummary', () => {
  it('counts estimates, claimants and outlets, gives the lowest and highest, and names repeats', () => {
    expect(spreadSummary(ledger, 'volunteers_sent')).toBe(
      '3 estimates from 2 claimants plus 1 with no claimant named, in 3 outlets, from over 1,900 to 2,600–2,800 soldiers; ' +
        '2 outlets repeat one estimate, by the observer mission.',
    );
    expect(spreadSummary(ledger, 'volunteers_lost')).toBe(
      '2 estimates from 2 claimants in 2 outlets, from about 380 to up to 450 soldiers.',
    );
  });

  it('states a single estimate on its own', () => {
    expect(spreadSummary(ledger, 'reserve_planned')).toBe(
      '1 estimate from 1 claimant in 1 outlet: 3,100–3,400 soldiers.',
    );
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadSummary(ledger, 'no-such-quantity')).toThrow('unknown quantity');
  });
});
