/**
 * Turns the raw data files and seed texts into a validated Ledger, or a list of errors.
 * Pure: it takes file contents as arguments, so tests feed it real files with one thing changed.
 *
 * First each file is read by its own reader (the table below: types, slug ids, unique ids, local
 * rules); then one cross-file pass checks what spans files: every key exists, each quote occurs
 * in its seed (whitespace-normalised, see locate.ts), each figure reads, by its source's language,
 * as the claim's low/high and qualifier, and nothing is left unused.
 */
import { ENGLISH, problemsOf, type EntryReader, type Problems, type TextEditions } from './fields.ts';
import type { FigureRules } from './figure.ts';
import { resolveLanguage } from './language.ts';
import { requireGlosses } from './glosses.ts';
import { resolveOutlets } from './outlets.ts';
import { codePoints, locateQuote } from './locate.ts';
import { checkCountries } from './country-parts.ts';
import { checkFigure } from './provenance.ts';
import { readLanguages, readList } from './read-files.ts';
import * as read from './readers.ts';
import { decodeText } from './text.ts';
import type { Claim, Evidence, Ledger, LedgerError, LedgerInput, Source, Span } from './types.ts';

export type { LedgerInput } from './types.ts';

/** The data files, relative to the project root. Languages are data/languages/<tag>.json. */
export const DATA_FILES = {
  sources: 'data/sources.json',
  quantities: 'data/quantities.json',
  claimants: 'data/claimants.json',
  claims: 'data/claims.json',
  places: 'data/places.json',
  flows: 'data/flows.json',
  events: 'data/events.json',
  views: 'data/views.json',
  countries: 'data/countries.json',
  magnitudes: 'data/magnitudes.json',
} as const;

export interface LedgerResult {
  ledger: Ledger | null;
  errors: LedgerError[];
  /** What was done that a maintainer should know, such as a byte-order mark stripped. */
  notes: string[];
}

export { readLanguages };

/**
 * The ledger of one edition: `editions.lang` picks the words of every reader-facing text (labels,
 * names, definitions, titles), and each text must have every edition's language.
 */
