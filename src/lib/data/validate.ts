/**
 * Turns the raw data files and seed texts into a validated Ledger, or a list of errors.
 * Pure: it takes file contents as arguments, so tests feed it real files with one thing changed.
 *
 * Checks, each reported with the file and the entry: JSON syntax; field types and unknown fields;
 * unique ids; every key (source, quantity, claimant, place, restated claim) exists; each quote
 * occurs in its seed (whitespace-normalised, see locate.ts); each figure occurs in its quote and
 * parses to the claim's low/high and qualifier.
 */
import { EntryReader, isRecord, parseJsonFile } from './fields.ts';
import { parseFigure } from './figure.ts';
import { locateQuote } from './locate.ts';
import {
  QUALIFIERS,
  type Claim,
  type Claimant,
  type Evidence,
  type Flow,
  type Ledger,
  type LedgerError,
  type Place,
  type Quantity,
  type Source,
  type Span,
  type TimelineEvent,
  type View,
} from './types.ts';

/** The data files, relative to the project root. */
export const DATA_FILES = {
  sources: 'data/sources.json',
  quantities: 'data/quantities.json',
  claimants: 'data/claimants.json',
  claims: 'data/claims.json',
  places: 'data/places.json',
  flows: 'data/flows.json',
  events: 'data/events.json',
  views: 'data/views.json',
} as const;

export interface LedgerInput {
  /** Contents of each data file, keyed by its path (DATA_FILES values); undefined when missing. */
  files: Record<string, string | undefined>;
  /** Seed texts keyed by file name (as in sources' "file"). */
  seeds: Record<string, string>;
}

