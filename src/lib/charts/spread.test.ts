import { describe, expect, it } from 'vitest';
import { buildLedger } from '../data/validate.ts';
import { readLedgerInput } from '../../../scripts/lib/load.ts';
import { claimsOf, formatEstimate, groupByClaimant, plural } from '../data/query.ts';
import { spreadDomain, spreadLayout, spreadQuantities, spreadSummary } from './spread.ts';

const ledger = buildLedger(readLedgerInput()).ledger!;
const quantities = spreadQuantities(ledger);
const WIDTHS = [375, 640, 1000];

describe('spreadQuantities', () => {
  it('lists the quantities marked spread: true', () => {
    expect(quantities).toEqual(ledger.quantities.filter((q) => q.spread).map((q) => q.id));
    expect(quantities.length).toBeGreaterThan(1);
  });
});

describe('spreadDomain', () => {
  it('starts at zero and covers every claim of every spread quantity', () => {
    const [lo, hi] = spreadDomain(ledger);
    expect(lo).toBe(0);
    for (const q of quantities) for (const c of claimsOf(ledger, q)) expect(c.high).toBeLessThanOrEqual(hi);
  });

  it('is one domain for all spread quantities, shared by their layouts', () => {
    const domain = spreadDomain(ledger);
    for (const q of quantities) expect(spreadLayout(ledger, q, 640).domain).toEqual(domain);
  });
});

