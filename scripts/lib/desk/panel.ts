/**
 * The desk's "Before you publish" panel for a draft: the data on disk now against the data once the
 * draft is published, through report.ts, plus the steps it makes stale and the texts it lacks.
 */
import { parse } from 'jsonc-parser';
import { DATA_FILES, formatErrors } from '../../../src/lib/data/validate.ts';
import type { Ledger, LedgerError, LedgerInput } from '../../../src/lib/data/types.ts';
import { parseStory } from '../../../src/lib/story/copy.ts';
import type { Draft, Report } from '../../../src/desk/draft.ts';
import { i18nOf } from '../load.ts';
import { ledgerOf, withTexts, type Snapshot } from './project.ts';
import { draftData, unreadBySteps } from './publish.ts';
import { compareLedgers } from './report.ts';

/** "field "label" has no "ko"", "field "gloss" is in English only; the "ko" edition needs it". */
const LACKS = /^field "([^"]+)" (?:has no|is in English only; the) ((?:"[^"]+"(?:, )?)+)/;

function missingTexts(errors: LedgerError[]): { missing: Report['missing']; rest: LedgerError[] } {
  const missing: Report['missing'] = [];
  const rest: LedgerError[] = [];
  for (const e of errors) {
    const m = LACKS.exec(e.message);
    if (!m) rest.push(e);
    else
      for (const [, lang] of m[2].matchAll(/"([^"]+)"/g))
        missing.push({ file: e.file, entry: e.entry, field: m[1], lang });
  }
  return { missing, rest };
}

/**
 * The data as the page has it before the draft: without the draft's saved source when no claim
 * names it yet (a saved article with no claim does not pass the checks, and is not on the page).
 */
function withoutSaved(snap: Snapshot, draft: Draft | null): LedgerInput {
  const sources = parse(snap.texts[DATA_FILES.sources] || '[]') as { id: string; file: string }[];
  const saved = sources.find((s) => s.id === draft?.source);
  const claims = parse(snap.texts[DATA_FILES.claims] || '[]') as { source: string }[];
  if (!saved || claims.some((c) => c.source === saved.id)) return snap.input;
  const seeds = { ...snap.input.seeds };
  delete seeds[saved.file];
  const rest = JSON.stringify(sources.filter((s) => s !== saved));
  return { ...snap.input, files: { ...snap.input.files, [DATA_FILES.sources]: rest }, seeds };
}

/** A step's copy in one edition, with each cited claim shown as its figure's words. */
function stepText(snap: Snapshot, ledger: Ledger, lang: string, step: string): string {
  const e = snap.editions.find((x) => x.lang === lang)!;
  const story = parseStory(snap.texts[e.storyFile], ledger, e.storyFile, e.lang).story;
  const found = story?.steps.find((s) => s.id === step);
  const figure = (id: string) => ledger.claims.find((c) => c.id === id)?.figure ?? id;
  return (found?.text ?? [])
    .map((p) => p.map((part) => (part.kind === 'text' ? part.text : `[${figure(part.id)}]`)).join(''))
    .join('\n\n');
}

/**
 * The report of publishing `draft` (null: the data as it is) against the data on disk, or against
 * `published`, the ledger as last published (`npm run diff`).
 */
export function deskReport(snap: Snapshot, draft: Draft | null, published?: (now: Ledger) => Ledger): Report {
  const disk = ledgerOf(withoutSaved(snap, draft), snap.editions);
  const before = disk.ledger && published ? { ...disk, ledger: published(disk.ledger) } : disk;
  const texts = draft ? draftData(snap, draft).texts : {};
  const after = ledgerOf(withTexts(snap.input, texts), snap.editions);
  const { missing, rest } = missingTexts(after.errors);
  const report: Report = {
    charts: [],
    bands: [],
    stale: [],
    missing,
    errors: rest.length ? formatErrors(rest).split('\n') : [],
  };
  if (!before.ledger)
    report.errors.unshift(`the data on disk does not pass the checks: ${formatErrors(before.errors)}`);
  if (!before.ledger || !after.ledger) return report;
  Object.assign(report, compareLedgers(before.ledger, after.ledger, i18nOf(snap.editions[0])));
  const ledger = after.ledger;
  report.stale = [...unreadBySteps(snap, ledger)].map(([step, claims]) => ({
    step,
    claims,
    texts: snap.editions.map((e) => ({ lang: e.lang, text: stepText(snap, ledger, e.lang, step) })),
  }));
  return report;
}
