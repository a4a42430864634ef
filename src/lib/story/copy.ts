/**
 * The story copy (data/story.aml, ArchieML) turned into typed blocks once, at build time.
 *
 * Inline markup: `[[claim-id]]` stands for that claim's figure, rendered verbatim from its quote,
 * highlighted and linked to the claim. Copy never types a figure itself.
 */
import archieml from 'archieml';
import type { Ledger, LedgerError } from '../data/types.ts';
import { SLUG, SLUG_RULE } from '../data/text.ts';
import { CLAIM_MARK, dropDoubledCounters, typedFigure } from './copy-rules.ts';

export const STORY_FILE = 'data/story.aml';

/** The copy of an edition: data/story.aml for the default (English), data/story.<lang>.aml for the others. */
export function storyFile(lang: string, defaultLang = 'en'): string {
  return lang === defaultLang ? STORY_FILE : `data/story.${lang}.aml`;
}

export type Inline = { kind: 'text'; text: string } | { kind: 'claim'; id: string };

/** A paragraph of copy: text runs and cited figures. */
export type Paragraph = Inline[];

/** One scrolling step: its copy, and what the map and charts show while it is active. */
export interface Step {
  id: string;
  /** A data/views.json id. */
  view: string;
  /** data/flows.json ids shown on the map. */
  flows: string[];
  /** A quantity id whose spread chart the step shows, or "". */
  chart: string;
  text: Paragraph[];
  /** Claim ids the text cites, in order of appearance. */
  cites: string[];
  /** Claim ids the copy was read against without citing them (`reviewed:`). */
  reviewed: string[];
}

export interface Story {
  headline: string;
  dek: string;
  intro: Paragraph[];
  /**
   * The claimants the dek and intro were written against (`claimants:`): they name who estimated
   * what, so a claimant that arrives later makes them stale (freshness.ts).
   */
  claimants: string[];
  steps: Step[];
  method: Paragraph[];
}

export function parseInline(text: string): Paragraph {
  const out: Paragraph = [];
  let last = 0;
  for (const m of text.matchAll(CLAIM_MARK)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'claim', id: m[1].trim() });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** 1-based line of the first line at or after `from` (1-based) in `raw` containing `needle`, or 0. */
export function lineOf(raw: string, needle: string, from = 1): number {
  const lines = raw.split('\n');
  for (let i = Math.max(0, from - 1); i < lines.length; i++) if (lines[i].includes(needle)) return i + 1;
  return 0;
}

const KNOWN_KEYS = ['headline', 'dek', 'claimants', 'intro', 'steps', 'method'] as const;
const STEP_KEYS = ['id', 'view', 'flows', 'chart', 'reviewed', 'text'] as const;

export interface StoryResult {
  story: Story | null;
  errors: LedgerError[];
}

/** Splits "a, b" into ids; "none" or "" is no ids. */
function idList(value: string): string[] {
  const v = value.trim();
  if (v === '' || v === 'none') return [];
  return v.split(',').map((x) => x.trim());
}

/**
 * Parses and checks the copy: known keys only; every step's view, flows, chart and cited claims
 * exist. Errors name the line of the problem.
 */
