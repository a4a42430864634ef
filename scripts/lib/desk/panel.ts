/**
 * The desk's "Before you publish" panel for a draft: the data on disk now against the data once the
 * draft is published, through report.ts, plus the steps it makes stale and the texts it lacks.
 */
import { parse } from 'jsonc-parser';
import { DATA_FILES, formatErrors } from '../../../src/lib/data/validate.ts';
import type { Ledger, LedgerInput } from '../../../src/lib/data/types.ts';
import { parseStory } from '../../../src/lib/story/copy.ts';
import type { Draft, Report } from '../../../src/desk/draft.ts';
import { i18nOf } from '../load.ts';
import { ledgerOf, type Snapshot } from './project.ts';
import { afterDraft } from './publish.ts';
import { INTRO, staleBlocks } from './story.ts';
import { compareLedgers } from './report.ts';

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

/** A block's copy in one edition (a step's text, or the dek and intro), each cited claim as its figure's words. */
function blockText(snap: Snapshot, ledger: Ledger, lang: string, block: string): string {
  const e = snap.editions.find((x) => x.lang === lang)!;
  const story = parseStory(snap.texts[e.storyFile], ledger, e.storyFile, e.lang).story;
  if (!story) return '';
  const figure = (id: string) => ledger.claims.find((c) => c.id === id)?.figure ?? id;
  const paragraphs = block === INTRO ? story.intro : (story.steps.find((s) => s.id === block)?.text ?? []);
  const text = paragraphs.map((p) =>
    p.map((part) => (part.kind === 'text' ? part.text : `[${figure(part.id)}]`)).join(''),
  );
  return (block === INTRO ? [story.dek, ...text] : text).join('\n\n');
}

/**
 * The report of publishing `draft` (null: the data as it is) against the data on disk, or against
 * `published`, the ledger as last published (`npm run diff`).
 */
export function deskReport(snap: Snapshot, draft: Draft | null, published?: (now: Ledger) => Ledger): Report {
  const disk = ledgerOf(withoutSaved(snap, draft), snap.editions);
  const before = disk.ledger && published ? { ...disk, ledger: published(disk.ledger) } : disk;
  const after = afterDraft(snap, draft);
  const report: Report = {
    charts: [],
    bands: [],
    stale: [],
    missing: after.missing,
    errors: after.errors.length ? formatErrors(after.errors).split('\n') : [],
  };
  if (!before.ledger)
    report.errors.unshift(`the data on disk does not pass the checks: ${formatErrors(before.errors)}`);
  const ledger = after.ledger;
  if (!before.ledger || !ledger) return report;
  Object.assign(report, compareLedgers(before.ledger, ledger, i18nOf(snap.editions[0])));
  report.stale = [...staleBlocks(snap, ledger)].map(([block, ids]) => ({
    step: block,
    claims: ids,
    texts: snap.editions.map((e) => ({ lang: e.lang, text: blockText(snap, ledger, e.lang, block) })),
  }));
  return report;
}
