/**
 * One claimant's row on the fixture ledger (tests/fixtures/ledger). Expected coordinates follow
 * from the fixture by hand: at 640 px on the shared [0, 3500] axis, x(v) = 14 + v × 598 / 3500,
 * rounded to 0.1 px.
 */
import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { fixture } from '../../../tests/fixtures/ledger.ts';
import { groupByClaimant } from '../data/query.ts';
import { formatEstimate } from '../i18n/ledger-words.ts';
import { spreadRow } from './row.ts';
import { english } from '../../../tests/helpers/i18n.ts';

const { ledger } = fixture();
const i18n = english();
const x = scaleLinear().domain([0, 3500]).range([14, 612]);
const rows = (quantity: string) => groupByClaimant(ledger, quantity).map((g) => spreadRow(g, x, 'soldiers', i18n));

describe('spreadRow', () => {
  const [observers, ministry, unnamed] = rows('volunteers_sent');

  it('names the claimant, counts its outlets and estimates, and marks the unattributed', () => {
    expect([observers, ministry, unnamed].map((r) => [r.key, r.label, r.tally, r.estimates, r.unattributed])).toEqual([
      ['observer-mission', 'The observer mission', '2 outlets, 1 estimate', ['about 2,300'], false],
      ['harbour-ministry', 'The harbour ministry', '1 outlet, 1 estimate', ['2,600–2,800'], false],
      ['unattributed', 'Not attributed', '1 outlet, 1 estimate', ['over 1,900'], true],
    ]);
  });

  it('gives each stated claim one mark, and the restatement none', () => {
    expect(observers.marks.map((m) => m.id)).toEqual(['gazette-sent', 'courier-sent']);
    expect(observers.marks[0].stated.restatements.map((c) => c.id)).toEqual(['gazette-sent-summary']);
  });

  it('places marks on the scale, each with its shape', () => {
    expect(observers.marks.map((m) => [m.shape, m.x, m.x1, m.x2])).toEqual([
      ['dot', 407, 407, 407],
      ['dot', 407, 407, 407],
    ]);
    expect(ministry.marks.map((m) => [m.shape, m.x, m.x1, m.x2])).toEqual([['range', 475.3, 458.2, 492.4]]);
    expect(unnamed.marks.map((m) => [m.shape, m.x, m.arrow?.head])).toEqual([
      ['over', 338.6, 'M357.6,16L351.6,12L351.6,20Z'],
    ]);
  });

  it('stacks the estimate two outlets repeat in two lanes, and grows the row for them', () => {
    expect(observers.marks.map((m) => [m.id, m.lane, m.y])).toEqual([
      ['gazette-sent', 0, 16],
      ['courier-sent', 1, 40],
    ]);
    expect(observers.height).toBe(56);
    expect(ministry.height).toBe(32);
  });

  it('names each mark with claimant, estimate, unit, outlet and date', () => {
    const marks = [observers, ministry, unnamed].flatMap((r) => r.marks);
    expect(marks.map((m) => m.label)).toEqual([
      'The observer mission: about 2,300 soldiers, The Harbour Gazette, 10 March 2031',
      'The observer mission: about 2,300 soldiers, Valley Courier (Weekend edition), 11 March 2031',
      'The harbour ministry: 2,600–2,800 soldiers, Valley Courier (Weekend edition), 11 March 2031',
      'Not attributed: over 1,900 soldiers, Unnamed outlet, date not stated',
    ]);
    for (const m of marks) expect(m.label).toContain(formatEstimate(m.stated.claim, i18n));
  });
});