export function buildLedger(input: LedgerInput, editions: TextEditions = ENGLISH): LedgerResult {
  const errors: LedgerError[] = [];
  const notes: string[] = [];
  /** Problems of an entry already read, for the cross-file pass. */
  const problem = (file: string, entry: string) => problemsOf(file, entry, errors);
  const list = <T>(key: keyof typeof DATA_FILES, what: string, fn: (r: EntryReader) => T, idField = 'id') =>
    readList(DATA_FILES[key], what, fn, input, errors, idField, editions);

  const rawSources = list('sources', 'sources', read.readSource);
  const quantities = list('quantities', 'quantities', read.readQuantity);
  const claimants = list('claimants', 'claimants', read.readClaimant, 'key');
  const rawClaims = list('claims', 'claims', read.readClaim);
  const places = list('places', 'places', read.readPlace);
  const rawFlows = list('flows', 'flows', read.readFlow);
  const rawEvents = list('events', 'events', read.readEvent);
  const views = list('views', 'views', read.readView);
  const countries = list('countries', 'countries', read.readCountry);
  const magnitudes = list('magnitudes', 'magnitudes', read.readMagnitude);
  const words = readLanguages(input, errors, magnitudes);

  // ── The cross-file pass ──────────────────────────────────────────────────────────────────
  const seeds = new Map<string, string>();
  if (input.noSeedsFolder) errors.push({ file: 'seeds/', entry: '(folder)', message: 'seeds/ folder is missing' });
  for (const [name, text] of Object.entries(input.seeds)) {
    const decoded = decodeText(`seeds/${name}`, input.undecodable?.[`seeds/${name}`] ?? text, errors);
    if (!decoded) continue;
    if (decoded.bom) notes.push(`seeds/${name}: byte-order mark stripped; quote offsets count from the text after it`);
    seeds.set(name, decoded.text);
  }

  const rules = new Map<string, FigureRules>();
  const sources: Source[] = rawSources.map((s, i) => {
    const r = problem(DATA_FILES.sources, s.id || `entry #${i + 1}`);
    if (s.file && !input.noSeedsFolder && !(s.file in input.seeds))
      r.fail(`seed file "seeds/${s.file}" does not exist`);
    const lang = resolveLanguage(s.language, words, s.number_format);
    if ('problem' in lang) {
      r.fail(`field "${lang.field ?? 'language'}": ${lang.problem}`);
      return { ...s, dir: 'ltr', outlet_key: '' };
    }
    rules.set(s.id, lang.rules);
    return { ...s, language: lang.tag, dir: lang.dir, outlet_key: '' };
  });
  resolveOutlets(sources, (id) => problem(DATA_FILES.sources, id));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const named = new Set(sources.map((s) => s.file));
  for (const name of Object.keys(input.seeds)) {
    if (!named.has(name)) {
      errors.push({
        file: `seeds/${name}`,
        entry: '(file)',
        message: `has no entry in ${DATA_FILES.sources}: add one (docs/ledger.md, "Adding a source") or remove the file`,
      });
    }
  }

  const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
  const quantityIds = ids(quantities);
  const placeIds = ids(places);
  const claimantKeys = new Set(claimants.map((c) => c.key));

  /** A reference to another file's entry; empty only where `optional` says it may be. */
  const refer = (r: Problems, field: string, v: string, known: Set<string>, file: string, optional = false) => {
    if (v === '' && !optional) r.fail(`field "${field}" must name an entry of ${file}`);
    else if (v !== '' && !known.has(v)) r.fail(`unknown ${field} "${v}" (not in ${file})`);
  };

  /** Checks that `sourceId` exists and `quote` occurs in its seed; returns the quote's span. */
  const locate = (r: Problems, sourceId: string, quote: string, what = 'quote'): Span => {
    const none = { start: -1, end: -1 };
    const source = sourceById.get(sourceId);
    if (!source) {
      r.fail(`unknown source "${sourceId}" (not in ${DATA_FILES.sources})`);
      return none;
    }
    const seed = seeds.get(source.file);
    if (seed === undefined || quote.trim() === '') return none;
    const found = locateQuote(seed, quote);
    if (found.span) return found.span;
    const ok = Array.from(quote.trim().replace(/\s+/g, ' '));
    const near = ok.slice(Math.max(0, found.matchedPrefix - 20), found.matchedPrefix + 20).join('');
    r.fail(
      `${what} does not occur in seeds/${source.file} (only whitespace may differ); ` +
        `it matches up to character ${found.matchedPrefix + 1} of ${ok.length}, around "${near}"` +
        (found.seedThere === undefined
          ? ''
          : `; there the quote has "${ok.slice(found.matchedPrefix, found.matchedPrefix + 20).join('')}" and the seed "${found.seedThere}"` +
            ` (${codePoints(ok[found.matchedPrefix] ?? '')} where the seed has ${codePoints(Array.from(found.seedThere)[0] ?? '')})`),
    );
    return none;
  };
  const evidence = (file: string, entry: string, list: read.RawEvidence[], field: string): Evidence[] =>
    list.map((e, i) => ({
      ...e,
      span: locate(problem(file, `${entry} ${field}[${i}]`), e.source, e.quote),
    }));

  const magnitudeName = new Map(magnitudes.map((m) => [m.id, m.name]));
  const claims: Claim[] = rawClaims.map(({ glosses, ...c }, i) => {
    const r = problem(DATA_FILES.claims, c.id || `entry #${i + 1}`);
    const source = sourceById.get(c.source);
    if (source && rules.has(source.id)) requireGlosses(r, source, glosses, editions.languages);
    refer(r, 'quantity', c.quantity, quantityIds, DATA_FILES.quantities);
    refer(r, 'claimant_key', c.claimant_key, claimantKeys, DATA_FILES.claimants);
    const confirmed = c.confirmed_by;
    const cr = problem(DATA_FILES.claims, `${r.entry} confirmed_by`);
    if (confirmed) refer(cr, 'claimant_key', confirmed.claimant_key, claimantKeys, DATA_FILES.claimants);
    const { span: figureSpan, figure } = checkFigure(r, { ...c, glosses }, rules.get(c.source));
    return {
      ...c,
      span: locate(r, c.source, c.quote),
      figure_span: figureSpan,
      magnitude: figure?.magnitude ? (magnitudeName.get(figure.magnitude) ?? '') : '',
      counted: figure?.words.some((w) => w.kind === 'unit') ?? false,
      confirmed_by: confirmed && { ...confirmed, span: locate(cr, c.source, confirmed.quote, 'confirmed_by quote') },
    };
  });
  const claimById = new Map(claims.map((c) => [c.id, c]));
  for (const claim of claims) {
    if (!claim.restates) continue;
    const r = problem(DATA_FILES.claims, claim.id);
    const target = claimById.get(claim.restates);
    if (!target) r.fail(`restates unknown claim "${claim.restates}"`);
    else if (target.source !== claim.source) r.fail(`restates "${claim.restates}", which is from another source`);
    else if (target.restates) r.fail(`restates "${claim.restates}", which itself restates another claim`);
  }

  const flows = rawFlows.map((f) => {
    const r = problem(DATA_FILES.flows, f.id);
    refer(r, 'from', f.from, placeIds, DATA_FILES.places);
    refer(r, 'to', f.to, placeIds, DATA_FILES.places);
    refer(r, 'quantity', f.quantity, quantityIds, DATA_FILES.quantities, true); // what Russia sends back is unsized
    return { ...f, evidence: evidence(DATA_FILES.flows, f.id, f.evidence, 'evidence') };
  });
  const events = rawEvents.map((ev) => ({
    ...ev,
    mentions: evidence(DATA_FILES.events, ev.id, ev.mentions, 'mentions'),
  }));

  const unused = (file: string, entry: string, used: boolean, message: string) => {
    if (!used) errors.push({ file, entry, message });
  };
  for (const s of sources) {
    unused(
      DATA_FILES.sources,
      s.id,
      claims.some((c) => c.source === s.id),
      `no claim in ${DATA_FILES.claims} comes from this source`,
    );
  }
  for (const q of quantities) {
    unused(
      DATA_FILES.quantities,
      q.id,
      claims.some((c) => c.quantity === q.id),
      'no claim in the ledger counts this quantity',
    );
  }
  for (const k of claimants) {
    const used = claims.some((x) => x.claimant_key === k.key || x.confirmed_by?.claimant_key === k.key);
    unused(DATA_FILES.claimants, k.key, used, 'no claim names this claimant');
  }

  checkCountries(DATA_FILES, countries, places, rawFlows, errors);

  const ledger = { sources, magnitudes, quantities, claimants, claims, places, flows, events, views, countries };
  return { ledger: errors.length ? null : ledger, errors, notes };
}

/** One line per error: "data/claims.json [cnn-troops]: quote does not occur …". */
export function formatErrors(errors: LedgerError[]): string {
  return errors.map((e) => `${e.file} [${e.entry}]: ${e.message}`).join('\n');
}
