/**
 * The editor's work survives a reload of the page: the saved article and the draft, in the tab's
 * sessionStorage, until they are published (the draft is then empty) or the tab is closed.
 */
import type { Draft } from './draft.ts';

const KEY = 'desk-work';

export interface Work {
  article: { id: string; text: string; language: string; numberFormat: string };
  draft: Draft;
}

export function keepWork(work: Work): void {
  sessionStorage.setItem(KEY, JSON.stringify(work));
}

/** The work kept by this tab, if any. */
export function keptWork(): Work | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Work | null;
  } catch {
    return null;
  }
}
