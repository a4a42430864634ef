/**
 * One reader per data file: each turns one entry's JSON into a typed record and checks what the
 * entry alone can show (types, allowed values, dates, bounds, lengths). References between files,
 * quotes in seeds and figures in quotes are checked afterwards, by the cross-file pass in
 * validate.ts, which turns these records into the Ledger's types.
 */
import type { EntryReader } from './fields.ts';
import { MAX_QUOTE } from './text.ts';
import {
  FLOW_KINDS,
  FLOW_STATUSES,
  QUALIFIERS,
  type Claim,
  type Claimant,
  type Confirmation,
  type Evidence,
  type Flow,
  type Magnitude,
  type Quantity,
  type Source,
  type TimelineEvent,
} from './types.ts';

export { readCountry, readPlace, readView } from './geography-readers.ts';

/** A quote before it has been located in its seed. */
export type RawEvidence = Omit<Evidence, 'span'>;
export type RawSource = Omit<Source, 'dir' | 'outlet_key'>;
export type RawClaim = Omit<Claim, 'span' | 'figure_span' | 'confirmed_by' | 'magnitude' | 'counted'> & {
  confirmed_by: Omit<Confirmation, 'span'> | null;
  /** The gloss in every language the data gives, to check that each edition that needs one has it. */
  glosses: Record<string, string>;
};
export type RawFlow = Omit<Flow, 'evidence'> & { evidence: RawEvidence[] };
export type RawEvent = Omit<TimelineEvent, 'mentions'> & { mentions: RawEvidence[] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A seed's file name: no folders, no dot files. */
const SEED_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/;

function quote(r: EntryReader, field = 'quote'): string {
  const q = r.string(field, { nonEmpty: true });
  const length = Array.from(q).length;
  if (length > MAX_QUOTE) r.fail(`field "${field}" is ${length} characters long; a quote is at most ${MAX_QUOTE}`);
  return q;
}

function evidence(r: EntryReader): RawEvidence {
  const e = { source: r.string('source'), quote: quote(r) };
  r.done();
  return e;
}

export function readSource(r: EntryReader): RawSource {
  const s: RawSource = {
    id: r.string('id'),
    file: r.string('file', { nonEmpty: true }),
    outlet: r.string('outlet', { nonEmpty: true }),
    outlet_note: r.text('outlet_note'),
    edition: r.text('edition', { optional: true }),
    byline: r.string('byline'),
    date: r.string('date'),
    date_text: r.text('date_text'),
    language: r.string('language', { nonEmpty: true }),
    number_format: r.string('number_format', { optional: true }),
    translation: r.boolean('translation'),
    reposting: r.raw('reposting') === '' ? '' : r.text('reposting', { optional: true }),
    reposts: r.string('reposts', { optional: true }),
    headline: r.string('headline'),
  };
  if (s.date !== '' && !ISO_DATE.test(s.date)) r.fail(`field "date" must be YYYY-MM-DD or "", got "${s.date}"`);
  if (s.file && !SEED_NAME.test(s.file))
    r.fail(`field "file" "${s.file}" must be a file name in seeds/ ending in .txt`);
  return s;
}

export function readQuantity(r: EntryReader): Quantity {
  return {
    id: r.string('id'),
    label: r.text('label'),
    unit: r.text('unit'),
    definition: r.text('definition'),
    spread: r.boolean('spread'),
    to_scale: r.boolean('to_scale'),
  };
}

/**
 * One row of the magnitude table: the order a plural word names ("thousands": 1,000), the range it
 * reads as (2,000–9,999), and its name in every edition.
 */
export function readMagnitude(r: EntryReader): Magnitude {
  const m: Magnitude = {
    id: r.string('id'),
    order: r.count('order'),
    low: r.count('low'),
    high: r.count('high'),
    name: r.text('name'),
  };
  if (!(m.order <= m.low && m.low < m.high))
    r.fail(`its range must start at or above its order and rise: order ${m.order}, low ${m.low}, high ${m.high}`);
  return m;
}

export function readClaimant(r: EntryReader): Claimant {
  return {
    key: r.string('key'),
    label: r.text('label'),
    kind: r.string('kind', { nonEmpty: true }),
  };
}

/** A claim's gloss in the edition's language, and in every language the data gives it. */
function glosses(r: EntryReader): { gloss: string; glosses: Record<string, string> } {
  const { text, all } = r.textsByLanguage('gloss', { optional: true, some: true });
  return { gloss: text, glosses: all };
}

export function readClaim(r: EntryReader): RawClaim {
  const c: RawClaim = {
    id: r.string('id'),
    source: r.string('source'),
    quantity: r.string('quantity'),
    figure: r.string('figure', { nonEmpty: true }),
    low: r.count('low'),
    high: r.count('high'),
    qualifier: r.oneOf('qualifier', QUALIFIERS),
    claimant: r.string('claimant', { nonEmpty: true }),
    claimant_key: r.string('claimant_key'),
    as_of: r.string('as_of', { optional: true }),
    quote: quote(r),
    restates: r.string('restates', { optional: true }),
    ...glosses(r),
    confirmed_by: r.object('confirmed_by', (x) => {
      const v = {
        claimant: x.string('claimant', { nonEmpty: true }),
        claimant_key: x.string('claimant_key'),
        quote: quote(x),
      };
      x.done();
      return v;
    }),
  };
  if (c.low > c.high) r.fail(`low (${c.low}) is above high (${c.high})`);
  return c;
}

export function readFlow(r: EntryReader): RawFlow {
  const f: RawFlow = {
    id: r.string('id'),
    kind: r.oneOf('kind', FLOW_KINDS),
    from: r.string('from'),
    to: r.string('to'),
    quantity: r.string('quantity'),
    status: r.oneOf('status', FLOW_STATUSES),
    label: r.text('label'),
    items: r.texts('items'),
    route: r.oneOf('route', ['schematic'] as const),
    evidence: r.list('evidence', evidence),
  };
  if (f.from !== '' && f.from === f.to) r.fail(`flows from "${f.from}" to itself`);
  if (f.evidence.length === 0) r.fail('needs at least one evidence quote');
  return f;
}

export function readEvent(r: EntryReader): RawEvent {
  const ev: RawEvent = {
    id: r.string('id'),
    start: r.string('start'),
    end: r.string('end'),
    label: r.text('label'),
    title: r.text('title'),
    mentions: r.list('mentions', evidence),
  };
  for (const f of ['start', 'end'] as const) {
    if (!ISO_DATE.test(ev[f])) r.fail(`field "${f}" must be YYYY-MM-DD, got "${ev[f]}"`);
  }
  if (ev.start > ev.end) r.fail(`starts (${ev.start}) after it ends (${ev.end})`);
  if (ev.mentions.length === 0) r.fail('needs at least one mention quote');
  return ev;
}