export function parseStory(
  raw: string,
  ledger: Ledger,
  file = STORY_FILE,
  lang = 'en',
  counters: readonly string[] = [],
): StoryResult {
  const errors: LedgerError[] = [];
  const fail = (needle: string, entry: string, message: string, from = 1) => {
    // The needle's line at or after `from`; for a missing key, the line where its entry starts.
    const line = lineOf(raw, needle, from) || (from > 1 ? from : 0);
    errors.push({ file: line ? `${file}:${line}` : file, entry, message });
  };
  const doc = archieml.load(raw);
  for (const key of Object.keys(doc)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      fail(key, key, `unknown key "${key}"; expected one of ${KNOWN_KEYS.join(', ')}`);
    }
  }
  const text = (key: string): string => {
    const v = doc[key];
    if (typeof v !== 'string' || v.trim() === '') {
      fail(`${key}:`, key, `"${key}" is missing or empty`);
      return '';
    }
    const typed = typedFigure(v, lang);
    if (typed) fail(`${key}:`, key, `copy types the figure "${typed}"; cite it from the ledger as [[claim-id]]`);
    return v.trim();
  };
  const claimIds = new Set(ledger.claims.map((c) => c.id));
  const checkClaims = (para: Paragraph, entry: string, from: number) => {
    for (const part of para) {
      const typed = part.kind === 'text' ? typedFigure(part.text, lang) : null;
      if (typed) fail(typed, entry, `copy types the figure "${typed}"; cite it from the ledger as [[claim-id]]`, from);
      if (part.kind === 'claim' && !claimIds.has(part.id)) {
        fail(`[[${part.id}]]`, entry, `cites unknown claim "${part.id}"`, from);
      }
    }
  };
  const paragraphs = (key: string): Paragraph[] => {
    const v = doc[key];
    if (!Array.isArray(v)) {
      fail(`[+${key}]`, key, `"${key}" must be a freeform list ([+${key}] … [])`);
      return [];
    }
    return v.flatMap((block: unknown) => {
      const b = block as { type?: unknown; value?: unknown };
      if (b.type !== 'text' || typeof b.value !== 'string') {
        fail(`[+${key}]`, key, `"${key}" holds a block of type "${String(b.type)}"; only paragraphs are allowed`);
        return [];
      }
      const para = parseInline(b.value);
      checkClaims(para, key, lineOf(raw, `[+${key}]`));
      return [dropDoubledCounters(para, ledger, counters)];
    });
  };

  const steps = (): Step[] => {
    const v = doc.steps;
    if (!Array.isArray(v) || v.length === 0) {
      fail('[steps]', 'steps', '"steps" must be a list of steps ([steps] … [])');
      return [];
    }
    const ids = new Set<string>();
    let from = lineOf(raw, '[steps]');
    return v.flatMap((block: unknown, i) => {
      if (typeof block !== 'object' || block === null) {
        fail('[steps]', `step #${i + 1}`, 'each step must have keys (id:, view:, …)');
        return [];
      }
      const b = block as Record<string, unknown>;
      const id = typeof b.id === 'string' ? b.id.trim() : '';
      const entry = id || `step #${i + 1}`;
      const at = id ? lineOf(raw, `id: ${id}`, from) || from : from;
      from = at;
      const str = (key: string) => (typeof b[key] === 'string' ? (b[key] as string) : '');
      // ArchieML keeps the last of two equal keys; a step that gives one twice is refused instead.
      const end = raw.split('\n').findIndex((l, n) => n >= at && /^(id:|\[\])/.test(l));
      const keyLines = raw
        .split('\n')
        .slice(at - 1, end < 0 ? undefined : end)
        .flatMap((l) => /^([a-z_]+):/.exec(l)?.[1] ?? []);
      for (const key of new Set(keyLines.filter((k, n) => keyLines.indexOf(k) !== n))) {
        fail(`${key}:`, entry, `key "${key}" is given twice in this step; ArchieML would keep only the last`, at);
      }
      for (const key of Object.keys(b)) {
        if (!(STEP_KEYS as readonly string[]).includes(key)) {
          fail(`${key}:`, entry, `unknown key "${key}" in a step; expected one of ${STEP_KEYS.join(', ')}`, at);
        }
      }
      if (!id) fail('id:', entry, 'a step needs an id', at);
      else if (!SLUG.test(id)) fail(`id: ${id}`, entry, `step id "${id}" is not a slug: ${SLUG_RULE}`, at);
      else if (ids.has(id)) fail(`id: ${id}`, entry, `duplicate step id "${id}"`, at + 1);
      ids.add(id);
      const view = str('view').trim();
      if (!ledger.views.some((x) => x.id === view)) {
        fail('view:', entry, `unknown view "${view}" (not in data/views.json)`, at);
      }
      const flows = idList(str('flows'));
      for (const f of flows) {
        if (!ledger.flows.some((x) => x.id === f))
          fail('flows:', entry, `unknown flow "${f}" (not in data/flows.json)`, at);
      }
      const chart = str('chart').trim();
      if (chart && !ledger.quantities.some((q) => q.id === chart && q.spread)) {
        fail(
          'chart:',
          entry,
          `unknown chart "${chart}": not a quantity with a spread chart in data/quantities.json`,
          at,
        );
      }
      const body = str('text').trim();
      if (!body) fail('text:', entry, 'a step needs text', at);
      const text = body
        .split(/\n\s*\n/)
        .map((p) => parseInline(p.replace(/\s*\n\s*/g, ' ').trim()))
        .filter((p) => p.length > 0);
      for (const para of text) checkClaims(para, entry, at);
      text.splice(0, text.length, ...text.map((p) => dropDoubledCounters(p, ledger, counters)));
      const cites = text.flat().flatMap((p) => (p.kind === 'claim' ? [p.id] : []));
      const reviewed = idList(str('reviewed'));
      return [{ id, view, flows, chart, text, cites, reviewed }];
    });
  };

  const claimants = (): string[] => {
    const v = doc.claimants;
    if (typeof v !== 'string' || v.trim() === '') {
      fail(
        'dek:',
        'claimants',
        '"claimants" is missing: list the claimant keys the dek and intro were written against',
      );
      return [];
    }
    const keys = idList(v);
    const known = new Set(ledger.claimants.map((c) => c.key));
    for (const k of keys)
      if (!known.has(k)) fail('claimants:', 'claimants', `names unknown claimant "${k}" (not in data/claimants.json)`);
    return keys;
  };
  const story: Story = {
    headline: text('headline'),
    dek: text('dek'),
    claimants: claimants(),
    intro: paragraphs('intro'),
    steps: steps(),
    method: paragraphs('method'),
  };
  return errors.length ? { story: null, errors } : { story, errors };
}
