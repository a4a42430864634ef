/**
 * Publishing a draft: its claims (each figure read by the checker's parser), new claimants, the
 * `reviewed:` lines of every edition's copy for the steps the editor has read, and the texts an
 * edition lacked, as changes to the files the desk read (plan.ts edits them, files.ts writes).
 */
import { parse } from 'jsonc-parser';
import { parseFigure } from '../../../src/lib/data/figure.ts';
import { resolveLanguage } from '../../../src/lib/data/language.ts';
import { locateQuote } from '../../../src/lib/data/locate.ts';
import { readLanguages } from '../../../src/lib/data/read-files.ts';
import { SLUG } from '../../../src/lib/data/text.ts';
import type { Ledger, LedgerError } from '../../../src/lib/data/types.ts';
import { DATA_FILES } from '../../../src/lib/data/validate.ts';
import { INTRO, staleBlocks, withClaimants, withReviewed } from './story.ts';
import type { Draft, Report } from '../../../src/desk/draft.ts';
import type { Change } from './files.ts';
import { DeskError, editJson, uniqueId } from './plan.ts';
import { ledgerOf, withTexts, type Snapshot } from './project.ts';

type Entry = Record<string, unknown>;

/** The new texts of the data files a draft's claims, claimants and text fixes change. */
export function draftData(snap: Snapshot, draft: Draft): { texts: Record<string, string>; ids: string[] } {
  const texts: Record<string, string> = {};
  const get = (path: string) => texts[path] ?? snap.texts[path];
  const sources = parse(get(DATA_FILES.sources)) as Entry[];
  const source = sources.find((s) => s.id === draft.source);
  if (!source) throw new DeskError(`no source "${draft.source}" in ${DATA_FILES.sources}: save the article first`);
  const seed = snap.input.seeds[String(source.file)];
  if (seed === undefined) throw new DeskError(`seeds/${String(source.file)} does not exist`);
  const lang = resolveLanguage(
    String(source.language),
    readLanguages(snap.input, []),
    String(source.number_format ?? ''),
  );
  if ('problem' in lang) throw new DeskError(`Language: ${lang.problem}`);

  const claimants = parse(get(DATA_FILES.claimants)) as Entry[];
  for (const c of draft.claimants) {
    if (!SLUG.test(c.key)) throw new DeskError(`claimant key "${c.key}" is not a slug`);
    if (claimants.some((k) => k.key === c.key)) throw new DeskError(`claimant key "${c.key}" exists already`);
    texts[DATA_FILES.claimants] = editJson(get(DATA_FILES.claimants), [-1], {
      key: c.key,
      label: c.label,
      kind: c.kind,
    });
  }

  const claims = parse(get(DATA_FILES.claims)) as Entry[];
  const taken = new Set(claims.map((c) => String(c.id)));
  const ids: string[] = [];
  for (const c of draft.claims) {
    const where = `the claim on "${c.figure}"`;
    if (!locateQuote(seed, c.quote).span) throw new DeskError(`${where}: its quote is not a passage of the article`);
    if (!c.quote.includes(c.figure)) throw new DeskError(`${where}: the figure is not inside its quote`);
    const read = parseFigure(c.figure, lang.rules);
    if (read.problem !== undefined) throw new DeskError(`${where}: the figure is refused: ${read.problem}`);
    // The quantity's first word, as the README's ids do ("kbs-arabic-troops").
    const id = uniqueId(`${draft.source}-${c.quantity.split(/[_-]/)[0]}`, taken);
    taken.add(id);
    ids.push(id);
    const gloss = Object.fromEntries(Object.entries(c.gloss).filter(([, v]) => v.trim() !== ''));
    texts[DATA_FILES.claims] = editJson(get(DATA_FILES.claims), [-1], {
      id,
      source: draft.source,
      quantity: c.quantity,
      figure: c.figure,
      low: read.figure.low,
      high: read.figure.high,
      qualifier: read.figure.qualifier ?? 'exact',
      claimant: c.claimant.trim(),
      claimant_key: c.claimant_key,
      as_of: c.as_of.trim(),
      quote: c.quote,
      ...(Object.keys(gloss).length ? { gloss } : {}),
    });
  }

  for (const fix of draft.texts) {
    if (!(Object.values(DATA_FILES) as string[]).includes(fix.file))
      throw new DeskError(`the desk does not edit ${fix.file}`);
    const rows = parse(get(fix.file)) as Entry[];
    const index = rows.findIndex((r) => r.id === fix.entry || r.key === fix.entry);
    if (index < 0 || fix.value.trim() === '') continue;
    const now = rows[index][fix.field];
    // A text in English only becomes one by language; a gloss no edition had starts with this one.
    const value =
      now === undefined
        ? { [fix.lang]: fix.value }
        : typeof now === 'object' && now !== null
          ? { ...now, [fix.lang]: fix.value }
          : { en: now, [fix.lang]: fix.value };
    texts[fix.file] = editJson(get(fix.file), [index, fix.field], value);
  }
  return { texts, ids };
}