describe('spreadLayout', () => {
  it('has one row per groupByClaimant group, in its order', () => {
    for (const q of quantities) {
      const rows = spreadLayout(ledger, q, 640).rows;
      const groups = groupByClaimant(ledger, q);
      expect(rows.map((r) => r.key)).toEqual(groups.map((g) => g.claimant.key));
      expect(rows.map((r) => r.tally)).toEqual(
        groups.map((g) => `${plural(g.outlets, 'outlet')}, ${plural(g.estimates.length, 'estimate')}`),
      );
    }
  });

  it('gives each stated claim exactly one mark, and restatements none', () => {
    for (const q of quantities) {
      const ids = spreadLayout(ledger, q, 640).rows.flatMap((r) => r.marks.map((m) => m.id));
      const stated = claimsOf(ledger, q).filter((c) => !c.restates);
      expect([...ids].sort()).toEqual(stated.map((c) => c.id).sort());
    }
  });

  it('puts range marks inside the chart with x1 < x2, and points where their value is', () => {
    for (const width of WIDTHS)
      for (const q of quantities)
        for (const m of spreadLayout(ledger, q, width).rows.flatMap((r) => r.marks)) {
          expect(m.x1).toBeGreaterThanOrEqual(0);
          expect(m.x2).toBeLessThanOrEqual(width);
          if (m.shape === 'range') expect(m.x1).toBeLessThan(m.x2);
          else expect(m.x1).toBe(m.x2);
          expect(m.left).toBeGreaterThanOrEqual(0);
          expect(m.right).toBeLessThanOrEqual(width);
        }
  });

  it('shows an estimate repeated by several outlets as that many marks that do not overlap', () => {
    for (const q of quantities)
      for (const row of spreadLayout(ledger, q, 375).rows) {
        for (const e of row.group.estimates) {
          const same = row.marks.filter(
            (m) =>
              m.stated.claim.low === e.low &&
              m.stated.claim.high === e.high &&
              m.stated.claim.qualifier === e.qualifier,
          );
          const outlets = new Set(same.map((m) => m.stated.source.id));
          expect(same).toHaveLength(outlets.size);
          expect(new Set(same.map((m) => m.lane)).size).toBe(same.length);
        }
        // No two marks in one lane touch.
        for (const a of row.marks)
          for (const b of row.marks)
            if (a !== b && a.lane === b.lane) expect(a.right < b.left || b.right < a.left).toBe(true);
      }
  });

  it('stacks the estimate western officials give for killed_or_wounded once per outlet', () => {
    const group = groupByClaimant(ledger, 'killed_or_wounded').find((g) => g.claimant.key === 'western-officials')!;
    const row = spreadLayout(ledger, 'killed_or_wounded', 640).rows.find((r) => r.key === 'western-officials')!;
    expect(group.estimates).toHaveLength(1);
    expect(group.outlets).toBeGreaterThan(1);
    expect(row.marks).toHaveLength(group.outlets);
    expect(new Set(row.marks.map((m) => m.x)).size).toBe(1);
    expect(row.height).toBeGreaterThan(spreadLayout(ledger, 'killed_or_wounded', 640).rows.at(-1)!.height);
  });

  it('draws each qualifier with its shape', () => {
    const shapes = { exact: 'dot', about: 'dot', over: 'over', 'up to': 'up to', range: 'range' } as const;
    for (const q of quantities)
      for (const m of spreadLayout(ledger, q, 640).rows.flatMap((r) => r.marks)) {
        if (m.qualifier in shapes) expect(m.shape).toBe(shapes[m.qualifier as keyof typeof shapes]);
        if (m.shape === 'over') expect(m.arrow!.x2).toBeGreaterThan(m.x);
        if (m.shape === 'up to') expect(m.arrow!.x2).toBeLessThan(m.x);
        if (m.shape === 'dot' || m.shape === 'range') expect(m.arrow).toBeNull();
      }
  });

  it('rounds every coordinate to 0.1 px', () => {
    const tenth = (v: number) => expect(Math.round(v * 10) / 10).toBe(v);
    for (const q of quantities) {
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

  it('labels ticks in en-US format, fewer on a narrow chart', () => {
    const wide = spreadLayout(ledger, quantities[0], 1000).ticks;
    const narrow = spreadLayout(ledger, quantities[0], 375).ticks;
    expect(narrow.length).toBeLessThanOrEqual(wide.length);
    for (const t of wide) {
      expect(t.label).toBe(new Intl.NumberFormat('en-US').format(t.value));
      expect(t.percent).toBeCloseTo((t.x / 1000) * 100, 1);
    }
    expect(wide[0].value).toBe(0);
    expect(wide.at(-1)!.value).toBeLessThanOrEqual(spreadDomain(ledger)[1]);
  });

  it('names each mark with claimant, estimate, outlet and date', () => {
    const m = spreadLayout(ledger, quantities[0], 640).rows[0].marks[0];
    expect(m.label).toContain(formatEstimate(m.stated.claim));
    expect(m.label.startsWith(spreadLayout(ledger, quantities[0], 640).rows[0].label)).toBe(true);
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadLayout(ledger, 'no-such-quantity', 640)).toThrow('unknown quantity no-such-quantity');
  });
});

describe('spreadSummary', () => {
  it('counts estimates, named claimants and outlets from the ledger', () => {
    for (const q of quantities) {
      const groups = groupByClaimant(ledger, q);
      const named = groups.filter((g) => g.claimant.kind !== 'unattributed');
      const estimates = groups.reduce((n, g) => n + g.estimates.length, 0);
      const outlets = new Set(claimsOf(ledger, q).map((c) => c.source)).size;
      const s = spreadSummary(ledger, q);
      expect(s.startsWith(`${plural(estimates, 'estimate')} `)).toBe(true);
      if (named.length) expect(s).toContain(`from ${plural(named.length, 'claimant')}`);
      expect(s).toContain(` in ${plural(outlets, 'outlet')}`);
      expect(s).toContain(ledger.quantities.find((x) => x.id === q)!.unit);
      expect(s.endsWith('.')).toBe(true);
    }
  });

  it('gives the lowest and highest estimate', () => {
    for (const q of quantities) {
      const all = groupByClaimant(ledger, q).flatMap((g) => g.estimates);
      const lowest = all.reduce((a, b) => (b.low < a.low ? b : a));
      const highest = all.reduce((a, b) => (b.high > a.high ? b : a));
      const s = spreadSummary(ledger, q);
      expect(s).toContain(formatEstimate(lowest));
      expect(s).toContain(formatEstimate(highest));
    }
  });

  it('names each claimant whose estimate several outlets repeat', () => {
    for (const q of quantities) {
      const s = spreadSummary(ledger, q);
      for (const g of groupByClaimant(ledger, q))
        if (g.outlets > 1 && g.claimant.kind !== 'unattributed') {
          expect(s).toContain(`${g.outlets} outlets`);
          expect(s.toLowerCase()).toContain(g.claimant.label.toLowerCase());
        }
    }
  });

  it('rejects an unknown quantity', () => {
    expect(() => spreadSummary(ledger, 'no-such-quantity')).toThrow('unknown quantity');
  });
});