export interface LedgerResult {
  ledger: Ledger | null;
  errors: LedgerError[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function buildLedger(input: LedgerInput): LedgerResult {
  const errors: LedgerError[] = [];

  /** Parses one file and reads each entry with `read`; checks ids are unique. */
  function readFile<T>(file: string, read: (r: EntryReader) => T, idField = 'id'): T[] {
    const rows = parseJsonFile(file, input.files[file], errors);
    if (!rows) return [];
    const ids = new Set<string>();
    return rows.flatMap((row, i) => {
      if (!isRecord(row)) {
        errors.push({ file, entry: `entry #${i + 1}`, message: 'must be an object' });
        return [];
      }
      const r = EntryReader.forEntry(file, row, i, errors, idField);
      if (typeof row[idField] !== 'string' || row[idField] === '')
        r.fail(`field "${idField}" must be a non-empty string`);
      else if (ids.has(r.entry)) r.fail(`duplicate ${idField} "${r.entry}"`);
      else ids.add(r.entry);
      const value = read(r);
      r.done();
      return [value];
    });
  }

  const sources = readFile<Source>(DATA_FILES.sources, (r) => {
    const s: Source = {
      id: r.string('id'),
      file: r.string('file', { nonEmpty: true }),
      outlet: r.string('outlet', { nonEmpty: true }),
      outlet_note: r.string('outlet_note'),
      byline: r.string('byline'),
      date: r.string('date'),
      date_text: r.string('date_text', { nonEmpty: true }),
      language: r.string('language', { nonEmpty: true }),
      dir: 'ltr',
      edition: r.string('edition', { optional: true }),
      translation: r.boolean('translation'),
      reposting: r.string('reposting'),
      headline: r.string('headline'),
    };
    if (s.date !== '' && !ISO_DATE.test(s.date)) r.fail(`field "date" must be YYYY-MM-DD or "", got "${s.date}"`);
    if (s.file && input.seeds[s.file] === undefined) r.fail(`seed file "seeds/${s.file}" does not exist`);
    return s;
  });
  const sourceById = new Map(sources.map((s) => [s.id, s]));

  const quantities = readFile<Quantity>(DATA_FILES.quantities, (r) => ({
    id: r.string('id'),
    label: r.string('label', { nonEmpty: true }),
    unit: r.string('unit', { nonEmpty: true }),
    definition: r.string('definition', { nonEmpty: true }),
    spread: r.boolean('spread'),
  }));
  const quantityIds = new Set(quantities.map((q) => q.id));

  const claimants = readFile<Claimant>(
    DATA_FILES.claimants,
    (r) => ({
      key: r.string('key'),
      label: r.string('label', { nonEmpty: true }),
      kind: r.string('kind', { nonEmpty: true }),
    }),
    'key',
  );
  const claimantKeys = new Set(claimants.map((c) => c.key));

  /** Checks that `source` exists and `quote` occurs in its seed; returns the quote's span. */
  function locate(r: EntryReader, sourceId: string, quote: string, what = 'quote'): Span {
    const none = { start: -1, end: -1 };
    const source = sourceById.get(sourceId);
    if (!source) {
      r.fail(`unknown source "${sourceId}" (not in ${DATA_FILES.sources})`);
      return none;
    }
    const seed = input.seeds[source.file];
    if (seed === undefined || quote.trim() === '') {
      if (quote.trim() === '') r.fail(`${what} is empty`);
      return none;
    }
    const found = locateQuote(seed, quote);
    if (!found.span) {
      const ok = Array.from(quote.trim().replace(/\s+/g, ' '));
      const near = ok.slice(Math.max(0, found.matchedPrefix - 20), found.matchedPrefix + 20).join('');
      r.fail(
        `${what} does not occur in seeds/${source.file} (only whitespace may differ); ` +
          `it matches up to character ${found.matchedPrefix + 1} of ${ok.length}, around "${near}"`,
      );
      return none;
    }
    return found.span;
  }

  /** A reference to another file's entry; empty only where `optional` says a field may be. */
  function key(r: EntryReader, field: string, known: Set<string>, file: string, optional = false): string {
    const v = r.string(field);
    if (v === '' && !optional) r.fail(`field "${field}" must name an entry of ${file}`);
    else if (v !== '' && !known.has(v)) r.fail(`unknown ${field} "${v}" (not in ${file})`);
    return v;
  }

  const readEvidence = (r: EntryReader): Evidence => {
    const source = r.string('source');
    const quote = r.string('quote', { nonEmpty: true });
    return { source, quote, span: locate(r, source, quote) };
  };

  const restated: [EntryReader, Claim][] = [];
  const claims = readFile<Claim>(DATA_FILES.claims, (r) => {
    const source = r.string('source');
    const quote = r.string('quote', { nonEmpty: true });
    const claim: Claim = {
      id: r.string('id'),
      source,
      quantity: key(r, 'quantity', quantityIds, DATA_FILES.quantities),
      figure: r.string('figure', { nonEmpty: true }),
      low: r.number('low'),
      high: r.number('high'),
      qualifier: r.oneOf('qualifier', QUALIFIERS),
      claimant: r.string('claimant', { nonEmpty: true }),
      claimant_key: key(r, 'claimant_key', claimantKeys, DATA_FILES.claimants),
      as_of: r.string('as_of', { optional: true }),
      quote,
      span: locate(r, source, quote),
      figure_span: { start: -1, end: -1 },
      restates: r.string('restates', { optional: true }),
      gloss: r.string('gloss', { optional: true }),
      confirmed_by: r.object('confirmed_by', (c) => {
        const q = c.string('quote', { nonEmpty: true });
        const confirmation = {
          claimant: c.string('claimant', { nonEmpty: true }),
          claimant_key: key(c, 'claimant_key', claimantKeys, DATA_FILES.claimants),
          quote: q,
          span: locate(c, source, q),
        };
        c.done();
        return confirmation;
      }),
    };
    checkFigure(r, claim);
    if (claim.restates) restated.push([r, claim]);
    return claim;
  });
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const [r, claim] of restated) {
    const target = claimById.get(claim.restates);
    if (!target) r.fail(`restates unknown claim "${claim.restates}"`);
    else if (target.source !== claim.source) r.fail(`restates "${claim.restates}", which is from another source`);
    else if (target.restates) r.fail(`restates "${claim.restates}", which itself restates another claim`);
  }

  const places = readFile<Place>(DATA_FILES.places, (r) => {
    const p: Place = {
      id: r.string('id'),
      name: r.string('name', { nonEmpty: true }),
      country: r.string('country', { nonEmpty: true }),
      lon: r.number('lon'),
      lat: r.number('lat'),
      role: r.oneOf('role', ['story', 'context', 'area'] as const),
      note: r.string('note'),
    };
    if (Math.abs(p.lon) > 180 || Math.abs(p.lat) > 90) r.fail(`coordinates ${p.lon}, ${p.lat} are off the globe`);
    return p;
  });
  const placeIds = new Set(places.map((p) => p.id));

  const flows = readFile<Flow>(DATA_FILES.flows, (r) => {
    const f: Flow = {
      id: r.string('id'),
      kind: r.oneOf('kind', ['troops', 'munitions', 'returns'] as const),
      from: key(r, 'from', placeIds, DATA_FILES.places),
      to: key(r, 'to', placeIds, DATA_FILES.places),
      // An unsized flow (what Russia sends back) names no quantity.
      quantity: key(r, 'quantity', quantityIds, DATA_FILES.quantities, true),
      status: r.oneOf('status', ['reported', 'planned', 'believed'] as const),
      label: r.string('label', { nonEmpty: true }),
      items: r.strings('items'),
      route: r.oneOf('route', ['schematic'] as const),
      evidence: r.list('evidence', (e) => {
        const ev = readEvidence(e);
        e.done();
        return ev;
      }),
    };
    if (f.from !== '' && f.from === f.to) r.fail(`flows from "${f.from}" to itself`);
    if (f.evidence.length === 0) r.fail('needs at least one evidence quote');
    return f;
  });

  const events = readFile<TimelineEvent>(DATA_FILES.events, (r) => {
    const ev: TimelineEvent = {
      id: r.string('id'),
      start: r.string('start'),
      end: r.string('end'),
      label: r.string('label', { nonEmpty: true }),
      title: r.string('title', { nonEmpty: true }),
      mentions: r.list('mentions', (m) => {
        const ev = readEvidence(m);
        m.done();
        return ev;
      }),
    };
    for (const f of ['start', 'end'] as const) {
      if (!ISO_DATE.test(ev[f])) r.fail(`field "${f}" must be YYYY-MM-DD, got "${ev[f]}"`);
    }
    if (ev.start > ev.end) r.fail(`starts (${ev.start}) after it ends (${ev.end})`);
    if (ev.mentions.length === 0) r.fail('needs at least one mention quote');
    return ev;
  });

  const views = readFile<View>(DATA_FILES.views, (r) => {
    const v = r.string('id');
    const label = r.string('label', { nonEmpty: true });
    const raw = r.numberPairs('bounds');
    let bounds: View['bounds'] = [
      [0, 0],
      [0, 0],
    ];
    if (raw.length !== 2) r.fail('field "bounds" must be [[west, south], [east, north]]');
    else {
      const [[w, s], [e, n]] = raw;
      if (!(w < e && s < n && w >= -180 && e <= 360 && s >= -85 && n <= 85)) {
        r.fail(`field "bounds" [[${w}, ${s}], [${e}, ${n}]] must have west < east, south < north, within the map`);
      }
      bounds = [
        [w, s],
        [e, n],
      ];
    }
    return { id: v, label, bounds };
  });

  for (const q of quantities) {
    if (!claims.some((c) => c.quantity === q.id)) {
      errors.push({ file: DATA_FILES.quantities, entry: q.id, message: 'no claim in the ledger counts this quantity' });
    }
  }
  for (const c of claimants) {
    const used = claims.some((x) => x.claimant_key === c.key || x.confirmed_by?.claimant_key === c.key);
    if (!used) errors.push({ file: DATA_FILES.claimants, entry: c.key, message: 'no claim names this claimant' });
  }

  const ledger = { sources, quantities, claimants, claims, places, flows, events, views };
  return errors.length ? { ledger: null, errors } : { ledger, errors };
}

/** The figure must occur in the quote and parse to the claim's low/high and qualifier. */
function checkFigure(r: EntryReader, claim: Claim): void {
  if (!claim.figure) return;
  const at = claim.quote.indexOf(claim.figure);
  if (at < 0) {
    r.fail(`figure "${claim.figure}" does not occur in the claim's quote`);
    return;
  }
  const start = Array.from(claim.quote.slice(0, at)).length;
  claim.figure_span = { start, end: start + Array.from(claim.figure).length };
  const parsed = parseFigure(claim.figure);
  if (!parsed) {
    r.fail(`figure "${claim.figure}" does not parse as a number or range`);
    return;
  }
  if (parsed.low !== claim.low || parsed.high !== claim.high) {
    r.fail(
      `low/high are ${claim.low}/${claim.high}, but the quote's figure "${claim.figure}" parses to ${parsed.low}/${parsed.high}`,
    );
  }
  if (parsed.qualifier !== null && parsed.qualifier !== claim.qualifier) {
    r.fail(`qualifier is "${claim.qualifier}", but the figure "${claim.figure}" reads as "${parsed.qualifier}"`);
  }
  if (parsed.qualifier === null && claim.qualifier !== 'exact') {
    r.fail(`qualifier is "${claim.qualifier}", but the figure "${claim.figure}" carries no hedge (use "exact")`);
  }
}

/** One line per error: "data/claims.json [cnn-troops]: quote does not occur …". */
export function formatErrors(errors: LedgerError[]): string {
  return errors.map((e) => `${e.file} [${e.entry}]: ${e.message}`).join('\n');
}
