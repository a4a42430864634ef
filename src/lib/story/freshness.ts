/**
 * Copy freshness. The dek and intro were written against the claimants their `claimants:` line
 * names. A step's copy was written against the claims that existed then: those it cites
 * and those listed in its `reviewed:` line. When a claim arrives for a quantity the step charts,
 * or of whose claims it cites one, and the step has neither cited nor reviewed it, the copy may
 * now be wrong ("reported only by…"), so the check names the step and the claims to read.
 * A restatement (a caption or summary) of a claim the step has read counts as read.
 */
import type { Ledger, LedgerError } from '../data/types.ts';
import { lineOf, STORY_FILE, type Story } from './copy.ts';

export function staleSteps(story: Story, ledger: Ledger, raw: string, file = STORY_FILE): LedgerError[] {
  const byId = new Map(ledger.claims.map((c) => [c.id, c]));
  const errors: LedgerError[] = [];
  // The dek and intro say who estimated what: a claimant they were not written against makes them stale.
  const read = new Set(story.claimants);
  const unread = ledger.claimants.filter((c) => !read.has(c.key));
  if (unread.length)
    errors.push({
      file: `${file}:${lineOf(raw, 'claimants:') || 1}`,
      entry: 'intro',
      message:
        `the dek and intro predate ${unread.length === 1 ? 'claimant' : 'claimants'} ` +
        `${unread.map((c) => `${c.key} (${c.label})`).join(', ')}: they name who estimated what, so read them again, ` +
        'then add the key to their "claimants:" line',
    });
  let from = 1;
  for (const step of story.steps) {
    const line = lineOf(raw, `id: ${step.id}`, from) || from;
    from = line;
    const at = (needle: string) => `${file}:${lineOf(raw, needle, line) || line}`;
    for (const id of step.reviewed) {
      if (!byId.has(id))
        errors.push({ file: at('reviewed:'), entry: step.id, message: `reviewed: names unknown claim "${id}"` });
    }
    const quantities = new Set([step.chart, ...step.cites.map((id) => byId.get(id)?.quantity ?? '')].filter(Boolean));
    const read = new Set([...step.cites, ...step.reviewed]);
    const unread = ledger.claims.filter(
      (c) => quantities.has(c.quantity) && !read.has(c.id) && !(c.restates && read.has(c.restates)),
    );
    if (unread.length === 0) continue;
    const ids = unread.map((c) => c.id).join(', ');
    const what = [...new Set(unread.map((c) => c.quantity))].join(', ');
    errors.push({
      file: `${file}:${line}`,
      entry: step.id,
      message:
        `the copy of this step predates ${unread.length === 1 ? 'claim' : 'claims'} ${ids} (${what}): ` +
        'read the step against them, then cite them in its text as [[id]] or add them to its "reviewed:" line',
    });
  }
  return errors;
}
