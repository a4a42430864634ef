/**
 * An edition's copy tells the same story as the default's: the same steps, in the same order,
 * each with the same view, flows and chart (so a step's URL, map and embed are one in every
 * language) and citing the same claims, however its sentences run. Each difference is an error
 * naming the edition's file and the step.
 */
import type { LedgerError } from '../data/types.ts';
import type { Story } from './copy.ts';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const sorted = (xs: readonly string[]) => [...new Set(xs)].sort();

export function editionDifferences(reference: Story, story: Story, file: string, referenceFile: string): LedgerError[] {
  const errors: LedgerError[] = [];
  const ids = story.steps.map((s) => s.id);
  const theirs = reference.steps.map((s) => s.id);
  if (!same(ids, theirs)) {
    errors.push({
      file,
      entry: '[steps]',
      message: `has the steps ${ids.join(', ')}; ${referenceFile} has ${theirs.join(', ')}: every edition tells the same steps, in order`,
    });
    return errors;
  }
  reference.steps.forEach((r, i) => {
    const s = story.steps[i];
    const fail = (message: string) => void errors.push({ file, entry: s.id, message });
    if (s.view !== r.view) fail(`view "${s.view}"; ${referenceFile} has "${r.view}"`);
    if (!same(sorted(s.flows), sorted(r.flows)))
      fail(`flows ${s.flows.join(', ') || 'none'}; ${referenceFile} has ${r.flows.join(', ') || 'none'}`);
    if (s.chart !== r.chart) fail(`chart "${s.chart}"; ${referenceFile} has "${r.chart}"`);
    const cites = sorted(s.cites);
    const want = sorted(r.cites);
    const missing = want.filter((c) => !cites.includes(c));
    const extra = cites.filter((c) => !want.includes(c));
    if (missing.length)
      fail(`does not cite ${missing.map((c) => `[[${c}]]`).join(', ')}, which ${referenceFile} cites here`);
    if (extra.length)
      fail(`cites ${extra.map((c) => `[[${c}]]`).join(', ')}, which ${referenceFile} does not cite here`);
  });
  return errors;
}