/** "field "label" has no "ko"", "field "edition" is in English only; the "ko" edition needs it". */
const LACKS = /^field "([^"]+)" (?:has no|is in English only; the) ((?:"[^"]+"(?:, )?)+)/;
/** "…, and the "ko" edition shows a translation beside it: add it to "gloss" …". */
const NO_GLOSS = /the ((?:"[^"]+"(?:, )?)+) edition shows a translation beside it/;

/** The errors that are texts an edition lacks, one per language, and the others. */
export function missingTexts(errors: LedgerError[]): { missing: Report['missing']; rest: LedgerError[] } {
  const missing: Report['missing'] = [];
  const rest: LedgerError[] = [];
  for (const e of errors) {
    const m = LACKS.exec(e.message);
    const g = NO_GLOSS.exec(e.message);
    const [field, langs] = m ? [m[1], m[2]] : g ? ['gloss', g[1]] : ['', ''];
    if (!field) rest.push(e);
    else
      for (const [, lang] of langs.matchAll(/"([^"]+)"/g)) missing.push({ file: e.file, entry: e.entry, field, lang });
  }
  return { missing, rest };
}

export interface AfterDraft {
  /** The new texts of the data files the draft changes. */
  texts: Record<string, string>;
  /** The ledger as it will read, each text an edition still lacks stood in for; null when other problems remain. */
  ledger: Ledger | null;
  missing: Report['missing'];
  errors: LedgerError[];
}

/** The data once `draft` is published (none: as it is), checked in every edition. */
export function afterDraft(snap: Snapshot, draft: Draft | null): AfterDraft {
  const data = (d: Draft | null) => (d ? draftData(snap, d).texts : {});
  const texts = data(draft);
  const full = ledgerOf(withTexts(snap.input, texts), snap.editions);
  const { missing, rest } = missingTexts(full.errors);
  if (full.ledger || rest.length || !draft) return { texts, ledger: full.ledger, missing, errors: rest };
  // Stand-ins for the missing texts, so that what the page will say can be shown before they are written.
  const standIns = missing.map((m) => ({ ...m, value: '…' }));
  const stood = ledgerOf(
    withTexts(snap.input, data({ ...draft, texts: [...draft.texts, ...standIns] })),
    snap.editions,
  );
  return { texts, ledger: stood.ledger, missing, errors: stood.errors };
}

/** Every change publishing `draft` makes. */
export function publishChanges(snap: Snapshot, draft: Draft): Change[] {
  const { texts, ledger } = afterDraft(snap, draft);
  if (ledger && draft.reviewed.length) {
    const stale = staleBlocks(snap, ledger);
    for (const e of snap.editions) {
      let raw = snap.texts[e.storyFile];
      for (const block of draft.reviewed) {
        const ids = stale.get(block) ?? [];
        raw = block === INTRO ? withClaimants(raw, ids) : withReviewed(raw, block, ids);
      }
      if (raw !== snap.texts[e.storyFile]) texts[e.storyFile] = raw;
    }
  }
  return Object.entries(texts).map(([path, text]) => ({ path, text, read: snap.hashes[path] }));
}
