/**
 * The story copy as the desk reads and writes it: the blocks a change makes stale (the dek and
 * intro by claimant, each step by claim: story/freshness.ts), and the `claimants:` and
 * `reviewed:` lines an editor's "Reviewed" writes in every edition's copy.
 */
import type { Ledger } from '../../../src/lib/data/types.ts';
import { parseStory } from '../../../src/lib/story/copy.ts';
import { unreadClaimants, unreadClaims } from '../../../src/lib/story/freshness.ts';
import type { Snapshot } from './project.ts';

/** Adds `ids` to a step's `reviewed:` line in an ArchieML copy (a line is added when it has none). */
export function withReviewed(raw: string, step: string, ids: string[]): string {
  const lines = raw.split('\n');
  const start = lines.findIndex((l) => l.trim() === `id: ${step}`);
  if (start < 0 || ids.length === 0) return raw;
  let end = start + 1;
  while (end < lines.length && !/^(id:|text:|\[)/.test(lines[end].trim())) end++;
  const at = lines.slice(start + 1, end).findIndex((l) => l.startsWith('reviewed:'));
  if (at >= 0) {
    const line = lines[start + 1 + at];
    const had = line.slice('reviewed:'.length).trim();
    lines[start + 1 + at] = `reviewed: ${[...(had && had !== 'none' ? [had] : []), ids.join(', ')].join(', ')}`;
  } else lines.splice(end, 0, `reviewed: ${ids.join(', ')}`);
  return lines.join('\n');
}

/** Adds claimant keys to the copy's `claimants:` line: the dek and intro were read against them. */
export function withClaimants(raw: string, keys: string[]): string {
  if (keys.length === 0) return raw;
  return raw.replace(/^claimants:(.*)$/m, (_, had: string) =>
    ['claimants:', [had.trim(), ...keys].filter((x) => x && x !== 'none').join(', ')].join(' '),
  );
}

/** The block of the copy ("intro": the dek and intro) whose freshness is by claimants, not claims. */
export const INTRO = 'intro';

/**
 * The blocks of the default edition's copy that `ledger` makes stale, in story order: the dek and
 * intro (INTRO) with the claimant keys they were not written against, then each step with the
 * claim ids it has not been read against (story/freshness.ts).
 */
export function staleBlocks(snap: Snapshot, ledger: Ledger): Map<string, string[]> {
  const edition = snap.editions[0];
  const story = parseStory(snap.texts[edition.storyFile], ledger, edition.storyFile, edition.lang).story;
  const out = new Map<string, string[]>();
  if (!story) return out;
  const claimants = unreadClaimants(story, ledger).map((c) => c.key);
  if (claimants.length) out.set(INTRO, claimants);
  for (const step of story.steps) {
    const unread = unreadClaims(step, ledger).map((c) => c.id);
    if (unread.length) out.set(step.id, unread);
  }
  return out;
}
